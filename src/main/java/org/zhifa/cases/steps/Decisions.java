package org.zhifa.cases.steps;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.PenaltyDecisionMade;
import org.zhifa.cases.domain.Choices.Attendance;
import org.zhifa.cases.domain.DecisionRecord;
import org.zhifa.cases.domain.NoticeRecord;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.PenaltyText;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.rules.Articles;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.LegalReviewRequirement;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.OrgUnits;

/** The decision: recorded on the case, printed as 行政处罚决定书 or 不予行政处罚决定书, published as an event. */
@Component
class Decisions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CaseProperties settings;
    private final CaseFacts facts;
    private final OrgUnits units;

    Decisions(CaseProperties settings, CaseFacts facts, OrgUnits units) {
        this.settings = settings;
        this.facts = facts;
        this.units = units;
    }

    void decide(StepRun<Decide.Input> run) {
        var in = run.input();
        Proposals.consistent(in);
        PenaltyCase k = run.kase();
        Set<PenaltyKind> kinds = in.penaltyKinds() == null ? Set.of() : in.penaltyKinds();
        long amount = PenaltyText.fen(in.amountYuan());
        var remedies = facts.remedies(k.unitId()).orElseThrow();
        boolean penalty = in.outcome() == DecisionOutcome.PENALTY;
        DocumentType type = penalty ? DocumentType.PENALTY_DECISION : DocumentType.NO_PENALTY_DECISION;
        String number = run.nextNumber(type);
        var p = k.proposal();
        var asDecided = new org.zhifa.cases.domain.Proposal(p.concludedOn(), p.facts(), p.evidence(), in.outcome(),
                kinds, amount, in.confiscation(), in.correction(), p.discretionReason(), p.recommendedMinFen(),
                p.recommendedMaxFen(), p.recommendedFen(), p.tier(), p.trail(), p.benchmarkVersion(), p.amountReason(),
                p.complexCase());
        boolean major = penalty && LegalReviewRequirement.major(k.party().kind(), asDecided, settings);
        var made = new DecisionRecord.Made(in.outcome(), kinds, amount, in.confiscation(), in.correction(), run.on(),
                number, run.actor().userId(), run.actor().displayName(), Boolean.TRUE.equals(in.citesHearingRecord()),
                major, blank(in.reason()), remedies.reconsiderationBody(), remedies.court());
        k.decide(run.check(), made, stored -> event(stored, made));
        var d = k.decision();
        if (penalty) {
            run.issue(type, Present.fields("statementReview", statementReview(k.notice()), "penalty", d.penaltyText(),
                    "fineAmountFen", d.fine() ? d.amountFen() : null,
                    "performance", d.performanceText()), number);
        } else {
            run.issue(type, Present.fields("statementReview", statementReview(k.notice()),
                    "reason", d.outcome().label(), "basis", (in.outcome() == DecisionOutcome.NO_PENALTY_MINOR
                            ? Articles.NO_PENALTY_MINOR : Articles.NOT_ESTABLISHED).text(),
                    "education", d.educationOn() == null ? null : "本机关已于" + DAY.format(d.educationOn())
                            + "对当事人进行教育" + (d.commitmentOn() == null ? "。" : "，当事人于"
                            + DAY.format(d.commitmentOn()) + "签署承诺书。")), number);
        }
        run.note("major", major ? true : null);
    }

    /** The statements and their reviews, the waivers and the hearing, as the record shows them (第四十五条、第六十五条). */
    static String statementReview(NoticeRecord n) {
        List<String> parts = new ArrayList<>();
        for (NoticeRecord.Statement s : n.statements()) {
            String review = s.review() == null ? "" : "经复核，" + s.review().conclusion().label() + "，理由："
                    + s.review().reasons() + "。";
            parts.add(s.statedBy() + "于" + DAY.format(s.receivedOn()) + (s.online() ? "在线" : s.form().label())
                    + "提出陈述、申辩：" + s.text() + "。" + review);
        }
        if (n.statementWaiver() != null) {
            parts.add("当事人于" + DAY.format(n.statementWaiver().on()) + "明确表示放弃陈述、申辩（"
                    + n.statementWaiver().form().label() + "：" + n.statementWaiver().declaration() + "）。");
        } else if (n.statements().isEmpty() && n.statementDue() != null) {
            parts.add("当事人在陈述申辩期限（至" + DAY.format(n.statementDue()) + "）内未提出陈述、申辩。");
        }
        var h = n.hearing();
        if (h != null && h.heldOn() != null) {
            parts.add(h.attendance() == Attendance.ABSENT
                    ? "当事人经依法通知，无正当理由未出席" + DAY.format(h.heldOn()) + "的听证，视为放弃听证权利。"
                    : "本机关于" + DAY.format(h.heldOn()) + "依法举行听证（" + h.attendance().label() + "），本决定依据听证笔录作出。");
        } else if (n.hearingWaiver() != null) {
            parts.add("当事人于" + DAY.format(n.hearingWaiver().on()) + "声明放弃听证（" + n.hearingWaiver().declaration() + "）。");
        }
        return String.join("\n", parts);
    }

    private PenaltyDecisionMade event(PenaltyCase c, DecisionRecord.Made d) {
        String category = c.violations().stream().map(ViolationRef::name).collect(Collectors.joining("；"));
        String conclusion = PenaltyText.of(d.outcome(), d.kinds(), d.amountFen(), d.confiscation(), d.correction());
        String facts = c.proposal() != null ? c.proposal().facts() : c.act().facts();
        return new PenaltyDecisionMade(c.id(), d.number(), c.unitId(),
                units.require(c.unitId()).name(), d.on(), c.party().kind(), c.party().name(), c.party().idNumber(),
                c.party().address(), c.plateNumber(), category, d.outcome(), conclusion, facts,
                d.outcome() == DecisionOutcome.PENALTY);
    }

    /** The event of a decision, made from the stored case. */
    PenaltyDecisionMade onTheSpotEvent(PenaltyCase c, DecisionRecord.Made d) {
        return event(c, d);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
