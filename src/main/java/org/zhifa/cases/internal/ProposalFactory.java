package org.zhifa.cases.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.CaseSteps;
import org.zhifa.cases.domain.Proposal;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.DiscretionReasonRule;
import org.zhifa.cases.rules.GuardContext;
import org.zhifa.cases.rules.LegalReviewRequirement;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.Recommendation;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Rejection;
import org.zhifa.documents.DocumentType;

/**
 * 调查终结: builds the proposal from the handler's input and the catalogue's recommendation (tier, range, trail,
 * benchmark version), decides whether legal review and collective discussion are required, and issues the
 * 调查终结报告.
 */
@Component
class ProposalFactory {

    private final CatalogPort catalog;
    private final CaseDocuments documents;
    private final CaseProperties settings;
    private final ExemptionReview exemptions;

    ProposalFactory(CatalogPort catalog, CaseDocuments documents, CaseProperties settings,
            ExemptionReview exemptions) {
        this.exemptions = exemptions;
        this.catalog = catalog;
        this.documents = documents;
        this.settings = settings;
    }

    void conclude(StepContext s) {
        var r = s.request;
        DecisionOutcome outcome = outcome(r.outcome());
        Set<PenaltyKind> kinds = kinds(r.penaltyKinds(), outcome);
        long amount = kinds.contains(PenaltyKind.FINE) ? GuardContext.fen(r.amountYuan()) : 0;
        if (kinds.contains(PenaltyKind.FINE) && amount <= 0) {
            throw new InvalidInputException("请填写罚款金额", Map.of("amountYuan", "请填写罚款金额"));
        }
        Recommendation rec = recommendation(s);
        Proposal p = new Proposal(outcome, kinds, amount, rec == null ? null : rec.rangeMinFen(),
                rec == null ? null : rec.rangeMaxFen(), rec == null ? null : rec.suggestedFen(),
                rec == null ? null : rec.tier(), rec == null ? List.of() : rec.trail(),
                rec == null || rec.benchmarkVersion() == null ? null
                        : rec.benchmarkVersion().title() + " 第" + rec.benchmarkVersion().versionNo() + "版",
                r.text(r.reason()), r.flag(r.complexCase()), CaseDocuments.basis(s.kase));
        DiscretionReasonRule.check(p).orThrow();
        List<String> reasons = LegalReviewRequirement.reasons(s.kase.party().kind(), p, false, settings);
        CaseSteps.conclude(s.kase, p, reasons, false);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("proposal", p.penaltyText());
        if (rec != null) {
            f.put("discretion", "裁量阶次：" + rec.tier() + "；建议幅度：" + rec.rangeText()
                    + (p.outsideRange() ? "；超出幅度理由：" + p.amountReason() : ""));
        }
        if (outcome == DecisionOutcome.NO_PENALTY_MINOR) {
            exemptions.summary(s.kase).ifPresent(text -> {
                f.merge("discretion", text, (a, b) -> a + "；" + b);
                s.record("exemption", text);
            });
        }
        documents.issue(s.kase, DocumentType.INVESTIGATION_REPORT, s.on, f);
        s.record("proposal", p.penaltyText());
        s.record("legalReviewReasons", reasons);
        s.record("amountFen", amount);
        if (rec != null && rec.suggestedFen() != null) {
            s.record("suggested", Money.yuan(rec.suggestedFen()));
        }
    }

    private Recommendation recommendation(StepContext s) {
        // no benchmark or facts missing: the statutory range applies, shown without a tier
        return catalog.tryRecommend(s.kase.violations().get(0).code(), s.kase.act().actDate(), s.on,
                s.kase.party().kind(), s.kase.discretionFacts()).orElse(null);
    }

    static DecisionOutcome outcome(String text) {
        if (text == null || text.isBlank()) {
            return DecisionOutcome.PENALTY;
        }
        try {
            DecisionOutcome o = DecisionOutcome.valueOf(text.trim());
            if (o == DecisionOutcome.TRANSFER_TO_JUDICIAL) {
                throw Rejection.of("《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第三条",
                        "涉嫌犯罪的案件应通过“提请移送”办理，不得以行政处罚代替移送").exception();
            }
            return o;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("处理结果不正确", Map.of("outcome", "处理结果不正确"));
        }
    }

    static Set<PenaltyKind> kinds(Set<String> names, DecisionOutcome outcome) {
        if (outcome != DecisionOutcome.PENALTY) {
            return Set.of();
        }
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("请选择处罚种类", Map.of("penaltyKinds", "请选择处罚种类"));
        }
        Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        for (String n : names) {
            try {
                kinds.add(PenaltyKind.valueOf(n.trim()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("处罚种类不正确：" + n, Map.of("penaltyKinds", "处罚种类不正确"));
            }
        }
        return kinds;
    }
}
