package org.zhifa.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.audit.internal.AuditFilter;
import org.zhifa.audit.internal.AuditRecordRow;
import org.zhifa.audit.internal.AuditSearch;
import org.zhifa.common.PageResult;

/** Audit log API for the audit administrator (等保 三员分立: only 审计管理员 reads the log). */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditApiController {

    private final AuditSearch search;
    private final AuditAdminActions actions;

    AuditApiController(AuditSearch search, AuditAdminActions actions) {
        this.search = search;
        this.actions = actions;
    }

    @GetMapping("/verify")
    Map<String, Object> verify() {
        return actions.verify().toJson();
    }

    @GetMapping("/records")
    PageResult<AuditRecordRow> records(@RequestParam(required = false) String user,
            @RequestParam(required = false) String action, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return search.page(AuditFilter.parse(user, action, objectType, objectId, from, to), page, size);
    }

    @GetMapping("/export.csv")
    void exportCsv(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        actions.exportCsv(AuditFilter.parse(user, action, objectType, objectId, from, to), response);
    }

    @GetMapping("/export.xlsx")
    void exportXlsx(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        actions.exportXlsx(AuditFilter.parse(user, action, objectType, objectId, from, to), response);
    }
}
