package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.domain.CaseRepository;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.TransitionRequest;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.cases.rules.CaseGuards;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.GuardContext;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.DataScope;

/**
 * The procedure engine: every change of a case goes through {@link #perform}. It checks data scope, the version,
 * the roles of the transition, the handler, the pre-state, then every guard the transition declares, applies the
 * step, moves the clocks, records the step and the audit, and publishes the events. Nothing skips a guard: the web
 * pages and the API both call this.
 */
@Service
public class CaseWorkflow {

    private final CaseRepository cases;
    private final CaseClocks clocks;
    private final CaseFacts facts;
    private final CaseProperties settings;
    private final DataScope scope;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final List<StepEffect> effects;
    private final JdbcClient jdbc;
    private final StepGate gate;
    private final Clock clock;

    CaseWorkflow(CaseRepository cases, CaseClocks clocks, CaseFacts facts, CaseProperties settings, DataScope scope,
            AuditTrail audit, ApplicationEventPublisher events, List<StepEffect> effects, JdbcClient jdbc,
            StepGate gate, Clock clock) {
        this.cases = cases;
        this.clocks = clocks;
        this.facts = facts;
        this.settings = settings;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.effects = effects;
        this.jdbc = jdbc;
        this.gate = gate;
        this.clock = clock;
    }

    /**
     * Runs the step in its own transaction and audits it after the commit. At most {@code maxConcurrentSteps}
     * steps run at once: a step may need a second pooled connection (the audit trail writes in a new transaction,
     * also when a document is issued), so unbounded concurrency could starve the pool.
     */
    public StepResult perform(long caseId, String name, TransitionRequest request, Actor actor) {
        String action = "CASE_" + name.toUpperCase().replace('-', '_');
        StepOutcome outcome;
        try {
            outcome = gate.run(() -> step(caseId, name, request, actor));
        } catch (RuleViolationException | AccessRefusedException e) {
            audit.refused(action, "PENALTY_CASE", caseId, e.getMessage());
            throw e;
        }
        audit.success(action, "PENALTY_CASE", caseId, outcome.auditDetail());
        return outcome.result();
    }

    private record StepOutcome(StepResult result, String auditDetail) {
    }

    private StepOutcome step(long caseId, String name, TransitionRequest request, Actor actor) {
        PenaltyCase kase = cases.findForUpdate(caseId).orElseThrow(() -> new NotFoundException("案件不存在"));
        scope.requireVisible(actor, kase.unitId());
        if (request.version() == null) {
            throw new InvalidInputException("缺少版本号 version", Map.of("version", "请提供读取案件时的版本号"));
        }
        if (request.version() != kase.version()) {
            throw new OptimisticLockingFailureException("案件已被他人修改");
        }
        Transition t = kase.procedure().definition().find(name)
                .orElseThrow(() -> new NotFoundException("本程序没有“" + name + "”这一步骤"));
        requireActor(kase, t, actor);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.date() == null ? today : request.date();
        if (on.isAfter(today)) {
            throw new InvalidInputException("办理日期不能晚于今天", Map.of("date", "办理日期不能晚于今天"));
        }
        CaseState from = kase.state();
        CaseState returnTarget = t.returns() ? parseState(request.toState()) : null;
        kase.enter(t, returnTarget, on); // pre-state, archive and date order first: the clearest refusal
        GuardContext ctx = new GuardContext(kase, t, request, actor, on, settings, facts);
        PolicyDecision guards = CaseGuards.check(t, ctx);
        guards.orThrow();
        StepContext s = new StepContext(kase, t, request, actor, on, from);
        for (StepEffect e : effects) {
            if (e.apply(s)) {
                break;
            }
        }
        for (ClockKind k : t.stops()) {
            clocks.stop(caseId, k, on, null);
        }
        for (ClockKind k : t.starts()) {
            LocalDate start = ClockPlan.startOf(k, kase, on);
            if (start != null) {
                if (k == ClockKind.CASE_LIMIT && kase.timeLimitDue() != null) {
                    clocks.start(caseId, k, start, kase.timeLimitDue(), clocks.due(k, start).provisional());
                } else {
                    clocks.start(caseId, k, start);
                }
            }
        }
        cases.update(kase);
        cases.setNextDue(caseId);
        recordStep(s);
        s.events.forEach(events::publishEvent);
        return new StepOutcome(new StepResult(caseId, kase.state().name(), kase.state().label(), kase.version(),
                NextActions.of(kase, actor, facts)), t.label() + "：" + from.label() + " → " + kase.state().label());
    }

    private void requireActor(PenaltyCase kase, Transition t, Actor actor) {
        if (t.roles().stream().noneMatch(actor::hasRole)) {
            throw new AccessRefusedException(Rejection.of("《交通运输行政执法程序规定》", "您的角色不能执行“" + t.label() + "”"));
        }
        if (t.handlerOnly() && !NextActions.isHandler(kase, actor, facts)) {
            Long officerId = facts.officerIdOfUser(actor.userId());
            boolean recused = kase.officers().stream().anyMatch(o -> o.recused() && (officerId != null
                    && o.officerId() == officerId || o.userId() != null && o.userId() == actor.userId()));
            if (recused) {
                throw Rejection.of("《行政处罚法》第四十三条", "您已在本案回避，不得再参与办理").exception();
            }
            throw new AccessRefusedException(Rejection.of("《行政处罚法》第四十二条", "只有本案承办执法人员可以执行“" + t.label() + "”"));
        }
    }

    private static CaseState parseState(String s) {
        try {
            return CaseState.valueOf(s == null ? "" : s.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("请选择退回到的环节", Map.of("toState", "请选择退回到的环节"));
        }
    }

    private void recordStep(StepContext s) {
        jdbc.sql("""
                insert into case_step (case_id, transition, label, from_state, to_state, acted_on, actor_user_id,
                    actor_name, reason, payload)
                values (:c, :t, :l, :f, :to, :on, :u, :n, :r, cast(:p as jsonb))
                """).param("c", s.kase.id()).param("t", s.transition.name()).param("l", s.transition.label())
                .param("f", s.from.name()).param("to", s.kase.state().name()).param("on", s.on)
                .param("u", s.actor.userId()).param("n", s.actor.displayName())
                .param("r", s.request.reason() == null ? null : s.request.reason().trim())
                .param("p", JsonText.of(s.payload)).update();
    }
}
