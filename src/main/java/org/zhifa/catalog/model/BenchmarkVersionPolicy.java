package org.zhifa.catalog.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;

/**
 * What a benchmark version must satisfy before it is saved or published: tiers inside the statutory range, 减轻
 * only on factors whose basis allows it, conditions over declared facts, a published version never edited, and a
 * filing for review before publication (方案 18).
 */
public final class BenchmarkVersionPolicy {

    public static final String ARTICLE_34 = "《行政处罚法》第三十四条";
    public static final String PLAN_18 = "《海西州交通运输行政执法质量提升三年行动方案》第18项";

    private BenchmarkVersionPolicy() {
    }

    /** Content rules for a draft. */
    public static PolicyDecision content(Violation violation, BenchmarkVersion draft) {
        List<Rejection> rejections = new ArrayList<>();
        if (draft.tiers().isEmpty()) {
            rejections.add(Rejection.of(ARTICLE_34, "裁量基准至少应有一个阶次"));
        }
        if (draft.approvedBy() == null || draft.approvedBy().isBlank()) {
            rejections.add(Rejection.of(PLAN_18, "请填写批准人或批准机关"));
        }
        Set<String> factKeys = new HashSet<>();
        draft.facts().forEach(f -> factKeys.add(f.key()));
        factKeys.add(RecommendationEngine.DIMENSION_BAND);
        for (DiscretionTier t : draft.tiers()) {
            try {
                for (TierCondition.Clause c : t.condition().clauses()) {
                    if (!factKeys.contains(c.key())) {
                        rejections.add(Rejection.of(ARTICLE_34, "阶次“" + t.name() + "”的条件使用了未定义的事实“" + c.key() + "”"));
                    }
                }
            } catch (IllegalArgumentException e) {
                rejections.add(Rejection.of(ARTICLE_34, "阶次“" + t.name() + "”：" + e.getMessage()));
            }
            if (t.sanction() == TierSanction.FINE) {
                if (t.minFen() == null || t.maxFen() == null || t.minFen() < 0 || t.minFen() > t.maxFen()) {
                    rejections.add(Rejection.of(ARTICLE_34, "阶次“" + t.name() + "”的罚款幅度不正确（下限不得大于上限）"));
                } else if (violation.rangeKind() == RangeKind.FIXED && violation.fineMaxFen() != null
                        && (t.minFen() < nz(violation.fineMinFen()) || t.maxFen() > violation.fineMaxFen())) {
                    rejections.add(Rejection.of(violation.penaltyRef(), "阶次“" + t.name() + "”的幅度超出法定幅度（"
                            + violation.rangeText() + "）"));
                }
            }
            if (t.sanction() == TierSanction.FINE_MULTIPLE && (t.multipleFact() == null
                    || !factKeys.contains(t.multipleFact()) || t.minMultiple() == null || t.maxMultiple() == null
                    || t.minMultiple().compareTo(t.maxMultiple()) > 0)) {
                rejections.add(Rejection.of(ARTICLE_34, "阶次“" + t.name() + "”的倍数设置不完整"));
            }
            if ((t.sanction() == TierSanction.FINE || t.sanction() == TierSanction.FINE_MULTIPLE)
                    && violation.rangeKind() == RangeKind.NONE) {
                rejections.add(Rejection.of(violation.penaltyRef(), "该违法行为的处罚依据没有罚款，阶次“" + t.name() + "”不能设罚款"));
            }
        }
        for (DiscretionFactor f : draft.factors()) {
            if (f.effect() == FactorEffect.BELOW_RANGE && !f.reductionAllowed()) {
                rejections.add(Rejection.of(RecommendationEngine.ARTICLE_32, "情节“" + f.name()
                        + "”的依据不允许减轻处罚，不能设为“减轻（低于法定最低限）”"));
            }
            if (f.effect() == FactorEffect.BELOW_RANGE && f.direction() != FactorDirection.MITIGATING) {
                rejections.add(Rejection.of(RecommendationEngine.ARTICLE_32, "从重情节不能设为减轻"));
            }
            if (f.shiftPercent() < 0 || f.shiftPercent() > 100) {
                rejections.add(Rejection.of(ARTICLE_34, "情节“" + f.name() + "”的调整比例应在0至100之间"));
            }
        }
        return new PolicyDecision(rejections);
    }

    /** A published version is law in force: it is never edited, a change is a new version. */
    public static PolicyDecision editable(BenchmarkVersion existing) {
        if (existing.published()) {
            return PolicyDecision.rejected(PLAN_18, "已公布施行的裁量基准版本不得修改，请新建版本");
        }
        return PolicyDecision.allowed();
    }

    /** Publication needs the filing for review and a start after the current version's start. */
    public static PolicyDecision publishable(BenchmarkVersion draft, BenchmarkVersion latestPublished) {
        List<Rejection> rejections = new ArrayList<>();
        if (draft.published()) {
            rejections.add(Rejection.of(PLAN_18, "该版本已公布"));
        }
        if (draft.filingRef() == null || draft.filingRef().isBlank() || draft.filingDate() == null) {
            rejections.add(Rejection.of(PLAN_18, "公布前须填写备案审查文号和备案日期"));
        }
        if (latestPublished != null && !draft.effectiveFrom().isAfter(latestPublished.effectiveFrom())) {
            rejections.add(Rejection.of(PLAN_18, "新版本的施行日期须晚于现行第" + latestPublished.versionNo() + "版的施行日期（"
                    + latestPublished.effectiveFrom() + "）"));
        }
        return new PolicyDecision(rejections);
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }
}
