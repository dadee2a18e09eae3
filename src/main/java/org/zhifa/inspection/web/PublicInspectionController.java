package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.inspection.internal.Draw;
import org.zhifa.inspection.internal.DrawTasks;
import org.zhifa.inspection.internal.InspectionDraws;
import org.zhifa.inspection.internal.InspectionPlans;
import org.zhifa.inspection.internal.Plan;
import org.zhifa.inspection.internal.PublicNames;
import org.zhifa.inspection.internal.ResultPublications;
import org.zhifa.inspection.internal.InspectionQueries;
import org.zhifa.inspection.internal.SpotCheckItem;
import org.zhifa.inspection.internal.SpotCheckItems;
import org.zhifa.inspection.internal.Task;
import org.zhifa.publicity.PublicityProperties;

/** The public pages of 双随机、一公开: the spot-check item list (事前公示), plans, draws and results. No login. */
@Controller
@Tag(name = "双随机一公开（公开）", description = "随机抽查事项清单、抽查计划、抽取记录与检查结果，无需登录")
class PublicInspectionController {

    private final SpotCheckItems items;
    private final InspectionPlans plans;
    private final InspectionDraws draws;
    private final DrawTasks tasks;
    private final PublicNames names;
    private final ResultPublications results;
    private final PublicityProperties publicity;

    PublicInspectionController(SpotCheckItems items, InspectionPlans plans, InspectionDraws draws, DrawTasks tasks,
            PublicNames names, ResultPublications results, PublicityProperties publicity) {
        this.results = results;
        this.items = items;
        this.plans = plans;
        this.draws = draws;
        this.tasks = tasks;
        this.names = names;
        this.publicity = publicity;
    }

    @ModelAttribute("hotline")
    String hotline() {
        return publicity.hotline();
    }

    @GetMapping("/api/public/inspection/items")
    @ResponseBody
    @Operation(summary = "随机抽查事项清单", description = "已公布的抽查事项及其检查内容和依据条款")
    List<SpotCheckItem> itemsApi() {
        return items.published();
    }

    @GetMapping("/public/inspection/items")
    String itemsPage(Model model) {
        model.addAttribute("items", items.published());
        return "inspection/public/items";
    }

    /** A published plan and its draws (superseded ones with their reason). */
    record PublicPlan(Plan plan, List<Draw> draws) {
    }

    private List<PublicPlan> publicPlans(PageResult<Plan> page) {
        List<PublicPlan> out = new ArrayList<>();
        page.items().forEach(p -> out.add(new PublicPlan(p, draws.ofPlan(p.id()).stream().map(PublicInspectionController::open)
                .toList())));
        return out;
    }

    /** What the public sees of a draw: everything but the list of inspectors left out (their reasons are personnel data). */
    private static Draw open(Draw d) {
        return new Draw(d.id(), d.planId(), d.number(), d.reference(), d.state(), d.commitment(), d.seed(), d.headerHash(),
                d.resultHash(), d.objectCount(), d.assigneeCount(), d.selectedCount(), d.unstaffedCount(), List.of(),
                d.committedAt(), null, d.drawnAt(), null, d.supersedesId(), d.supersededReason(), d.supersededAt(), null);
    }

    @GetMapping("/api/public/inspection/plans")
    @ResponseBody
    @Operation(summary = "已公布的抽查计划及其抽取记录", description = "每次抽取的承诺、名单哈希、种子（抽取后）与结果哈希；重新抽取的记录保留并附理由")
    PageResult<PublicPlan> plansApi(@RequestParam(defaultValue = "0") int page) {
        PageResult<Plan> p = plans.published(page, 20);
        return new PageResult<>(publicPlans(p), p.total(), p.page(), p.size());
    }

    @GetMapping("/public/inspection/plans")
    String plansPage(@RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<Plan> p = plans.published(page, 20);
        model.addAttribute("plans", publicPlans(p));
        model.addAttribute("result", p);
        model.addAttribute("base", "/public/inspection/plans");
        return "inspection/public/plans";
    }

    private Draw publicDraw(long id) {
        Draw d = draws.require(id);
        if (!plans.require(d.planId()).published()) {
            throw new NotFoundException("抽取记录不存在");
        }
        return d;
    }

    @GetMapping(path = "/api/public/inspection/draws/{id}/manifest", produces = "application/json")
    @ResponseBody
    @Operation(summary = "抽取记录（manifest）", description = "docs/random-draw.md 规定的 JSON：冻结的名单与规则、承诺、种子、结果与替换；"
            + "可用 java -jar zhifa.jar verify-draw 离线复核")
    ResponseEntity<String> manifest(@PathVariable long id) {
        Draw d = publicDraw(id);
        return ResponseEntity.ok().header("Content-Disposition", "inline; filename=\"draw-" + d.reference() + ".json\"")
                .body(draws.manifest(id));
    }

    @GetMapping("/public/inspection/draws/{id}")
    String drawPage(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Draw d = publicDraw(id);
        model.addAttribute("draw", open(d));
        model.addAttribute("plan", plans.require(d.planId()));
        PageResult<Task> t = tasks.ofDraw(id, page, 50);
        model.addAttribute("tasks", t);
        model.addAttribute("names", names.ofTasks(t.items()));
        model.addAttribute("base", "/public/inspection/draws/" + id);
        return "inspection/public/draw";
    }

    @GetMapping("/public/inspection/algorithm")
    String algorithm(Model model) throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("/public-docs/random-draw.md")) {
            model.addAttribute("spec", in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return "inspection/public/algorithm";
    }

    @GetMapping("/api/public/inspection/results")
    @ResponseBody
    @Operation(summary = "已公示的检查结果", description = "按公示时间由新到旧；翻页用上一页返回的 next 作为 cursor")
    InspectionQueries.Slice<ResultPublications.PublicResult> resultsApi(@RequestParam(required = false) String cursor) {
        return results.published(cursor, 20);
    }

    @GetMapping("/public/inspection/results")
    String resultsPage(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("slice", results.published(cursor, 20));
        return "inspection/public/results";
    }
}
