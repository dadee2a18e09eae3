package org.zhifa.inspection.web;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.inspection.InspectionStatistics;
import org.zhifa.inspection.internal.Inspection;
import org.zhifa.inspection.internal.InspectionAccess;
import org.zhifa.inspection.internal.InspectionInput;
import org.zhifa.inspection.internal.InspectionLedger;
import org.zhifa.inspection.internal.InspectionQueries;
import org.zhifa.inspection.internal.InspectionRecords;
import org.zhifa.inspection.internal.ResultPublications;

/** JSON API of inspections: record, ledger (keyset paging, Excel), detail, publication, statistics. */
@RestController
@RequestMapping("/api/inspection")
class InspectionApiController {

    private final InspectionRecords records;
    private final InspectionQueries queries;
    private final InspectionLedger ledger;
    private final ResultPublications publications;
    private final InspectionStatistics statistics;
    private final InspectionAccess access;

    InspectionApiController(InspectionRecords records, InspectionQueries queries, InspectionLedger ledger,
            ResultPublications publications, InspectionStatistics statistics, InspectionAccess access) {
        this.records = records;
        this.queries = queries;
        this.ledger = ledger;
        this.publications = publications;
        this.statistics = statistics;
        this.access = access;
    }

    /** A recorded inspection with its answers and evidence. */
    record Detail(Inspection inspection, List<Inspection.Answer> answers, List<Inspection.EvidenceRef> evidence) {
    }

    @PostMapping("/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    Detail record(@RequestBody InspectionInput in) {
        Inspection i = records.record(in, List.of(), CurrentActor.require());
        return new Detail(i, queries.answers(i.id()), queries.evidence(i.id()));
    }

    @GetMapping("/inspections")
    InspectionQueries.Slice<Inspection> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int size) {
        return queries.list(new InspectionQueries.Filter(from, to, outcome, kind, q, unitId), cursor, size,
                CurrentActor.require());
    }

    @GetMapping("/inspections/export.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long unitId) {
        return DirectoryApiController.xlsx("inspections.xlsx", ledger.export(new InspectionQueries.Filter(from, to,
                outcome, kind, q, unitId), CurrentActor.require()));
    }

    @GetMapping("/inspections/{id}")
    Detail detail(@PathVariable long id) {
        Inspection i = queries.find(id, CurrentActor.require());
        return new Detail(i, queries.answers(id), queries.evidence(id));
    }

    @PostMapping("/inspections/{id}/publish")
    Inspection publish(@PathVariable long id) {
        return publications.publish(id, CurrentActor.require());
    }

    @GetMapping("/publications/pending")
    List<ResultPublications.Pending> pending() {
        return publications.pending(CurrentActor.require());
    }

    @GetMapping("/statistics")
    List<InspectionStatistics.UnitCounts> statistics(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Actor actor = CurrentActor.require();
        access.requireRole(actor, "UNIT_HEAD", "SUPERVISOR", "LEGAL_REVIEWER");
        return statistics.counts(new ArrayList<>(access.visibleUnits(actor)), from, to);
    }
}
