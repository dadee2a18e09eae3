package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.PenaltyDecisionMade;
import org.zhifa.cases.domain.CaseRepository;
import org.zhifa.cases.domain.CaseSteps;
import org.zhifa.cases.domain.ExecutionRecord;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.GuardContext;
import org.zhifa.cases.rules.LimitationRule;
import org.zhifa.cases.rules.SimplifiedProcedureLimit;
import org.zhifa.cases.rules.TwoOfficerRule;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.Actor;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.identity.OrgUnits;

/**
 * 当场处罚 (simplified procedure, 《行政处罚法》第五十一条、第五十二条): two eligible officers, the limits of Art. 51, the
 * party's statement and signature (or refusal) noted, the numbered 当场行政处罚决定书 issued and served on the spot,
 * optional collection on the spot (Art. 68–69), and the 5-working-day filing clock.
 */
@Service
public class FieldPenalty {

    private final CaseRegistration registration;
    private final CaseRepository cases;
    private final CaseDocuments documents;
    private final CaseClocks clocks;
    private final CaseFacts facts;
    private final CaseProperties settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final StepGate gate;

    FieldPenalty(CaseRegistration registration, CaseRepository cases, CaseDocuments documents, CaseClocks clocks,
            CaseFacts facts, CaseProperties settings, AuditTrail audit, ApplicationEventPublisher events,
            OrgUnits units, JdbcClient jdbc, StepGate gate) {
        this.gate = gate;
        this.registration = registration;
        this.cases = cases;
        this.documents = documents;
        this.clocks = clocks;
        this.facts = facts;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.units = units;
        this.jdbc = jdbc;
    }

    public PenaltyCase decide(CaseDraft d, Actor actor) {
        String[] audited = new String[1];
        try {
            PenaltyCase c = gate.run(() -> decideInTransaction(d, actor, audited));
            audit.success("CASE_FIELD_DECISION", "PENALTY_CASE", c.id(), audited[0]);
            return c;
        } catch (org.zhifa.common.RuleViolationException e) {
            audit.refused("CASE_FIELD_DECISION", "PENALTY_CASE", null, e.getMessage());
            throw e;
        }
    }

    private PenaltyCase decideInTransaction(CaseDraft d, Actor actor, String[] audited) {
        PenaltyCase c = registration.build(d, actor, Procedure.SIMPLIFIED);
        Set<PenaltyKind> kinds = ProposalFactory.kinds(d.penaltyKinds(), DecisionOutcome.PENALTY);
        long amount = kinds.contains(PenaltyKind.FINE) ? GuardContext.fen(d.amountYuan()) : 0;
        boolean collect = Boolean.TRUE.equals(d.collectOnSpot());
        PolicyDecision rules = TwoOfficerRule.check(c.officers(), c.act().actDate(), facts)
                .and(LimitationRule.check(c.act(), settings))
                .and(SimplifiedProcedureLimit.check(c.party().kind(), kinds, amount, settings));
        if (collect) {
            rules = rules.and(SimplifiedProcedureLimit.collection(amount, Boolean.TRUE.equals(d.remoteArea()), settings));
        }
        if (kinds.contains(PenaltyKind.FINE) && facts.otherFineForSameAct(c)) {
            rules = rules.and(PolicyDecision.rejected("《行政处罚法》第二十九条", "同一违法行为已被罚款，不得再次罚款"));
        }
        rules.orThrow();
        boolean signed = Boolean.TRUE.equals(d.partySigned());
        if (!signed && (d.refusalNote() == null || d.refusalNote().isBlank())) {
            throw Rejection.of("《行政处罚法》第五十二条", "当事人拒绝签收的，应当在决定书上注明").exception();
        }
        LocalDate today = c.registeredOn();
        long id = cases.insert(c);
        String penalty = org.zhifa.cases.domain.PenaltyText.of(DecisionOutcome.PENALTY, kinds, amount);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("penalty", penalty);
        if (amount > 0) {
            f.put("fineAmountFen", amount);
        }
        f.put("performance", collect ? "当场收缴罚款，出具专用票据。" : DecisionEffects.PERFORMANCE);
        IssuedDocument doc = documents.issue(c, DocumentType.ON_THE_SPOT_DECISION, today, f);
        CaseSteps.number(c, doc.number());
        CaseSteps.decide(c, DecisionOutcome.PENALTY, kinds, amount, today, doc.number(), actor.userId(),
                actor.displayName(), false, false, false, false, null);
        String note = signed ? "当事人当场签收" : "当事人拒绝签收：" + d.refusalNote().trim();
        LocalDate due = amount > 0 && !collect ? clocks.due(ClockKind.PAYMENT, today).date() : null;
        CaseSteps.serveDecision(c, today, "DIRECT", note, due);
        if (collect && amount > 0) {
            CaseSteps.collectOnSpot(c, true);
            CaseSteps.pay(c, new ExecutionRecord.Payment(today, amount, "ON_SPOT", "当场收缴专用票据"));
        }
        cases.update(c);
        clocks.start(id, ClockKind.SIMPLIFIED_FILING, today);
        if (due != null) {
            clocks.start(id, ClockKind.PAYMENT, today);
        }
        cases.setNextDue(id);
        jdbc.sql("""
                insert into case_step (case_id, transition, label, from_state, to_state, acted_on, actor_user_id,
                    actor_name, payload) values (:c, 'field-decision', '当场作出行政处罚决定', null, :s, :on, :u, :n,
                    cast(:p as jsonb))
                """).param("c", id).param("s", c.state().name()).param("on", today).param("u", actor.userId())
                .param("n", actor.displayName()).param("p", JsonText.of(Map.of("decisionNumber", doc.number(),
                        "partyStatement", d.partyStatement() == null ? "" : d.partyStatement(), "service", note)))
                .update();
        audited[0] = "当场处罚 " + doc.number() + "：" + penalty;
        events.publishEvent(new PenaltyDecisionMade(id, doc.number(), c.unitId(), units.require(c.unitId()).name(),
                today, c.party().kind(), c.party().name(), c.party().idNumber(), c.party().address(), c.plateNumber(),
                CaseDocuments.cause(c), DecisionOutcome.PENALTY, penalty, c.act().facts(), true));
        return c;
    }
}
