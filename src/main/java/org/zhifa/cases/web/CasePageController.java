package org.zhifa.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
import org.zhifa.cases.internal.FieldCapture;
import org.zhifa.cases.internal.PartyStatements;
import org.zhifa.cases.internal.ProcedureCatalog;
import org.zhifa.cases.internal.StepBar;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.internal.CatalogPort;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.evidence.EvidencePlayback;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerDirectory;

/**
 * Case list, case page with the forms of the steps the user may take (each derived from the step's input record),
 * deadline board and incoming filings. A posted form is bound into the step's own input record and goes through the
 * same engine as the API; refused input is shown beside its field.
 */
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
    private final CatalogPort catalog;
    private final Clock clock;
    private final ProcedureCatalog procedures;
    private final FieldCapture capture;
    private final PartyStatements statements;
    private final EvidencePlayback evidence;

    CasePageController(CaseList list, CaseReader reader, CaseWorkflow workflow, CaseBoard board, OrgUnits units,
            DataScope scope, OfficerDirectory officers, CatalogPort catalog, Clock clock, ProcedureCatalog procedures,
            FieldCapture capture, PartyStatements statements, EvidencePlayback evidence) {
        this.statements = statements;
        this.evidence = evidence;
        this.procedures = procedures;
        this.capture = capture;
        this.list = list;
        this.reader = reader;
        this.workflow = workflow;
        this.board = board;
        this.units = units;
        this.scope = scope;
        this.officers = officers;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String state,
            @RequestParam(required = false) Long officerId, @RequestParam(required = false) String violation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String after, Model model) {
        var actor = CurrentActor.require();
        String st = state == null || state.isBlank() ? null : state;
        var filter = new CaseFilter(unitId, st, officerId, violation, from, to, overdue, q);
        model.addAttribute("page", list.list(filter, page, 20, after, actor));
        model.addAttribute("filter", filter);
        model.addAttribute("states", CaseState.values());
        model.addAttribute("units", units.all().stream().filter(u -> scope.canSee(actor, u.id())).toList());
        model.addAttribute("officers", officers.inPost(scope.visibleUnitIds(actor), false));
        model.addAttribute("base", CaseLinks.listBase(filter));
        return "cases/list";
    }

    /** The case list as the unit's ledger (.xlsx): every case the filter selects, up to the first 10,000. */
    @GetMapping("/export.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String state, @RequestParam(required = false) Long officerId,
            @RequestParam(required = false) String violation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q) {
        var actor = CurrentActor.require();
        var filter = new CaseFilter(unitId, state == null || state.isBlank() ? null : state, officerId, violation, from,
                to, overdue, q);
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var items = list.list(filter, page, 200, actor).result().items();
            items.forEach(c -> rows.add(java.util.Arrays.asList(c.caseNumber() != null ? c.caseNumber() : "案源 #" + c.id(),
                    c.stateLabel(), c.partyName(), c.plateNumber(), c.violations(), c.actDate(), c.registeredOn(),
                    c.officerNames(), c.nextDueOn(), c.overdue() ? "是" : "否",
                    c.decisionAmountFen() == null ? null : c.decisionAmountFen() / 100.0)));
            if (items.size() < 200) {
                break;
            }
        }
        byte[] xlsx = org.zhifa.common.Spreadsheet.xlsx("案件台账", List.of("案号", "环节", "当事人", "车牌", "违法行为",
                "违法日期", "登记日期", "承办人员", "最近期限", "是否超期", "罚款（元）"), rows);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", org.zhifa.common.Spreadsheet.attachment("案件台账.xlsx"))
                .contentType(org.springframework.http.MediaType.parseMediaType(org.zhifa.common.Spreadsheet.CONTENT_TYPE))
                .body(xlsx);
    }

    /** The deadline board as .xlsx. */
    @GetMapping("/deadlines/export.xlsx")
    org.springframework.http.ResponseEntity<byte[]> exportDeadlines(@RequestParam(defaultValue = "false") boolean mine) {
        List<List<Object>> rows = board.deadlines(CurrentActor.require(), mine).stream()
                .map(l -> java.util.Arrays.<Object>asList(l.dueOn(), l.overdue() ? "已超期" : "即将到期", l.clockLabel(),
                        l.basis(), l.caseNumber(), l.partyName(), l.provisional() ? "待复核" : ""))
                .toList();
        byte[] xlsx = org.zhifa.common.Spreadsheet.xlsx("期限看板", List.of("到期日", "状态", "期限", "依据", "案号", "当事人",
                "备注"), rows);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", org.zhifa.common.Spreadsheet.attachment("期限看板.xlsx"))
                .contentType(org.springframework.http.MediaType.parseMediaType(org.zhifa.common.Spreadsheet.CONTENT_TYPE))
                .body(xlsx);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String step, Model model) {
        // ?step= opens that step's form (the to-do list links one click from the action)
        return page(id, model, step, Map.of(), Map.of(), null);
    }

    @PostMapping("/{id}/actions/{name}")
    String act(@PathVariable long id, @PathVariable String name, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        var actor = CurrentActor.require();
        var step = workflow.step(name);
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> values.put(k, String.join(",", v)));
        try {
            var result = workflow.perform(id, step, StepForms.bind(step.inputType(), request.getParameterMap()), actor);
            redirect.addFlashAttribute("message", "已完成“" + step.transition().label() + "”，当前环节：" + result.stateLabel());
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            return page(id, model, name, values, e.fieldErrors(), e.getMessage());
        } catch (RuleViolationException | AccessRefusedException | ConflictException e) {
            return page(id, model, name, values, Map.of(), e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            return page(id, model, null, Map.of(), Map.of(), "该案件已被其他用户修改，请查看最新情况后重试");
        }
    }

    private String page(long id, Model model, String open, Map<String, String> values, Map<String, String> errors,
            String error) {
        var actor = CurrentActor.require();
        CaseDetail d = reader.detail(id, actor);
        model.addAttribute("c", d);
        Set<CaseState> visited = EnumSet.noneOf(CaseState.class);
        d.steps().forEach(s -> {
            if (s.fromState() != null) {
                visited.add(CaseState.valueOf(s.fromState()));
            }
            visited.add(CaseState.valueOf(s.toState()));
        });
        model.addAttribute("stages", StepBar.of(procedures.definition(Procedure.valueOf(d.procedure())),
                CaseState.valueOf(d.state()), visited));
        model.addAttribute("fieldPhotos", capture.photos(id, actor));
        model.addAttribute("caseEvidence", EvidencePlayback.readable(actor)
                ? evidence.linkedTo(EvidenceTargetType.CASE, Long.toString(id)) : List.of());
        model.addAttribute("readsEvidence", EvidencePlayback.readable(actor));
        model.addAttribute("partyStatements", statements.of(id));
        model.addAttribute("canCapture", actor.hasRole("OFFICER") && !d.readOnly());
        Map<String, List<FormField>> forms = new LinkedHashMap<>();
        for (var a : d.nextActions()) {
            var step = workflow.step(a.name());
            forms.put(a.name(), StepForms.fields(step.inputType(), FormOptions.forStep(a.name(), d, actor, officers, scope)));
        }
        model.addAttribute("forms", forms);
        LocalDate today = LocalDate.now(clock);
        if (forms.containsKey("conclude-investigation") && !d.violations().isEmpty()) {
            model.addAttribute("questions", catalog.questions(d.violations().get(0).code(), d.actDate(), today));
        }
        model.addAttribute("today", today);
        model.addAttribute("openStep", open);
        model.addAttribute("values", values);
        model.addAttribute("fieldErrors", errors);
        if (error != null) {
            model.addAttribute("error", error);
        }
        return "cases/detail";
    }

    @GetMapping("/deadlines")
    String deadlines(@RequestParam(required = false) Boolean mine, Model model) {
        var actor = CurrentActor.require();
        // officers open on their own cases; heads, reviewers and supervisors on every case of their units
        if (mine == null) {
            mine = actor.hasRole("OFFICER") && !actor.hasRole("UNIT_HEAD") && !actor.hasRole("LEGAL_REVIEWER")
                    && !actor.hasRole("SUPERVISOR");
        }
        model.addAttribute("lines", board.deadlines(actor, mine));
        model.addAttribute("mine", mine);
        return "cases/deadlines";
    }

    @GetMapping("/filings")
    String filings(Model model) {
        model.addAttribute("lines", board.filings(CurrentActor.require()));
        return "cases/filings";
    }
}
