package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.domain.CaseRepository;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.StepCheck;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.ClockState;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.cases.rules.CaseGuards;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.GuardContext;
import org.zhifa.cases.steps.CaseStep;
import org.zhifa.cases.steps.Returning;
import org.zhifa.cases.steps.StepRun;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;
import org.zhifa.common.RuleViolationException;
import org.zhifa.cases.rules.Articles;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.Role;
import tools.jackson.databind.JsonNode;

/**
 * The procedure engine: every change of a case goes through here, from the API, the web pages, the party's online
 * inbox, the non-site intake and the demo data alike. In order: the step by name (404), its typed input (400), data
 * scope, the version (409), the procedure and its version, the role and the handler (403), the pre-state (409), the
 * day of the act (not in the future, not before the previous step; 补录 after {@code late-entry-days} needs a reason),
 * every guard on the unchanged case (422 with the article), the step itself (one guarded method of the aggregate), the
 * clocks, the history, the events, the audit.
 */
@Service
public class CaseWorkflow {

    private final ProcedureCatalog catalog;
    private final StepInputReader reader;
    private final CaseRepository cases;
    private final CaseClocks clocks;
    private final CaseDocuments documents;
    private final CaseFacts facts;
    private final CaseProperties settings;
    private final DataScope scope;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final StepHistory history;
    private final StepGate gate;
    private final Clock clock;

    CaseWorkflow(ProcedureCatalog catalog, StepInputReader reader, CaseRepository cases, CaseClocks clocks,
            CaseDocuments documents, CaseFacts facts, CaseProperties settings, DataScope scope, AuditTrail audit,
            ApplicationEventPublisher events, StepHistory history, StepGate gate, Clock clock) {
        this.catalog = catalog;
        this.reader = reader;
        this.cases = cases;
        this.clocks = clocks;
        this.documents = documents;
        this.facts = facts;
        this.settings = settings;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.history = history;
        this.gate = gate;
        this.clock = clock;
    }

    /** A step on an existing case, its input as JSON (API). */
    public StepResult perform(long caseId, String name, JsonNode body, Actor actor) {
        CaseStep<?> step = step(name);
        return perform(caseId, step, reader.read(step.inputType(), body), actor);
    }

    /** A step on an existing case with its typed input (web forms, services). */
    public StepResult perform(long caseId, CaseStep<?> step, Record input, Actor actor) {
        if (step.transition().opens()) {
            throw new NotFoundException("“" + step.transition().label() + "”用于登记新案件，不能用于已有案件");
        }
        reader.validate(input);
        return audited(step, caseId, actor, () -> run(cases.findForUpdate(caseId)
                .orElseThrow(() -> new NotFoundException("未找到该案件，或不在您的数据范围内")), step, input, actor));
    }

    /** A step that opens a case (案源登记, 当场处罚), its input as JSON. */
    public StepResult open(String name, JsonNode body, Actor actor) {
        CaseStep<?> step = step(name);
        return open(step, reader.read(step.inputType(), body), actor);
    }

    public StepResult open(CaseStep<?> step, Record input, Actor actor) {
        if (!step.transition().opens()) {
            throw new NotFoundException("“" + step.transition().label() + "”不是登记新案件的环节");
        }
        reader.validate(input);
        return audited(step, null, actor, () -> run(draft(step, input, actor), step, input, actor));
    }

    public CaseStep<?> step(String name) {
        return catalog.step(name).orElseThrow(() -> new NotFoundException("没有“" + name + "”这一办案环节"));
    }

    /** The audit action code of a step, e.g. CASE_APPROVE_FILING. */
    static String auditAction(String stepName) {
        return "CASE_" + stepName.toUpperCase().replace('-', '_');
    }

    private record Outcome(StepResult result, String auditDetail) {
    }

