package org.zhifa.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.audit.internal.AuditFilter;
import org.zhifa.audit.internal.AuditRecordRow;
import org.zhifa.audit.internal.AuditLabels;
import org.zhifa.audit.internal.AuditSearch;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;

/** The audit administrator's pages: search the log, export it, check its integrity. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditPageController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ChinaTime.ZONE);

    private final AuditSearch search;
    private final AuditAdminActions actions;
    private final AuditLabels labels;

    AuditPageController(AuditSearch search, AuditAdminActions actions, AuditLabels labels) {
        this.labels = labels;
        this.search = search;
        this.actions = actions;
    }

    /** The filter as typed, echoed back into the form. */
    record FilterForm(String user, String action, String objectType, String objectId, String from, String to) {

        AuditFilter parse() {
            return AuditFilter.parse(user, action, objectType, objectId, from, to);
        }

        String query(String path, Integer page) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
            add(b, "user", user);
            add(b, "action", action);
            add(b, "objectType", objectType);
            add(b, "objectId", objectId);
            add(b, "from", from);
            add(b, "to", to);
            if (page != null && page > 0) {
                b.queryParam("page", page);
            }
            return b.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.queryParam(name, value.trim());
            }
        }
    }

    /** A row as shown in the table. */
    record RowView(AuditRecordRow record, String time) {
    }

    @GetMapping
    String list(@ModelAttribute("filter") FilterForm form, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("labels", labels);
        AuditFilter filter;
        try {
            filter = form.parse();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("rows", List.of());
            model.addAttribute("result", new PageResult<>(List.of(), 0, 0, PAGE_SIZE));
            return "audit/list";
        }
        PageResult<AuditRecordRow> result = search.page(filter, page, PAGE_SIZE);
        model.addAttribute("errors", Map.of());
        model.addAttribute("result", result);
        model.addAttribute("rows", result.items().stream()
                .map(r -> new RowView(r, TIME.format(r.occurredAt()))).toList());
        model.addAttribute("csvUrl", form.query("/admin/audit/export.csv", null));
        model.addAttribute("xlsxUrl", form.query("/admin/audit/export.xlsx", null));
        model.addAttribute("previousUrl", result.hasPrevious() ? form.query("/admin/audit", result.page() - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? form.query("/admin/audit", result.page() + 1) : null);
        return "audit/list";
    }

    @GetMapping("/verify")
    String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", actions.verify());
        return htmx != null ? "audit/verify-result :: result" : "audit/verify";
    }

    @GetMapping("/export.csv")
    void exportCsv(@ModelAttribute FilterForm form, HttpServletResponse response) throws IOException {
        actions.exportCsv(form.parse(), response);
    }

    @GetMapping("/export.xlsx")
    void exportXlsx(@ModelAttribute FilterForm form, HttpServletResponse response) throws IOException {
        actions.exportXlsx(form.parse(), response);
    }
}
