package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.PenaltyDecisionMade;
import org.zhifa.cases.domain.CaseSteps;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.Proposal;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.GuardContext;
import org.zhifa.cases.rules.LegalReviewRequirement;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.identity.OrgUnits;

/** 决定 (Art. 57, 59), 送达 (Art. 61) and the filing of major decisions (方案 21). */
@Component
class DecisionEffects implements StepEffect {

    static final String PERFORMANCE = "自收到本决定书之日起十五日内，到指定银行或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，"
            + "每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。";

    private final CaseDocuments documents;
    private final CaseClocks clocks;
    private final CaseProperties settings;
    private final OrgUnits units;

    DecisionEffects(CaseDocuments documents, CaseClocks clocks, CaseProperties settings, OrgUnits units) {
        this.documents = documents;
        this.clocks = clocks;
        this.settings = settings;
        this.units = units;
    }

    @Override
    public boolean apply(StepContext s) {
        switch (s.transition.name()) {
            case "decide" -> decide(s);
            case "serve-decision" -> serve(s);
            case "file-major-decision" -> fileMajor(s);
            case "acknowledge-filing" -> CaseSteps.majorAcknowledged(s.kase, s.actor.unitName() + " " + s.actor.displayName(), s.on);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void decide(StepContext s) {
        PenaltyCase c = s.kase;
        Proposal p = c.proposal();
        DecisionOutcome outcome = s.request.outcome() == null ? p.outcome() : ProposalFactory.outcome(s.request.outcome());
        Set<PenaltyKind> kinds = s.request.penaltyKinds() == null ? p.kinds() : ProposalFactory.kinds(s.request.penaltyKinds(), outcome);
        long amount = kinds.contains(PenaltyKind.FINE) ? (s.request.amountYuan() == null ? p.amountFen()
                : GuardContext.fen(s.request.amountYuan())) : 0;
        Proposal decided = new Proposal(outcome, kinds, amount, p.recommendedMinFen(), p.recommendedMaxFen(),
                p.recommendedFen(), p.tier(), p.trail(), p.benchmarkVersion(), p.amountReason(), p.complexCase(), p.basis());
        boolean major = outcome == DecisionOutcome.PENALTY && LegalReviewRequirement.major(c.party().kind(), decided, settings);
        IssuedDocument doc;
        Map<String, Object> f = new LinkedHashMap<>();
        if (outcome == DecisionOutcome.PENALTY) {
            f.put("penalty", decided.penaltyText() + "（依据：" + CaseDocuments.basis(c) + "）");
            if (amount > 0) {
                f.put("fineAmountFen", amount);
            }
            f.put("performance", PERFORMANCE);
            f.put("statementReview", statementReview(c));
            doc = documents.issue(c, DocumentType.PENALTY_DECISION, s.on, f);
        } else {
            f.put("reason", outcome.label());
            f.put("basis", outcome == DecisionOutcome.NO_PENALTY_MINOR ? "《中华人民共和国行政处罚法》第三十三条"
                    : "《中华人民共和国行政处罚法》第五十七条第一款第（三）项");
            if (outcome == DecisionOutcome.NO_PENALTY_MINOR) {
                f.put("education", "已对当事人进行法治教育，当事人签署了承诺书。");
                documents.issue(c, DocumentType.EDUCATION_RECORD, s.on, Map.of("startTime", s.on.atTime(10, 0),
                        "endTime", s.on.atTime(10, 30), "recorder", c.actingOfficers().get(0).name(),
                        "content", "向当事人讲解相关法律规定，告知违法行为的危害及改正要求。"));
                documents.issue(c, DocumentType.COMMITMENT_LETTER, s.on, Map.of("commitment",
                        "本人（单位）已认识到违法行为，承诺立即改正并不再发生同类违法行为。"));
            }
            doc = documents.issue(c, DocumentType.NO_PENALTY_DECISION, s.on, f);
        }
        CaseSteps.decide(c, outcome, kinds, amount, s.on, doc.number(), s.actor.userId(), s.actor.displayName(),
                s.request.flag(s.request.citesHearingRecord()), s.request.flag(s.request.educationRecorded()),
                s.request.flag(s.request.commitmentSigned()), major, s.request.text(s.request.reason()));
        s.record("decisionNumber", doc.number());
        s.record("major", major);
        s.events.add(event(c, doc.number()));
    }

    private static String statementReview(PenaltyCase c) {
        var n = c.notice();
        if (n.hearingHeldOn() != null) {
            return "当事人要求听证，本机关于" + n.hearingHeldOn() + "举行听证，本决定依据听证笔录作出。";
        }
        if (n.waived()) {
            return "当事人明确表示放弃陈述、申辩和听证的权利。";
        }
        if (n.statementReceivedOn() != null) {
            return "当事人提出陈述、申辩：" + n.statement() + "。经复核：" + (n.statementReview() == null ? "理由不成立，不予采纳。" : n.statementReview());
        }
        return "当事人在规定期限内未提出陈述、申辩。";
    }

    private PenaltyDecisionMade event(PenaltyCase c, String number) {
        var d = c.decision();
        String category = c.violations().stream().map(ViolationRef::name).collect(Collectors.joining("；"));
        return new PenaltyDecisionMade(c.id(), number, c.unitId(), units.require(c.unitId()).name(), d.decidedOn(),
                c.party().kind(), c.party().name(), c.party().idNumber(), c.party().address(), c.plateNumber(),
                category, d.outcome(), d.penaltyText(), c.act().facts(), d.outcome() == DecisionOutcome.PENALTY);
    }

    private void serve(StepContext s) {
        String method = s.request.serviceMethod().trim();
        // 公告送达: deemed served 30 days after publication (民事诉讼法 第九十五条).
        LocalDate served = "PUBLIC_NOTICE".equals(method) ? s.on.plusDays(30) : s.on;
        LocalDate due = s.kase.decision().fine() ? clocks.due(ClockKind.PAYMENT, served).date() : null;
        CaseSteps.serveDecision(s.kase, served, method, s.request.text(s.request.content()), due);
        String number = s.kase.decision().number();
        documents.issue(s.kase, DocumentType.PROOF_OF_SERVICE, s.on, Map.of("addressee", s.kase.party().name(),
                "serviceAddress", s.kase.party().address() == null ? s.kase.act().place() : s.kase.party().address(),
                "serviceMethod", ServiceMethods.label(method),
                "servedDocuments", List.of(Map.of("name", s.kase.decision().outcome() == DecisionOutcome.PENALTY
                        ? "行政处罚决定书" : "不予行政处罚决定书", "number", number == null ? "" : number, "pages", "1")),
                "servedAt", served.atTime(10, 0), "remark", receipt(method, s.request.text(s.request.content()))));
        s.record("servedOn", served);
        s.record("paymentDue", due);
    }

    /** What the proof of service records about the recipient's signature (the file must show who signed or refused). */
    static String receipt(String method, String note) {
        String text = switch (method) {
            case "DIRECT" -> "受送达人当场签收";
            case "LEFT_AT_ADDRESS" -> "受送达人拒绝签收，留置送达";
            case "MAIL" -> "邮寄送达，以邮件回执为准";
            case "ELECTRONIC" -> "电子送达，以送达地址确认书载明的方式到达为准";
            case "PUBLIC_NOTICE" -> "公告送达，自公告之日起经过三十日视为送达";
            default -> method;
        };
        return note == null || note.isBlank() ? text : text + "：" + note.trim();
    }

    private void fileMajor(StepContext s) {
        PenaltyCase c = s.kase;
        LocalDate due = clocks.due(ClockKind.MAJOR_FILING, c.decision().decidedOn()).date();
        boolean late = s.on.isAfter(due);
        CaseSteps.majorFiled(c, s.on, late);
        var unit = units.require(c.unitId());
        String recipient = (unit.parentId() == null ? unit.name() : units.require(unit.parentId()).name()) + "、同级司法行政部门";
        documents.issue(c, DocumentType.MAJOR_DECISION_FILING_REPORT, s.on, Map.of("recipient", recipient,
                "decisionNumber", c.decision().number(), "decisionSummary", c.decision().penaltyText()));
        documents.issue(c, DocumentType.MAJOR_DECISION_FILING_FORM, s.on, Map.of("decisionNumber",
                c.decision().number(), "decisionDate", c.decision().decidedOn(), "penalty", c.decision().penaltyText(),
                "legalReview", c.review().legalReviewPassed() ? "经法制审核（" + c.review().reviewerName() + "），同意" : "未经法制审核",
                "collectiveDiscussion", c.review().discussionHeld() ? "经集体讨论：" + c.review().discussionConclusion() : "未集体讨论",
                "hearing", c.notice().hearingHeldOn() == null ? "未举行听证" : "已于" + c.notice().hearingHeldOn() + "举行听证"));
        s.record("late", late);
        s.record("due", due);
    }
}
