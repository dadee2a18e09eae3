package org.zhifa.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.audit.internal.AuditExport;
import org.zhifa.audit.internal.AuditFilter;
import org.zhifa.audit.internal.AuditVerifier;

/** What the audit administrator does from the API and the UI alike; each action is itself audited. */
@Component
class AuditAdminActions {

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AuditVerifier verifier;
    private final AuditExport export;
    private final AuditTrail auditTrail;
    private final Clock clock;

    AuditAdminActions(AuditVerifier verifier, AuditExport export, AuditTrail auditTrail, Clock clock) {
        this.verifier = verifier;
        this.export = export;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    AuditVerifier.Result verify() {
        AuditVerifier.Result result = verifier.verify();
        auditTrail.record("AUDIT_VERIFIED", "AUDIT_RECORD", result.ok() ? null : String.valueOf(result.brokenRecordId()),
                AuditResult.SUCCESS, result.describe());
        return result;
    }

    void exportCsv(AuditFilter filter, HttpServletResponse response) throws IOException {
        auditTrail.record("AUDIT_EXPORTED", "AUDIT_RECORD", null, AuditResult.SUCCESS,
                "导出审计日志 CSV，条件：" + filter.describe());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("csv"));
        export.writeCsv(filter, response.getOutputStream());
    }

    void exportXlsx(AuditFilter filter, HttpServletResponse response) throws IOException {
        auditTrail.record("AUDIT_EXPORTED", "AUDIT_RECORD", null, AuditResult.SUCCESS,
                "导出审计日志 Excel，条件：" + filter.describe());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("xlsx"));
        export.writeXlsx(filter, response.getOutputStream());
    }

    private String attachment(String extension) {
        String name = "审计日志-" + LocalDateTime.now(clock).format(FILE_STAMP) + "." + extension;
        return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    }
}
