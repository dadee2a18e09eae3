package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.supervision.internal.CampaignReports;
import org.zhifa.supervision.internal.Campaigns;
import org.zhifa.supervision.internal.Campaigns.Campaign;
import org.zhifa.supervision.internal.Evaluations;
import org.zhifa.supervision.internal.ScoreSheets;

/** Evaluation campaigns of the supervision bureau: start (commitment), draw, files, results per unit, Excel. */
@Controller
@Tag(name = "案卷评查", description = "评查活动、抽取（承诺值与种子）、评查结果")
@PreAuthorize("hasRole('SUPERVISOR')")
class CampaignController {

    private final Campaigns campaigns;
    private final Evaluations evaluations;
    private final ScoreSheets sheets;
    private final CampaignReports reports;

    CampaignController(Campaigns campaigns, Evaluations evaluations, ScoreSheets sheets, CampaignReports reports) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.evaluations = evaluations;
        this.sheets = sheets;
    }

    @GetMapping("/api/supervision/campaigns")
    @ResponseBody
    @Operation(summary = "评查活动列表")
    PageResult<Campaign> apiList(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return campaigns.list(q, Math.max(0, page), PageResult.clampSize(size));
    }

    @PostMapping("/api/supervision/campaigns")
    @ResponseBody
    @Operation(summary = "开展评查活动", description = "冻结案卷总体与评查人员，公布种子承诺值；种子在抽取时公开")
    Campaign apiStart(@RequestBody Campaigns.StartRequest body) {
        return campaigns.start(CurrentActor.require(), body);
    }

    @PostMapping("/api/supervision/campaigns/{id}/draw")
    @ResponseBody
    @Operation(summary = "抽取案卷", description = "公开种子，按类别分层抽取并分配评查人员")
    Campaign apiDraw(@PathVariable long id) {
        return campaigns.draw(CurrentActor.require(), id);
    }

    @GetMapping("/api/supervision/campaigns/{id}/files")
    @ResponseBody
    @Operation(summary = "评查活动的案卷")
    PageResult<Evaluations.EvalFile> apiFiles(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        campaigns.find(id);
        return evaluations.files(CurrentActor.require(), id, false, Math.max(0, page), PageResult.clampSize(size));
    }

    @GetMapping("/supervision/campaigns")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", campaigns.list(q, Math.max(0, page), 20));
        model.addAttribute("q", q);
        model.addAttribute("heldThisYear", campaigns.heldThisYear());
        model.addAttribute("sheet", sheets.current());
        model.addAttribute("base", "/supervision/campaigns" + (q == null || q.isBlank() ? ""
                : "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
        return "supervision/campaigns";
    }

    @PostMapping("/supervision/campaigns")
    String start(@ModelAttribute CampaignForm form, BindingResult binding, RedirectAttributes redirect) {
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/supervision/campaigns";
        }
        try {
            Campaign c = campaigns.start(CurrentActor.require(), form.request());
            redirect.addFlashAttribute("message", "评查活动已开展，已公布种子承诺值");
            return "redirect:/supervision/campaigns/" + c.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/supervision/campaigns";
        }
    }

    @PostMapping("/supervision/campaigns/{id}/draw")
    String draw(@PathVariable long id, RedirectAttributes redirect) {
        campaigns.draw(CurrentActor.require(), id);
        redirect.addFlashAttribute("message", "已公开种子并完成抽取");
        return "redirect:/supervision/campaigns/" + id;
    }

    @GetMapping("/supervision/campaigns/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Campaign c = campaigns.find(id);
        model.addAttribute("c", c);
        model.addAttribute("sheet", sheets.find(c.sheetId()));
        model.addAttribute("strata", campaigns.strata(id));
        model.addAttribute("evaluators", campaigns.evaluators(id));
        model.addAttribute("files", evaluations.files(CurrentActor.require(), id, false, Math.max(0, page), 50));
        model.addAttribute("units", evaluations.byUnit(id));
        model.addAttribute("base", "/supervision/campaigns/" + id);
        model.addAttribute("documents", reports.list(c));
        return "supervision/campaign";
    }

    record ReportBody(String recipient, String requirements) {
    }

    @PostMapping("/api/supervision/campaigns/{id}/report")
    @ResponseBody
    @Operation(summary = "出具案卷评查报告（PDF、OFD）", description = "数字取自已评查的案卷；报送机关须填写")
    org.zhifa.documents.IssuedDocument apiReport(@PathVariable long id, @RequestBody ReportBody body) {
        return reports.report(CurrentActor.require(), id, body.recipient());
    }

    @PostMapping("/api/supervision/campaigns/{id}/bulletin")
    @ResponseBody
    @Operation(summary = "出具案卷评查情况通报", description = "主送单位与整改要求须填写")
    org.zhifa.documents.IssuedDocument apiBulletin(@PathVariable long id, @RequestBody ReportBody body) {
        return reports.bulletin(CurrentActor.require(), id, body.recipient(), body.requirements());
    }

    @PostMapping("/supervision/campaigns/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String requirements, @RequestParam String kind,
            RedirectAttributes redirect) {
        try {
            var d = kind.equals("bulletin") ? reports.bulletin(CurrentActor.require(), id, recipient, requirements)
                    : reports.report(CurrentActor.require(), id, recipient);
            redirect.addFlashAttribute("message", "已出具" + d.title() + " " + d.number());
        } catch (InvalidInputException | org.zhifa.common.ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/campaigns/" + id;
    }

    @GetMapping("/supervision/campaigns/{id}/results.xlsx")
    ResponseEntity<byte[]> excel(@PathVariable long id) {
        Campaign c = campaigns.find(id);
        var sheet = sheets.find(c.sheetId());
        List<List<Object>> files = new ArrayList<>();
        List<List<Object>> deductions = new ArrayList<>();
        int page = 0;
        PageResult<Evaluations.EvalFile> p;
        do {
            p = evaluations.files(CurrentActor.require(), id, false, page++, 100);
            for (var f : p.items()) {
                files.add(Arrays.asList(f.caseNumber(), f.unitName(), f.categoryLabel(), f.rank(), f.stateLabel(),
                        f.score(), f.formScore(), f.contentScore(), Boolean.TRUE.equals(f.vetoed()) ? "是" : "否",
                        f.precheckedItems() == null ? "" : f.precheckedItems() + "/" + f.totalItems(),
                        f.scoredByName()));
                for (var d : evaluations.deductions(f.id(), sheet)) {
                    deductions.add(Arrays.asList(f.caseNumber(), f.unitName(), d.code(), d.text(), d.deduction(),
                            d.reason()));
                }
            }
        } while (p.hasNext());
        List<List<Object>> units = new ArrayList<>();
        evaluations.byUnit(id).forEach(u -> units.add(Arrays.asList(u.unitName(), u.files(), u.scored(), u.average(),
                u.vetoed())));
        return Workbooks.xlsx(c.number() + "-评查结果.xlsx", List.of(
                new Workbooks.Table("案卷", List.of("案号", "单位", "类别", "抽取顺序", "状态", "得分", "形式得分", "内容得分",
                        "否决", "预检项目", "评查人员"), files),
                new Workbooks.Table("扣分", List.of("案号", "单位", "项目", "内容", "扣分", "理由"), deductions),
                new Workbooks.Table("单位", List.of("单位", "抽取", "已评查", "平均分", "否决"), units)));
    }

    static final MediaType JSON = MediaType.APPLICATION_JSON;
}
