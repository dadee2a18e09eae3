package org.zhifa.reporting.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.zhifa.common.InvalidInputException;
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

    record DraftRequest(Long unitId, String month) {
    }

    record RemediesRequest(Integer rowVersion, Map<String, Long> remedies) {
    }

    record SubmitRequest(Integer rowVersion) {
    }

    record CorrectRequest(String reason) {
    }

    @PostMapping("/monthly")
    MonthlyReport draft(@RequestBody DraftRequest in) {
        if (in.unitId() == null) {
            throw new InvalidInputException("请指定单位", Map.of("unitId", "请指定单位"));
        }
        return reports.draft(CurrentActor.require(), in.unitId(), month(in.month()));
    }

    @GetMapping("/monthly/{id}")
    MonthlyReport read(@PathVariable long id) {
        return reports.read(CurrentActor.require(), id);
    }

    @GetMapping("/monthly")
    List<MonthlyReport> versions(@RequestParam long unitId, @RequestParam String month) {
        return reports.versions(CurrentActor.require(), unitId, month(month));
    }

    @PostMapping("/monthly/{id}/remedies")
    MonthlyReport remedies(@PathVariable long id, @RequestBody RemediesRequest in) {
        if (in.rowVersion() == null || in.remedies() == null) {
            throw new InvalidInputException("请提交版本号和填报数据",
                    Map.of(in.rowVersion() == null ? "rowVersion" : "remedies", "缺少"));
        }
        return reports.enterRemedies(CurrentActor.require(), id, in.rowVersion(), in.remedies());
    }

    @PostMapping("/monthly/{id}/submit")
    MonthlyReport submit(@PathVariable long id, @RequestBody SubmitRequest in) {
        if (in.rowVersion() == null) {
            throw new InvalidInputException("请提交版本号", Map.of("rowVersion", "缺少版本号"));
        }
        return reports.submit(CurrentActor.require(), id, in.rowVersion());
    }

    @PostMapping("/monthly/{id}/corrections")
    MonthlyReport correct(@PathVariable long id, @RequestBody CorrectRequest in) {
        return reports.correct(CurrentActor.require(), id, in.reason());
    }

    @GetMapping("/monthly/{id}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        var file = exports.monthly(CurrentActor.require(), id);
        return xlsx(file.name(), file.bytes());
    }

    @GetMapping("/prefecture.xlsx")
    ResponseEntity<byte[]> prefecture(@RequestParam String month) {
        var file = exports.prefecture(CurrentActor.require(), month(month));
        return xlsx(file.name(), file.bytes());
    }

    @GetMapping("/submissions")
    List<MonthlyReports.Submission> submissions(@RequestParam String month) {
        return reports.submissions(CurrentActor.require(), month(month));
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(bytes);
    }

    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("请指定月份（如 2026-12）", Map.of("month", "请指定月份"));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("月份格式应为 yyyy-MM（如 2026-12）", Map.of("month", "格式应为 yyyy-MM"));
        }
    }
}