    private StepResult audited(CaseStep<?> step, Long caseId, Actor actor, java.util.function.Supplier<Outcome> work) {
        String action = auditAction(step.name());
        Outcome outcome;
        try {
            outcome = gate.run(work);
        } catch (RuleViolationException | AccessRefusedException e) {
            audit.refused(action, "PENALTY_CASE", caseId, e.getMessage());
            throw e;
        }
        audit.success(action, "PENALTY_CASE", outcome.result().caseId(), outcome.auditDetail());
        return outcome.result();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static PenaltyCase draft(CaseStep step, Record input, Actor actor) {
        return step.draft(input, actor);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Outcome run(PenaltyCase kase, CaseStep step, Record record, Actor actor) {
        Transition t = step.transition();
        StepInput input = (StepInput) record;
        if (kase.id() != null) {
            if (!(actor instanceof PartyActor)) {
                scope.requireVisible(actor, kase.unitId());
            }
            if (input.version() == null) {
                throw new InvalidInputException("缺少版本号 version", Map.of("version", "请提供读取案件时的版本号"));
            }
            if (input.version() != kase.version()) {
                throw new OptimisticLockingFailureException("案件已被他人修改");
            }
            if (!t.procedures().contains(kase.procedure())) {
                throw new NotFoundException(kase.procedure().label() + "没有“" + t.label() + "”这一环节");
            }
            if (!kase.procedure().runs(kase.procedureVersion())) {
                throw new org.zhifa.common.ConflictException("案件按程序定义 " + kase.procedureVersion()
                        + " 办理，现行定义 " + kase.procedure().version() + " 不能继续办理，请联系系统管理员");
            }
        }
        requireActor(kase, t, actor);
        if (kase.state() == CaseState.ARCHIVED) {
            throw Rejection.of(Articles.CLOSURE_AND_ARCHIVE, "案件已归档，案卷只读，不得再作任何变更").exception();
        }
        if (kase.id() != null && !t.startsFrom(kase.state())) {
            throw new org.zhifa.common.ConflictException("当前环节为“" + kase.state().label() + "”，不能执行“"
                    + t.label() + "”");
        }
        Instant entered = clock.instant();
        boolean late = dates(kase, input, entered);
        CaseState returnTarget = record instanceof Returning r ? r.toState() : null;
        PolicyDecision verdict = CaseGuards.check(t, new GuardContext(kase, t, input, actor, input.actedOn(), settings,
                facts));
        verdict.orThrow();
        CaseState from = kase.state();
        StepCheck check = new StepCheck(t, verdict, input.actedOn(), returnTarget);
        java.util.function.Consumer<PenaltyCase> persist = this::insert;
        StepRun run = new StepRun(kase, input, actor, check, documents, clocks, persist);
        step.perform(run);
        if (!kase.applied(check)) {
            throw new IllegalStateException(t.name() + " did not apply its check to the case");
        }
        if (kase.id() == null) {
            insert(kase);
        }
        moveClocks(kase, t, input.actedOn());
        cases.update(kase);
        cases.setNextDue(kase.id());
        history.record(kase, t, input, actor.displayName(), actor.userId() > 0 ? actor.userId() : null, from, entered,
                late, run.notes());
        kase.drainEvents().forEach(events::publishEvent);
        return new Outcome(new StepResult(kase.id(), kase.state().name(), kase.state().label(), kase.version(),
                NextActions.of(kase, actor, facts, catalog)), t.label() + "："
                + (from == null ? "" : from.label() + " → ") + kase.state().label());
    }

    private void insert(PenaltyCase kase) {
        cases.insert(kase);
    }

    /**
     * The day of the act: not in the future, not before the previous step (both 400); entered more than
     * {@code late-entry-days} after it, the entry is 补录 and needs the reason (400 without it).
     */
    private boolean dates(PenaltyCase kase, StepInput input, Instant entered) {
        LocalDate today = LocalDate.ofInstant(entered, clock.getZone());
        LocalDate on = input.actedOn();
        if (on.isAfter(today)) {
            throw new InvalidInputException("办理日期不能晚于今天", Map.of("actedOn", "办理日期不能晚于今天（" + today + "）"));
        }
        if (kase.lastStepOn() != null && on.isBefore(kase.lastStepOn())) {
            throw new InvalidInputException("办理日期不得早于上一环节的日期（" + kase.lastStepOn() + "）",
                    Map.of("actedOn", "不得早于上一环节的日期（" + kase.lastStepOn() + "）"));
        }
        boolean late = on.plusDays(settings.lateEntryDays()).isBefore(today);
        if (late && (input.lateReason() == null || input.lateReason().isBlank())) {
            throw new InvalidInputException("本环节办理于" + on + "，超过" + settings.lateEntryDays() + "日后录入，属于补录，请说明补录原因",
                    Map.of("lateReason", "请说明补录原因"));
        }
        return late;
    }

    private void requireActor(PenaltyCase kase, Transition t, Actor actor) {
        if (t.roles().isEmpty()) {
            if (!(actor instanceof PartyActor)) {
                throw new AccessRefusedException(Rejection.of("角色权限", "“" + t.label() + "”由当事人在线提交"));
            }
            return;
        }
        if (t.roles().stream().map(Role::name).noneMatch(actor::hasRole)) {
            throw new AccessRefusedException(Rejection.of("角色权限", "您的角色不能执行“" + t.label() + "”"));
        }
        if (t.handlerOnly() && kase.id() != null && !NextActions.isHandler(kase, actor, facts)) {
            Long officerId = facts.officerIdOfUser(actor.userId());
            boolean recused = kase.officers().stream().anyMatch(o -> o.recused() && (officerId != null
                    && o.officerId() == officerId || o.userId() != null && o.userId() == actor.userId()));
            if (recused) {
                throw Rejection.of(Articles.RECUSAL, "您已在本案回避，不得再参与办理").exception();
            }
            throw new AccessRefusedException(Rejection.of(Articles.TWO_OFFICERS,
                    "只有本案承办执法人员可以执行“" + t.label() + "”"));
        }
    }

    /** Stops the clocks the step waited for, ends those of a stage that is over, starts the step's own. */
    private void moveClocks(PenaltyCase kase, Transition t, LocalDate on) {
        long id = kase.id();
        t.stops().forEach(k -> clocks.stop(id, k, on, null));
        t.ends().forEach(k -> clocks.stop(id, k, on, ClockState.STOPPED));
        for (ClockKind k : t.starts()) {
            LocalDate start = ClockPlan.startOf(k, kase, on);
            if (start == null) {
                continue;
            }
            if (k == ClockKind.CASE_LIMIT && kase.timeLimitDue() != null) {
                clocks.start(id, k, start, kase.timeLimitDue(), clocks.due(k, start).provisional());
            } else if (k == ClockKind.REMINDER && kase.execution().reminderDue() != null) {
                clocks.start(id, k, start, kase.execution().reminderDue(), clocks.due(k, start).provisional());
            } else {
                clocks.start(id, k, start);
            }
        }
    }
}
