package org.zhifa.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.reporting.Figure;
import org.zhifa.reporting.internal.MonthlyReport;
import org.zhifa.reporting.internal.MonthlyReports;
import org.zhifa.reporting.internal.ReportExports;

/** Monthly report pages: the month's submissions with their flags, one unit's report with its versions. */
@Controller
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
class ReportPageController {

    private final MonthlyReports reports;
    private final ReportExports exports;
    private final Clock clock;
    private final org.zhifa.identity.DataScope scope;

    ReportPageController(MonthlyReports reports, ReportExports exports, Clock clock,
            org.zhifa.identity.DataScope scope) {
        this.scope = scope;
        this.reports = reports;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/reporting/monthly")
    String month(@RequestParam(required = false) String month, Model model) {
        Actor actor = CurrentActor.require();
        YearMonth m = month == null || month.isBlank() ? YearMonth.now(clock).minusMonths(1)
                : ReportingApiController.month(month);
        model.addAttribute("month", m);
        model.addAttribute("dueOn", reports.dueOn(m));
        model.addAttribute("submissions", reports.submissions(actor, m));
        model.addAttribute("seesAll", scope.seesAll(actor));
        return "reporting/monthly";
    }

    @GetMapping("/reporting/monthly/{unitId}/{month}")
    String report(@PathVariable long unitId, @PathVariable String month, Model model) {
        Actor actor = CurrentActor.require();
        YearMonth m = ReportingApiController.month(month);
        var versions = reports.versions(actor, unitId, m);
        model.addAttribute("month", m);
        model.addAttribute("unitId", unitId);
        model.addAttribute("versions", versions);
        model.addAttribute("report", versions.isEmpty() ? null : versions.get(0));
        model.addAttribute("dueOn", reports.dueOn(m));
        model.addAttribute("head", actor.hasRole("UNIT_HEAD") && actor.unitId() == unitId);
        model.addAttribute("entered", java.util.Arrays.stream(Figure.values())
                .filter(f -> f.kind() == Figure.Kind.ENTERED).toList());
        return "reporting/report";
    }

    @PostMapping("/reporting/monthly/{unitId}/{month}/draft")
    String draft(@PathVariable long unitId, @PathVariable String month, RedirectAttributes redirect) {
        return act(unitId, month, redirect, "已按系统记录起草（重新计算）报表", () ->
                reports.draft(CurrentActor.require(), unitId, ReportingApiController.month(month)));
    }

    @PostMapping("/reporting/monthly/report/{id}/remedies")
    String remedies(@PathVariable long id, @RequestParam int rowVersion, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        MonthlyReport r = reports.require(id);
        return act(r.unitId(), r.month().toString(), redirect, "已保存复议、诉讼数据", () -> {
            Map<String, Long> values = new LinkedHashMap<>();
            Map<String, String> errors = new LinkedHashMap<>();
            for (Figure f : Figure.values()) {
                if (f.kind() != Figure.Kind.ENTERED) {
                    continue;
                }
                String v = form.get(f.key());
                if (v == null || v.isBlank()) {
                    errors.put(f.key(), "请填写" + f.label() + "（没有的填 0）");
                    continue;
                }
                try {
                    values.put(f.key(), Long.parseLong(v.strip()));
                } catch (NumberFormatException e) {
                    errors.put(f.key(), f.label() + "应为整数");
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(String.join("；", errors.values()), errors);
            }
            return reports.enterRemedies(CurrentActor.require(), id, rowVersion, values);
        });
    }

    @PostMapping("/reporting/monthly/report/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
        MonthlyReport r = reports.require(id);
        return act(r.unitId(), r.month().toString(), redirect, "已报送，报表已锁定", () ->
                reports.submit(CurrentActor.require(), id, rowVersion));
    }

    @PostMapping("/reporting/monthly/report/{id}/corrections")
    String correct(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        MonthlyReport r = reports.require(id);
        return act(r.unitId(), r.month().toString(), redirect, "已另起更正版本，请核对后重新报送", () ->
                reports.correct(CurrentActor.require(), id, reason));
    }

    @GetMapping("/reporting/monthly/report/{id}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        var file = exports.monthly(CurrentActor.require(), id);
        return ReportingApiController.xlsx(file.name(), file.bytes());
    }

    @GetMapping("/reporting/prefecture.xlsx")
    ResponseEntity<byte[]> prefecture(@RequestParam String month) {
        var file = exports.prefecture(CurrentActor.require(), ReportingApiController.month(month));
        return ReportingApiController.xlsx(file.name(), file.bytes());
    }

    private String act(long unitId, String month, RedirectAttributes redirect, String done,
            java.util.function.Supplier<MonthlyReport> action) {
        try {
            action.get();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/reporting/monthly/" + unitId + "/" + month;
    }
}
