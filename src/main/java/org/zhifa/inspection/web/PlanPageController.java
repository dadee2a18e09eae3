package org.zhifa.inspection.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.inspection.InspectionProperties;
import org.zhifa.inspection.InspectionProperties.LastInspectionRecusal;
import org.zhifa.inspection.internal.Draw;
import org.zhifa.inspection.internal.DrawTasks;
import org.zhifa.inspection.internal.InspectionAccess;
import org.zhifa.inspection.internal.InspectionDraws;
import org.zhifa.inspection.internal.InspectionPlans;
import org.zhifa.inspection.internal.Plan;
import org.zhifa.inspection.internal.RepeatMonitor;
import org.zhifa.inspection.internal.SpotCheckItem;
import org.zhifa.inspection.internal.SpotCheckItems;

/** Pages of plans and draws, the task list and the repeat-inspection monitor. */
@Controller
class PlanPageController {

    private final InspectionPlans plans;
    private final InspectionDraws draws;
    private final DrawTasks tasks;
    private final SpotCheckItems items;
    private final RepeatMonitor monitor;
    private final InspectionAccess access;
    private final InspectionProperties settings;
    private final Clock clock;

    PlanPageController(InspectionPlans plans, InspectionDraws draws, DrawTasks tasks, SpotCheckItems items,
            RepeatMonitor monitor, InspectionAccess access, InspectionProperties settings, Clock clock) {
        this.plans = plans;
        this.draws = draws;
        this.tasks = tasks;
        this.items = items;
        this.monitor = monitor;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/inspection")
    String home(@RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("mine", tasks.mine(actor));
        model.addAttribute("open", tasks.open(actor, page, 20));
        model.addAttribute("base", "/inspection");
        return "inspection/home";
    }

    @GetMapping("/inspection/plans")
    String plans(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("result", plans.list(year, page, 20, actor));
        model.addAttribute("year", year);
        model.addAttribute("base", year == null ? "/inspection/plans" : "/inspection/plans?year=" + year);
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD"));
        return "inspection/plans";
    }

    @GetMapping("/inspection/plans/new")
    String newPlan(Model model) {
        Actor actor = CurrentActor.require();
        access.requireRole(actor, InspectionAccess.HEADS);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("year", Integer.toString(LocalDate.now(clock).getYear()));
        v.put("recusal", settings.lastInspectionRecusal().name());
        settings.creditClasses().forEach(c -> {
            v.put("ratios[" + c + "]", settings.ratio(c).stripTrailingZeros().toPlainString());
            v.put("minimums[" + c + "]", "0");
        });
        planForm(model, null, v, List.of(), actor);
        return "inspection/plan-form";
    }

    /** The form's model: {@code v} holds the values as typed (shown again after bad input), errors set by the caller. */
    private void planForm(Model model, Plan plan, Map<String, String> v, List<Long> chosen, Actor actor) {
        model.addAttribute("plan", plan);
        model.addAttribute("v", v);
        model.addAttribute("chosen", chosen);
        if (!model.containsAttribute(FormErrors.ATTRIBUTE)) {
            FormErrors.none(model);
        }
        model.addAttribute("classes", settings.creditClasses());
        model.addAttribute("recusals", LastInspectionRecusal.values());
        model.addAttribute("items", items.list(null, actor).stream().filter(SpotCheckItem::published).toList());
    }

    @PostMapping({"/inspection/plans", "/inspection/plans/{id}"})
    String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute PlanForm form, BindingResult binding,
            @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        List<Long> chosen = form == null || form.itemIds() == null ? List.of() : form.itemIds();
        if (FormErrors.reject(binding, model)) {
            planForm(model, id == null ? null : plans.find(id, actor), typed, chosen, actor);
            return "inspection/plan-form";
        }
        try {
            Plan plan = id == null ? plans.create(form.input(), actor) : plans.update(id, form.input(), actor);
            redirect.addFlashAttribute("message", "已保存抽查计划");
            return "redirect:/inspection/plans/" + plan.id();
        } catch (InvalidInputException e) {
            FormErrors.put(model, e);
            planForm(model, id == null ? null : plans.find(id, actor), typed, chosen, actor);
            return "inspection/plan-form";
        } catch (RuleViolationException e) {
            FormErrors.put(model, Map.of("_", e.getMessage()));
            planForm(model, id == null ? null : plans.find(id, actor), typed, chosen, actor);
            return "inspection/plan-form";
        }
    }

