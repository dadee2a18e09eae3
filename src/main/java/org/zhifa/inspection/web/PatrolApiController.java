package org.zhifa.inspection.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.CurrentActor;
import org.zhifa.inspection.internal.InspectionQueries;
import org.zhifa.inspection.internal.Patrol;
import org.zhifa.inspection.internal.PatrolInput;
import org.zhifa.inspection.internal.PatrolJournal;
import org.zhifa.inspection.internal.PatrolLogs;
import org.zhifa.inspection.internal.PatrolSchedules;

/** JSON API of patrols: schedules, logs (keyset paging, Excel), findings, case sources, the daily journal. */
@RestController
@RequestMapping("/api/patrol")
class PatrolApiController {

    private final PatrolSchedules schedules;
    private final PatrolLogs logs;
    private final PatrolJournal journal;

    PatrolApiController(PatrolSchedules schedules, PatrolLogs logs, PatrolJournal journal) {
        this.schedules = schedules;
        this.logs = logs;
        this.journal = journal;
    }

    @GetMapping("/schedules")
    List<PatrolSchedules.Schedule> schedules() {
        return schedules.list(CurrentActor.require());
    }

    @PostMapping("/schedules")
    @ResponseStatus(HttpStatus.CREATED)
    PatrolSchedules.Schedule addSchedule(@RequestBody PatrolSchedules.Input in) {
        return schedules.add(in, CurrentActor.require());
    }

    @PostMapping("/schedules/{id}/deactivate")
    PatrolSchedules.Schedule deactivate(@PathVariable long id) {
        return schedules.deactivate(id, CurrentActor.require());
    }

    @PostMapping("/logs")
    @ResponseStatus(HttpStatus.CREATED)
    Patrol record(@RequestBody PatrolInput in) {
        return logs.record(in, CurrentActor.require());
    }

    @GetMapping("/logs")
    InspectionQueries.Slice<Patrol> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String road, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int size) {
        return logs.list(new PatrolLogs.Filter(from, to, road, unitId), cursor, size, CurrentActor.require());
    }

    @GetMapping("/logs/export.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String road, @RequestParam(required = false) Long unitId) {
        return DirectoryApiController.xlsx("patrols.xlsx", journal.ledger(new PatrolLogs.Filter(from, to, road, unitId),
                CurrentActor.require()));
    }

    /** A patrol and its findings. */
    record Detail(Patrol patrol, List<Patrol.Finding> findings) {
    }

    @GetMapping("/logs/{id}")
    Detail detail(@PathVariable long id) {
        return new Detail(logs.find(id, CurrentActor.require()), logs.findings(id));
    }

    @PostMapping("/logs/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    Patrol.Finding addFinding(@PathVariable long id, @RequestBody PatrolInput.FindingInput in) {
        return logs.addFinding(id, in, List.of(), CurrentActor.require());
    }

    /** What a finding is suspected to be. */
    record CaseSource(String violationCode, String facts) {
    }

    @PostMapping("/findings/{id}/case-source")
    Patrol.Finding caseSource(@PathVariable long id, @RequestBody CaseSource in) {
        return logs.toCaseSource(id, in.violationCode(), in.facts(), CurrentActor.require());
    }

    @GetMapping("/journal")
    PatrolJournal.Day journal(@RequestParam long unitId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return journal.of(unitId, date, CurrentActor.require());
    }

    @GetMapping("/journal.xlsx")
    ResponseEntity<byte[]> journalXlsx(@RequestParam long unitId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return DirectoryApiController.xlsx("patrol-journal-" + unitId + "-" + date + ".xlsx",
                journal.xlsx(journal.of(unitId, date, CurrentActor.require())));
    }

}
