package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.supervision.internal.Appraisals;

/** The yearly appraisal of units (评议考核) for the supervision bureau. */
@Controller
@Tag(name = "评议考核", description = "按年度由数据计算各单位得分（权重可设置），监督局可调整并记录理由")
@PreAuthorize("hasRole('SUPERVISOR')")
class AppraisalController {

    private final Appraisals appraisals;
    private final java.time.Clock clock;

    AppraisalController(Appraisals appraisals, java.time.Clock clock) {
        this.appraisals = appraisals;
        this.clock = clock;
    }

    /** An adjustment of a unit's score, from the API (JSON) or the page (form), bound by Spring. */
    record AdjustBody(@Schema(description = "年度") @NotNull Integer year, @Schema(description = "单位") Long unitId,
            @Schema(description = "调整分值") BigDecimal points, @Schema(description = "调整理由") String reason) {
    }

    @GetMapping("/api/supervision/appraisal")
    @ResponseBody
    @Operation(summary = "年度评议考核")
    Appraisals.Report api(@RequestParam int year) {
        return appraisals.report(year);
    }

    @PostMapping("/api/supervision/appraisal/adjustments")
    @ResponseBody
    @Operation(summary = "调整单位得分（须说明理由）")
    Appraisals.Report apiAdjust(@Valid @RequestBody AdjustBody body) {
        appraisals.adjust(CurrentActor.require(), body.year(), body.unitId(), body.points(), body.reason());
        return appraisals.report(body.year());
    }

    @GetMapping("/supervision/appraisal")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? java.time.Year.now(clock.withZone(org.zhifa.common.ChinaTime.ZONE)).getValue() : year;
        model.addAttribute("r", appraisals.report(y));
        return "supervision/appraisal";
    }

    @PostMapping("/supervision/appraisal/adjustments")
    String adjust(@RequestParam int year, @Valid @ModelAttribute("adjustment") AdjustBody form, BindingResult binding,
            RedirectAttributes redirect) {
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/supervision/appraisal?year=" + year;
        }
        try {
            appraisals.adjust(CurrentActor.require(), year, form.unitId(), form.points(), form.reason());
            redirect.addFlashAttribute("message", "已调整并记录理由");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/appraisal?year=" + year;
    }

    @GetMapping("/supervision/appraisal.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam int year) {
        Appraisals.Report r = appraisals.report(year);
        List<List<Object>> rows = new ArrayList<>();
        r.rows().forEach(x -> rows.add(Arrays.asList(x.unitName(), x.enforcement(), x.evaluatedFiles(), x.supervision(),
                x.followedUp(), x.complaints(), x.complaintCount(), x.rules(), x.officers(), x.usage(), x.usageNote(),
                x.computed(), x.adjustment(), String.join("；", x.adjustmentReasons()), x.total())));
        return Workbooks.xlsx(year + "年度评议考核.xlsx", List.of(new Workbooks.Table("评议考核", List.of("单位",
                "执法（评查平均分）", "评查案卷", "监督（满意率）", "回访件数", "投诉", "受理投诉件数", "制度（培训达标率）",
                "执法人员", "使用率", "使用率说明", "计算得分", "调整", "调整理由", "总分"), rows)));
    }
}
