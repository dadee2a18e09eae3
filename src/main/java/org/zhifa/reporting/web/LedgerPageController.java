package org.zhifa.reporting.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Law;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.common.Uploaded;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.reporting.internal.ActionPlans;
import org.zhifa.reporting.internal.Ledger;

/** The action-plan ledger: tasks per unit and year, progress with evidence, review, plan import from Excel. */
@Controller
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
class LedgerPageController {

    private final Ledger ledger;
    private final ActionPlans plans;
    private final OrgUnits units;
    private final DataScope scope;
    private final Clock clock;

    LedgerPageController(Ledger ledger, ActionPlans plans, OrgUnits units, DataScope scope, Clock clock) {
        this.ledger = ledger;
        this.plans = plans;
        this.units = units;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/reporting/ledger")
    String ledger(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year, Model model) {
        Actor actor = CurrentActor.require();
        var all = plans.plans();
        if (all.isEmpty()) {
            throw new NotFoundException("尚未载入行动方案");
        }
        long planId = plan == null ? all.get(0).id() : plan;
        long unit = unitId == null ? actor.unitId() : unitId;
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        var lines = ledger.ledger(actor, planId, unit, y);
        model.addAttribute("plans", all);
        model.addAttribute("planId", planId);
        model.addAttribute("plan", all.stream().filter(p -> p.id() == planId).findFirst()
                .orElseThrow(() -> new NotFoundException("方案不存在")));
        model.addAttribute("unitId", unit);
        model.addAttribute("unitName", units.find(unit).map(OrgUnitView::name).orElse(""));
        model.addAttribute("units", units.all().stream().filter(u -> scope.canSee(actor, u.id())).toList());
        model.addAttribute("year", y);
        model.addAttribute("lines", lines);
        model.addAttribute("overdue", lines.stream().filter(Ledger.Line::overdue).count());
        model.addAttribute("done", lines.stream().filter(l -> l.progress().stream().anyMatch(Ledger.Progress::done)).count());
        model.addAttribute("head", actor.hasRole("UNIT_HEAD") && actor.unitId() == unit);
        model.addAttribute("reviewer", actor.hasRole("SUPERVISOR"));
        return "reporting/ledger";
    }

    @PostMapping("/reporting/ledger/tasks/{taskId}/progress")
    String record(@PathVariable long taskId, @RequestParam long unitId, @RequestParam int year,
            @RequestParam(required = false) String status, @RequestParam(required = false) String note,
            @RequestParam(required = false) String evidence, RedirectAttributes redirect) {
        long planId = ledger.task(taskId).planId();
        return act(redirect, "已记录进展", planId, unitId, year, () -> ledger.record(CurrentActor.require(), taskId,
                unitId, year, status, note, evidence(evidence)));
    }

    @PostMapping("/reporting/ledger/progress/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String result,
            @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        var p = ledger.progress(id);
        long planId = ledger.task(p.taskId()).planId();
        return act(redirect, "已审核", planId, p.unitId(), p.year(), () -> {
            ledger.review(CurrentActor.require(), id, result, opinion);
            return id;
        });
    }

    @PostMapping("/reporting/ledger/plans")
    String importPlan(@RequestParam(required = false) String code, @RequestParam(required = false) String title,
            @Uploaded @Parameter(description = "方案 Excel 文件") @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        Actor actor = CurrentActor.require();
        try {
            if (!actor.hasRole("SUPERVISOR") || !scope.seesAll(actor)) {
                throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(32), "行动方案由州执法监督局载入"));
            }
            long id = plans.importWorkbook(code, title, code, file.getInputStream(), actor.username());
            redirect.addFlashAttribute("message", "已载入方案");
            return "redirect:/reporting/ledger?plan=" + id;
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/reporting/ledger";
    }

    @GetMapping("/api/reporting/ledger")
    @ResponseBody
    List<Ledger.Line> api(@RequestParam(required = false) Long plan, @RequestParam long unitId, @RequestParam int year) {
        var all = plans.plans();
        long planId = plan == null ? all.get(0).id() : plan;
        return ledger.ledger(CurrentActor.require(), planId, unitId, year);
    }

    /** One evidence item per line: "名称 链接" or just a name. */
    static List<Ledger.Evidence> evidence(String text) {
        List<Ledger.Evidence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int sp = l.lastIndexOf(' ');
            String last = sp < 0 ? l : l.substring(sp + 1);
            if (last.startsWith("/") || last.startsWith("http://") || last.startsWith("https://")) {
                out.add(new Ledger.Evidence(sp < 0 ? last : l.substring(0, sp).strip(), last));
            } else {
                out.add(new Ledger.Evidence(l, null));
            }
        }
        return out;
    }

    private String act(RedirectAttributes redirect, String done, long planId, long unitId, int year,
            java.util.function.Supplier<Long> action) {
        try {
            action.get();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/reporting/ledger?plan=" + planId + "&unitId=" + unitId + "&year=" + year;
    }
}
