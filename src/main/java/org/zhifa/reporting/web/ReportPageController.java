package org.zhifa.reporting.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
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
    String month(@RequestParam(required = false) YearMonth month, Model model) {
        Actor actor = CurrentActor.require();
        YearMonth m = month == null ? YearMonth.now(clock).minusMonths(1) : month;
        model.addAttribute("month", m);
        model.addAttribute("dueOn", reports.dueOn(m));
        model.addAttribute("submissions", reports.submissions(actor, m));
        model.addAttribute("seesAll", scope.seesAll(actor));
        return "reporting/monthly";
    }

    @GetMapping("/reporting/monthly/{unitId}/{month}")
    String report(@PathVariable long unitId, @PathVariable YearMonth month, Model model) {
        FormErrors.none(model);
        return show(unitId, month, null, model);
    }

    /** The report page; {@code typed} holds the remedies as posted when they are shown again with their errors. */
    private String show(long unitId, YearMonth m, Map<String, String> typed, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("typed", typed);
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
    String draft(@PathVariable long unitId, @PathVariable YearMonth month, RedirectAttributes redirect) {
        return act(unitId, month, redirect, "已按系统记录起草（重新计算）报表", () ->
                reports.draft(CurrentActor.require(), unitId, month));
    }

    @PostMapping("/reporting/monthly/report/{id}/remedies")
    String remedies(@PathVariable long id, @Valid ReportForms.RemediesForm form, BindingResult binding,
            @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        MonthlyReport r = reports.require(id);
        if (FormErrors.reject(binding, model)) {
            // shown again (400) with what was typed and a message naming each figure
            return show(r.unitId(), r.month(), typed, model);
        }
        return act(r.unitId(), r.month(), redirect, "已保存复议、诉讼数据", () ->
                reports.enterRemedies(CurrentActor.require(), id, form.rowVersion(), form.values()));
    }

    @PostMapping("/reporting/monthly/report/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
        MonthlyReport r = reports.require(id);
        return act(r.unitId(), r.month(), redirect, "已报送，报表已锁定", () ->
                reports.submit(CurrentActor.require(), id, rowVersion));
    }

    @PostMapping("/reporting/monthly/report/{id}/corrections")
    String correct(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        MonthlyReport r = reports.require(id);
        return act(r.unitId(), r.month(), redirect, "已另起更正版本，请核对后重新报送", () ->
                reports.correct(CurrentActor.require(), id, reason));
    }

    @GetMapping("/reporting/monthly/report/{id}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        var file = exports.monthly(CurrentActor.require(), id);
        return ReportingApiController.xlsx(file.name(), file.bytes());
    }

    @GetMapping("/reporting/prefecture.xlsx")
    ResponseEntity<byte[]> prefecture(@RequestParam YearMonth month) {
        var file = exports.prefecture(CurrentActor.require(), month);
        return ReportingApiController.xlsx(file.name(), file.bytes());
    }

    private String act(long unitId, YearMonth month, RedirectAttributes redirect, String done,
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
