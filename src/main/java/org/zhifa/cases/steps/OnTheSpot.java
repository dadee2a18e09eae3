package org.zhifa.cases.steps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.Choices.ServiceMethod;
import org.zhifa.cases.domain.Choices.Signature;
import org.zhifa.cases.domain.DecisionRecord;
import org.zhifa.cases.domain.ExecutionRecord.CashCollection;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.PenaltyText;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.cases.internal.CaseDocuments;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;

/** The on-the-spot decision: recorded, delivered, printed on the numbered 当场行政处罚决定书, published as an event. */
@Component
class OnTheSpot {

    private final CaseFacts facts;
    private final Decisions decisions;

    OnTheSpot(CaseFacts facts, Decisions decisions) {
        this.facts = facts;
        this.decisions = decisions;
    }

    void decide(StepRun<DecideOnTheSpot.Input> run) {
        var in = run.input();
        PenaltyCase k = run.kase();
        Map<String, String> e = new LinkedHashMap<>();
        if (in.act().actTime() == null) {
            e.put("act.actTime", "当场处罚决定书须载明违法时间");
        }
        if (in.signature() == Signature.REFUSED && blank(in.refusalNote())) {
            e.put("refusalNote", "当事人拒绝签收的，应当在决定书上注明");
        }
        if (in.correction() == null) {
            e.put("correction.order", "请填写责令改正的内容（已当场改正的，如实填写）");
        }
        if (in.collectionGround() != null && blank(in.receiptNumber())) {
            e.put("receiptNumber", "当场收缴罚款须出具专用票据，请填写票据编号");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", e.values()), e);
        }
        Proposals.consistent(in);
        Set<PenaltyKind> kinds = in.penaltyKinds();
        long amount = PenaltyText.fen(in.amountYuan());
        var remedies = facts.remedies(k.unitId()).orElseThrow();
        String number = run.nextNumber(DocumentType.ON_THE_SPOT_DECISION);
        var made = new DecisionRecord.Made(DecisionOutcome.PENALTY, kinds, amount, null, in.correction(), run.on(),
                number, run.actor().userId(), run.actor().displayName(), false, false, null,
                remedies.reconsiderationBody(), remedies.court());
        boolean signed = in.signature() == Signature.SIGNED;
        ServiceFacts delivered = new ServiceFacts(ServiceMethod.DIRECT, run.at(in.deliveredAt()), in.decisionPlace().trim(),
                k.party().name(), signed ? k.party().name() : null, signed ? null : in.refusalNote().trim(),
                blank(in.witness()) ? null : in.witness().trim(), null, null, null);
        CashCollection cash = in.collectionGround() == null ? null
                : new CashCollection(in.collectionGround(), in.receiptNumber().trim(), run.on(), null, null, null);
        var due = cash == null && amount > 0 ? run.clocks().due(ClockKind.PAYMENT, run.on()).date() : null;
        k.decideOnTheSpot(run.check(), made, delivered, due, cash, stored -> decisions.onTheSpotEvent(stored, made));
        run.persistNew();
        var present = k.actingOfficers().stream().filter(o -> in.officerIds().contains(o.officerId())).toList();
        run.issue(DocumentType.ON_THE_SPOT_DECISION, Present.fields("actTime", k.act().actDate().atTime(k.act().actTime()),
                "decisionPlace", in.decisionPlace().trim(), "penalty", k.decision().penaltyOnlyText(),
                "fineAmountFen", amount > 0 ? amount : null, "correction", k.decision().correctionText(),
                "performance", cash != null ? "当场收缴罚款，出具罚款收据（编号" + cash.receiptNumber() + "）。依据："
                        + cash.ground().label() + "。" : k.decision().paymentText(),
                "partyStatement", in.partyStatement().trim(), "statementReview", in.statementReview().trim(),
                "signature", signed ? "当事人已当场签收" : "当事人拒绝签收：" + in.refusalNote().trim()
                        + (blank(in.witness()) ? "" : "（见证人：" + in.witness().trim() + "）"),
                "officers", CaseDocuments.officers(present)), number);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
