package org.zhifa.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.cases.internal.CaseBoard;
import org.zhifa.cases.internal.CaseDetail;
import org.zhifa.cases.internal.CaseFilter;
import org.zhifa.cases.internal.CaseList;
import org.zhifa.cases.internal.CaseReader;
import org.zhifa.cases.internal.CaseWorkflow;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerDirectory;

/** Case list, case page with its action forms, deadline board and incoming filings. */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'SUPERVISOR')")
class CasePageController {

    private final CaseList list;
    private final CaseReader reader;
    private final CaseWorkflow workflow;
    private final CaseBoard board;
    private final OrgUnits units;
    private final DataScope scope;
    private final OfficerDirectory officers;
    private final Clock clock;

    CasePageController(CaseList list, CaseReader reader, CaseWorkflow workflow, CaseBoard board, OrgUnits units,
            DataScope scope, OfficerDirectory officers, Clock clock) {
        this.list = list;
        this.reader = reader;
        this.workflow = workflow;
        this.board = board;
        this.units = units;
        this.scope = scope;
        this.officers = officers;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String state,
            @RequestParam(required = false) Long officerId, @RequestParam(required = false) String violation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var actor = CurrentActor.require();
        String st = state == null || state.isBlank() ? null : state;
        var filter = new CaseFilter(unitId, st, officerId, violation, from, to, overdue, q);
        model.addAttribute("page", list.list(filter, page, 20, actor));
        model.addAttribute("filter", filter);
        model.addAttribute("states", CaseState.values());
        model.addAttribute("units", units.all().stream().filter(u -> scope.canSee(actor, u.id())).toList());
        model.addAttribute("officers", officers.inPost(scope.visibleUnitIds(actor), false));
        model.addAttribute("base", CaseLinks.listBase(filter));
        return "cases/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        var actor = CurrentActor.require();
        CaseDetail d = reader.detail(id, actor);
        model.addAttribute("c", d);
        Map<String, List<ActionFields.Field>> forms = new LinkedHashMap<>();
        for (var a : d.nextActions()) {
            forms.put(a.name(), ActionFields.of(a.name(), earlier(d), measures(d), presiding(d, actor), onCase(d)));
        }
        model.addAttribute("forms", forms);
        model.addAttribute("kinds", org.zhifa.catalog.PenaltyKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "cases/detail";
    }

    @PostMapping("/{id}/actions/{name}")
    String act(@PathVariable long id, @PathVariable String name, @ModelAttribute ActionForm form,
            RedirectAttributes redirect) {
        try {
            var result = workflow.perform(id, name, form.toRequest(), CurrentActor.require());
            redirect.addFlashAttribute("message", "已完成，当前环节：" + result.stateLabel());
        } catch (RuleViolationException | AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "该案件已被其他用户修改，请查看最新情况后重试");
        }
        return "redirect:/cases/" + id;
    }

    @GetMapping("/deadlines")
    String deadlines(@RequestParam(defaultValue = "true") boolean mine, Model model) {
        model.addAttribute("lines", board.deadlines(CurrentActor.require(), mine));
        model.addAttribute("mine", mine);
        return "cases/deadlines";
    }

    @GetMapping("/filings")
    String filings(Model model) {
        model.addAttribute("lines", board.filings(CurrentActor.require()));
        return "cases/filings";
    }

    private static Map<String, String> earlier(CaseDetail d) {
        Map<String, String> m = new LinkedHashMap<>();
        var def = org.zhifa.cases.procedure.Procedure.valueOf(d.procedure()).definition();
        CaseState current = CaseState.valueOf(d.state());
        for (CaseState s : def.states()) {
            if (def.isEarlier(s, current) && s != CaseState.REGISTERED) {
                m.put(s.name(), s.label());
            }
        }
        return m;
    }

    private static Map<String, String> measures(CaseDetail d) {
        Map<String, String> m = new LinkedHashMap<>();
        d.clocks().stream().filter(k -> k.open())
                .filter(k -> k.kind().name().equals("EVIDENCE_PRESERVATION") || k.kind().name().equals("COMPULSORY_MEASURE"))
                .forEach(k -> m.put(Long.toString(k.id()), k.kind().label() + "（" + k.startedOn() + "起）"));
        return m;
    }

    private static Map<String, String> onCase(CaseDetail d) {
        Map<String, String> m = new LinkedHashMap<>();
        d.officers().stream().filter(o -> !o.recused()).forEach(o -> m.put(Long.toString(o.officerId()), o.name()));
        return m;
    }

    private Map<String, String> presiding(CaseDetail d, org.zhifa.common.Actor actor) {
        Map<String, String> m = new LinkedHashMap<>();
        var onCase = d.officers().stream().map(CaseDetail.OfficerLine::officerId).toList();
        officers.inPost(scope.visibleUnitIds(actor), false).stream().filter(o -> !onCase.contains(o.id()))
                .forEach(o -> m.put(Long.toString(o.id()), o.name()));
        return m;
    }
}
