package org.zhifa.cases.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.PenaltyText;
import org.zhifa.cases.domain.Proposal;
import org.zhifa.cases.internal.CatalogPort;
import org.zhifa.cases.internal.ExemptionReview;
import org.zhifa.cases.rules.Articles;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.cases.rules.LegalReviewRequirement;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.Recommendation;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Rejection;
import org.zhifa.documents.DocumentType;

/** Builds the proposal of 调查终结 from the handler's input and the catalogue's recommendation, and issues the report. */
@Component
class Proposals {

    private final CatalogPort catalog;
    private final CaseProperties settings;
    private final ExemptionReview exemptions;

    Proposals(CatalogPort catalog, CaseProperties settings, ExemptionReview exemptions) {
        this.catalog = catalog;
        this.settings = settings;
        this.exemptions = exemptions;
    }

    /** The outcome, kinds and amount agree with each other (400 naming the field otherwise). */
    static void consistent(InputFacts.Penalising p) {
        if (p.outcome() == DecisionOutcome.TRANSFER_TO_JUDICIAL) {
            throw Rejection.of(Articles.TRANSFER, "涉嫌犯罪的案件应通过“提请移送”办理，不得以行政处罚代替移送").exception();
        }
        Set<PenaltyKind> kinds = p.penaltyKinds() == null ? Set.of() : p.penaltyKinds();
        if (p.outcome() == DecisionOutcome.PENALTY && kinds.isEmpty()) {
            throw new InvalidInputException("请选择处罚种类", Map.of("penaltyKinds", "请选择处罚种类"));
        }
        if (p.outcome() != DecisionOutcome.PENALTY && (!kinds.isEmpty() || p.amountYuan() != null
                || p.confiscation() != null)) {
            throw new InvalidInputException("不予行政处罚的，不能填写处罚种类、罚款或没收违法所得",
                    Map.of("penaltyKinds", "不予行政处罚的不填处罚种类"));
        }
        long amount = PenaltyText.fen(p.amountYuan());
        if (kinds.contains(PenaltyKind.FINE) && amount <= 0) {
            throw new InvalidInputException("请填写罚款金额", Map.of("amountYuan", "请填写罚款金额"));
        }
        if (!kinds.contains(PenaltyKind.FINE) && p.amountYuan() != null) {
            throw new InvalidInputException("未选择罚款，不能填写罚款金额", Map.of("amountYuan", "未选择罚款"));
        }
    }

    void conclude(StepRun<ConcludeInvestigation.Input> run) {
        var in = run.input();
        consistent(in);
        PenaltyCase k = run.kase();
        Set<PenaltyKind> kinds = in.penaltyKinds() == null ? Set.of() : in.penaltyKinds();
        long amount = PenaltyText.fen(in.amountYuan());
        Map<String, Object> facts = in.discretionFacts() == null ? Map.of() : in.discretionFacts();
        Recommendation rec = in.outcome() == DecisionOutcome.PENALTY
                ? catalog.recommend(k.violations().get(0).code(), k.act().actDate(), run.on(), k.party().kind(), facts,
                        in.discretionFactors() == null ? Set.of() : in.discretionFactors())
                : null;
        boolean fine = kinds.contains(PenaltyKind.FINE);
        Proposal p = new Proposal(run.on(), in.facts().trim(), in.evidence().trim(), in.outcome(), kinds, amount,
                in.confiscation(), in.correction(), in.discretionReason().trim(),
                fine && rec != null ? rec.rangeMinFen() : null, fine && rec != null ? rec.rangeMaxFen() : null,
                rec == null ? null : rec.suggestedFen(), rec == null ? null : rec.tier(),
                rec == null ? List.of() : rec.trail(), rec == null || rec.benchmarkVersion() == null ? null
                        : rec.benchmarkVersion().title() + " 第" + rec.benchmarkVersion().versionNo() + "版",
                blank(in.amountReason()), in.complexCase());
        List<String> reasons = LegalReviewRequirement.reasons(k.party().kind(), p, false, settings);
        k.conclude(run.check(), p, facts, reasons);
        List<String> discretion = new ArrayList<>();
        discretion.add(p.discretionReason());
        if (rec != null) {
            discretion.add("裁量基准：" + (p.benchmarkVersion() == null ? "无已公布的裁量基准，按法定幅度" : p.benchmarkVersion())
                    + "；阶次：" + rec.tier() + "；建议幅度：" + rec.rangeText());
        }
        if (p.outsideRange()) {
            discretion.add("超出建议幅度的理由：" + p.amountReason());
        }
        if (in.outcome() == DecisionOutcome.NO_PENALTY_MINOR) {
            exemptions.summary(k).ifPresent(text -> {
                discretion.add(text);
                run.note("exemption", text);
            });
        }
        Map<String, Object> f = new LinkedHashMap<>(Present.fields("proposal", p.penaltyText(),
                "discretion", String.join("\n", discretion)));
        run.issue(DocumentType.INVESTIGATION_REPORT, f);
        run.note("legalReviewReasons", reasons.isEmpty() ? null : reasons);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
