package org.zhifa.inspection.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.PageResult;
import org.zhifa.inspection.internal.Draw;
import org.zhifa.inspection.internal.DrawTasks;
import org.zhifa.inspection.internal.InspectionDraws;
import org.zhifa.inspection.internal.InspectionPlans;
import org.zhifa.inspection.internal.Plan;
import org.zhifa.inspection.internal.PlanInput;
import org.zhifa.inspection.internal.RepeatMonitor;
import org.zhifa.inspection.internal.Task;

/** JSON API of plans, draws, tasks, recusals and the repeat-inspection monitor. */
@RestController
@RequestMapping("/api/inspection")
class PlanApiController {

    private final InspectionPlans plans;
    private final InspectionDraws draws;
    private final DrawTasks tasks;
    private final RepeatMonitor monitor;

    PlanApiController(InspectionPlans plans, InspectionDraws draws, DrawTasks tasks, RepeatMonitor monitor) {
        this.plans = plans;
        this.draws = draws;
        this.tasks = tasks;
        this.monitor = monitor;
    }

    @GetMapping("/plans")
    PageResult<Plan> plans(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return plans.list(year, page, size, CurrentActor.require());
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    Plan create(@RequestBody PlanInput in) {
        return plans.create(in, CurrentActor.require());
    }

    /** A plan with its draws (superseded ones included) and the yearly share it would draw of each item's objects. */
    record PlanDetail(Plan plan, List<Draw> draws, List<InspectionPlans.Coverage> coverage) {
    }

    @GetMapping("/plans/{id}")
    PlanDetail plan(@PathVariable long id) {
        Plan plan = plans.find(id, CurrentActor.require());
        return new PlanDetail(plan, draws.ofPlan(id), plans.coverage(plan));
    }

    @PutMapping("/plans/{id}")
    Plan update(@PathVariable long id, @RequestBody PlanInput in) {
        return plans.update(id, in, CurrentActor.require());
    }

    @PostMapping("/plans/{id}/publish")
    Plan publish(@PathVariable long id) {
        return plans.publish(id, CurrentActor.require());
    }

    @PostMapping("/plans/{id}/draws")
    @ResponseStatus(HttpStatus.CREATED)
    Draw commit(@PathVariable long id) {
        return draws.commit(id, CurrentActor.require());
    }

    /** A draw, its tasks (one page) and the objects it would inspect once too often. */
    record DrawDetail(Draw draw, PageResult<Task> tasks, List<RepeatMonitor.Flag> repeatFlags,
            List<InspectionDraws.ReplacementView> replacements) {
    }

    @GetMapping("/draws/{id}")
    DrawDetail draw(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Draw d = draws.find(id, CurrentActor.require());
        return new DrawDetail(d, tasks.ofDraw(id, page, size), monitor.ofDraw(id), draws.replacements(id));
    }

    @PostMapping("/draws/{id}/draw")
    Draw reveal(@PathVariable long id) {
        return draws.draw(id, CurrentActor.require());
    }

    /** Why a draw is done again. */
    record Reason(String reason) {
    }

    @PostMapping("/draws/{id}/redraw")
    @ResponseStatus(HttpStatus.CREATED)
    Draw redraw(@PathVariable long id, @RequestBody Reason r) {
        return draws.redraw(id, r.reason(), CurrentActor.require());
    }

    @PostMapping("/tasks/{id}/recusal")
    Task recuse(@PathVariable long id, @Valid @RequestBody OfficerChoice.Recusal r) {
        return draws.replace(id, r.officerId(), r.reason(), CurrentActor.require());
    }

    @GetMapping("/tasks/mine")
    List<Task> mine() {
        return tasks.mine(CurrentActor.require());
    }

    @GetMapping("/tasks/{id}")
    Task task(@PathVariable long id) {
        return tasks.find(id, CurrentActor.require());
    }

    /** The monitor: objects already inspected too often in the window. */
    record Monitor(int windowDays, int limit, List<RepeatMonitor.Flag> flags) {
    }

    @GetMapping("/monitor")
    Monitor monitor() {
        Actor actor = CurrentActor.require();
        return new Monitor(monitor.windowDays(), monitor.limit(), monitor.inspected(actor));
    }
}
