package org.zhifa.reporting.web;

import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.CurrentActor;
import org.zhifa.reporting.internal.MonthlyReport;
import org.zhifa.reporting.internal.MonthlyReports;
import org.zhifa.reporting.internal.ReportExports;

/** Monthly reports over the API: draft, enter the remedies, submit, correct, export, submission flags. */
@RestController
@RequestMapping("/api/reporting")
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
class ReportingApiController {

    private final MonthlyReports reports;
    private final ReportExports exports;

    ReportingApiController(MonthlyReports reports, ReportExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @PostMapping("/monthly")
    MonthlyReport draft(@Valid @RequestBody ReportForms.DraftRequest in) {
        return reports.draft(CurrentActor.require(), in.unitId(), in.month());
    }

    @GetMapping("/monthly/{id}")
    MonthlyReport read(@PathVariable long id) {
        return reports.read(CurrentActor.require(), id);
    }

    @GetMapping("/monthly")
    List<MonthlyReport> versions(@RequestParam long unitId, @RequestParam YearMonth month) {
        return reports.versions(CurrentActor.require(), unitId, month);
    }

    @PostMapping("/monthly/{id}/remedies")
    MonthlyReport remedies(@PathVariable long id, @Valid @RequestBody ReportForms.RemediesRequest in) {
        return reports.enterRemedies(CurrentActor.require(), id, in.rowVersion(), in.remedies());
    }

    @PostMapping("/monthly/{id}/submit")
    MonthlyReport submit(@PathVariable long id, @Valid @RequestBody ReportForms.SubmitRequest in) {
        return reports.submit(CurrentActor.require(), id, in.rowVersion());
    }

    @PostMapping("/monthly/{id}/corrections")
    MonthlyReport correct(@PathVariable long id, @RequestBody ReportForms.CorrectRequest in) {
        return reports.correct(CurrentActor.require(), id, in.reason());
    }

    @GetMapping("/monthly/{id}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        var file = exports.monthly(CurrentActor.require(), id);
        return xlsx(file.name(), file.bytes());
    }

    @GetMapping("/prefecture.xlsx")
    ResponseEntity<byte[]> prefecture(@RequestParam YearMonth month) {
        var file = exports.prefecture(CurrentActor.require(), month);
        return xlsx(file.name(), file.bytes());
    }

    @GetMapping("/submissions")
    List<MonthlyReports.Submission> submissions(@RequestParam YearMonth month) {
        return reports.submissions(CurrentActor.require(), month);
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(bytes);
    }

}
