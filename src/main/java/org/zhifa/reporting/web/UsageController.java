package org.zhifa.reporting.web;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Uploaded;
import org.zhifa.reporting.internal.UsageRates;

/** The usage rate per unit and month, the paper-register count, the quarterly bulletin. */
@Controller
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
class UsageController {

    private final UsageRates usage;
    private final Clock clock;

    UsageController(UsageRates usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    @GetMapping("/reporting/usage")
    String page(@RequestParam(required = false) YearMonth month, Model model) {
        var actor = CurrentActor.require();
        YearMonth m = month == null ? YearMonth.now(clock) : month;
        YearMonth lastQuarterEnd = YearMonth.now(clock).minusMonths((YearMonth.now(clock).getMonthValue() - 1) % 3 + 1);
        model.addAttribute("month", m);
        model.addAttribute("rows", usage.usage(actor, List.of(m)));
        model.addAttribute("definition", usage.definition());
        model.addAttribute("target", usage.target());
        model.addAttribute("bulletin", usage.latestBulletin().orElse(null));
        model.addAttribute("issuer", actor.hasRole("SUPERVISOR"));
        model.addAttribute("quarterYear", lastQuarterEnd.getYear());
        model.addAttribute("quarter", (lastQuarterEnd.getMonthValue() - 1) / 3 + 1);
        model.addAttribute("unitId", actor.unitId());
        model.addAttribute("head", actor.hasRole("UNIT_HEAD"));
        return "reporting/usage";
    }

    @PostMapping("/reporting/usage/paper")
    String paper(@Valid ReportForms.PaperForm form, BindingResult binding, RedirectAttributes redirect) {
        var actor = CurrentActor.require();
        String back = "redirect:/reporting/usage?month=" + (form == null || form.month() == null ? "" : form.month());
        if (FormErrors.flash(binding, redirect)) {
            return back;
        }
        try {
            usage.enterPaperCount(actor, actor.unitId(), form.month(), form.cases());
            redirect.addFlashAttribute("message", "已保存纸质登记数");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return back;
    }

    @PostMapping("/reporting/usage/paper/import")
    String importPaper(@Uploaded @Parameter(description = "纸质登记数 Excel 文件") @RequestParam(required = false)
            org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect) throws java.io.IOException {
        try {
            int n = usage.importPaperCounts(CurrentActor.require(), file.getInputStream());
            redirect.addFlashAttribute("message", "已导入 " + n + " 个月的纸质登记数");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/reporting/usage";
    }

    @PostMapping("/reporting/usage/bulletins")
    String bulletin(@RequestParam int year, @RequestParam int quarter, RedirectAttributes redirect) {
        try {
            usage.issue(CurrentActor.require(), year, quarter);
            redirect.addFlashAttribute("message", "已发布通报");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/reporting/usage";
    }

    @GetMapping("/api/reporting/usage")
    @ResponseBody
    List<UsageRates.Usage> api(@RequestParam YearMonth month) {
        return usage.usage(CurrentActor.require(), List.of(month));
    }

    @PostMapping("/api/reporting/usage/paper")
    @ResponseBody
    List<UsageRates.Usage> paperApi(@Valid @RequestBody ReportForms.PaperCount in) {
        YearMonth m = in.month();
        usage.enterPaperCount(CurrentActor.require(), in.unitId(), m, in.cases());
        return usage.usage(CurrentActor.require(), List.of(m));
    }

    @PostMapping("/api/reporting/usage/bulletins")
    @ResponseBody
    UsageRates.Bulletin bulletinApi(@Valid @RequestBody ReportForms.BulletinRequest in) {
        return usage.issue(CurrentActor.require(), in.year(), in.quarter());
    }
}