    @GetMapping("/inspection/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        Plan plan = plans.find(id, actor);
        model.addAttribute("plan", plan);
        model.addAttribute("draws", draws.ofPlan(id));
        model.addAttribute("coverage", plans.coverage(plan));
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD"));
        if (!plan.published()) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("title", plan.title());
            v.put("year", Integer.toString(plan.year()));
            v.put("windowStart", plan.windowStart().toString());
            v.put("windowEnd", plan.windowEnd().toString());
            v.put("jointDepartments", plan.jointDepartments());
            v.put("recusal", plan.recusal().name());
            v.put("version", Integer.toString(plan.version()));
            plan.strata().forEach(s -> {
                v.put("ratios[" + s.creditClass() + "]", s.ratio().toPlainString());
                v.put("minimums[" + s.creditClass() + "]", Integer.toString(s.minimum()));
            });
            planForm(model, plan, v, plan.items().stream().map(SpotCheckItem::id).toList(), actor);
        }
        return "inspection/plan";
    }

    @PostMapping("/inspection/plans/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            plans.publish(id, CurrentActor.require());
            redirect.addFlashAttribute("message", "计划已公布");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/plans/" + id;
    }

    @PostMapping("/inspection/plans/{id}/draws")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Draw d = draws.commit(id, CurrentActor.require());
            redirect.addFlashAttribute("message", "已冻结名单并公布承诺：" + d.commitment());
            return "redirect:/inspection/draws/" + d.id();
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/inspection/plans/" + id;
        }
    }

    @GetMapping("/inspection/draws/{id}")
    String draw(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        Draw d = draws.find(id, actor);
        model.addAttribute("draw", d);
        model.addAttribute("plan", plans.require(d.planId()));
        model.addAttribute("tasks", tasks.ofDraw(id, page, 50));
        model.addAttribute("base", "/inspection/draws/" + id);
        model.addAttribute("flags", d.drawn() ? monitor.ofDraw(id) : List.of());
        model.addAttribute("replacements", draws.replacements(id));
        model.addAttribute("windowDays", monitor.windowDays());
        model.addAttribute("limit", monitor.limit());
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD"));
        model.addAttribute("redrawable", draws.redrawable(d));
        return "inspection/draw";
    }

    @PostMapping("/inspection/draws/{id}/draw")
    String reveal(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Draw d = draws.draw(id, CurrentActor.require());
            redirect.addFlashAttribute("message", "已揭示种子并抽取：抽中 " + d.selectedCount() + " 个对象");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/draws/" + id;
    }

    @PostMapping("/inspection/draws/{id}/redraw")
    String redraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            Draw d = draws.redraw(id, reason, CurrentActor.require());
            redirect.addFlashAttribute("message", "原抽取已作废并记录理由；新的承诺已公布");
            return "redirect:/inspection/draws/" + d.id();
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/inspection/draws/" + id;
        }
    }

    @PostMapping("/inspection/tasks/{id}/recusal")
    String recuse(@PathVariable long id, @Valid @ModelAttribute OfficerChoice.Recusal form, BindingResult binding,
            RedirectAttributes redirect) {
        var task = tasks.find(id, CurrentActor.require());
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/inspection/draws/" + task.drawId();
        }
        try {
            var t = draws.replace(id, form.officerId(), form.reason(), CurrentActor.require());
            redirect.addFlashAttribute("message", "已办理回避，现检查人员：" + t.officerNames());
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/draws/" + task.drawId();
    }

    @GetMapping("/inspection/monitor")
    String monitor(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("flags", monitor.inspected(actor));
        model.addAttribute("windowDays", monitor.windowDays());
        model.addAttribute("limit", monitor.limit());
        List<Map<String, Object>> planFlags = new ArrayList<>();
        for (Plan p : plans.list(null, 0, 50, actor).items()) {
            for (Draw d : draws.ofPlan(p.id())) {
                if ("DRAWN".equals(d.state())) {
                    var f = monitor.ofDraw(d.id());
                    if (!f.isEmpty()) {
                        planFlags.add(Map.of("plan", p, "draw", d, "flags", f));
                    }
                }
            }
        }
        model.addAttribute("planFlags", planFlags);
        return "inspection/monitor";
    }
}
