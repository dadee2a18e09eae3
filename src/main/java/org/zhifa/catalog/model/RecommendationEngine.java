package org.zhifa.catalog.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zhifa.catalog.CatalogProperties;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.OverLimitDimensionPenalty;
import org.zhifa.catalog.OverLimitMassPenalty;
import org.zhifa.catalog.Recommendation;
import org.zhifa.catalog.RecommendationRequest;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Rejection;

/**
 * Computes a discretion recommendation from a violation and its benchmark versions. Pure: no database, no clock
 * except the decision date the caller gives, so that the rules are tested directly.
 */
public final class RecommendationEngine {

    public static final String ARTICLE_37 = "《行政处罚法》第三十七条";
    public static final String ARTICLE_32 = "《行政处罚法》第三十二条";
    static final String DIMENSION_BAND = "dimension_band";

    private final CatalogProperties properties;

    public RecommendationEngine(CatalogProperties properties) {
        this.properties = properties;
    }

    /** One version evaluated (or the statutory range when {@code version} is null). */
    record Evaluation(BenchmarkVersion version, String tier, String tierCondition, TierSanction sanction,
            Long minFen, Long maxFen, Long suggestedFen, String otherMeasures, boolean below, List<String> trail,
            Set<String> articles) {

        /** Lighter first: warning, then lower suggested amount, then lower maximum (处罚法 第三十七条 comparison). */
        static final Comparator<Evaluation> LIGHTER_FIRST = Comparator
                .comparingInt((Evaluation e) -> e.sanction == TierSanction.WARNING ? 0
                        : e.sanction == TierSanction.NON_MONETARY ? 2 : 1)
                .thenComparingLong(e -> e.suggestedFen == null ? 0 : e.suggestedFen)
                .thenComparingLong(e -> e.maxFen == null ? 0 : e.maxFen);

        String outcome() {
            if (sanction == TierSanction.WARNING) {
                return "警告";
            }
            if (suggestedFen != null) {
                return "罚款 " + Money.yuan(suggestedFen) + " 元";
            }
            return otherMeasures == null ? sanction.label() : otherMeasures;
        }
    }

    public Recommendation recommend(Violation violation, List<BenchmarkVersion> versions, RecommendationRequest request,
            LocalDate today) {
        if (request.actDate() == null) {
            throw new InvalidInputException("请填写违法行为发生日期", Map.of("actDate", "请填写违法行为发生日期"));
        }
        LocalDate decision = request.decisionDate() == null ? today : request.decisionDate();
        if (decision.isBefore(request.actDate())) {
            throw new InvalidInputException("决定日期不能早于违法行为发生日期", Map.of("decisionDate", "不能早于违法行为发生日期"));
        }
        if (request.partyType() == null) {
            throw new InvalidInputException("请选择当事人类型", Map.of("partyType", "请选择当事人类型"));
        }
        if (!violation.partyTypes().contains(request.partyType())) {
            throw Rejection.of(violation.penaltyRef(), "该违法行为的处罚对象不包括" + request.partyType().label())
                    .exception();
        }
        if (violation.status() != CatalogStatus.IN_FORCE) {
            throw Rejection.of("执法事项清单（方案 27）", "该违法行为事项" + violation.status().label() + "，不能据此给出裁量建议")
                    .exception();
        }
        Map<String, String> facts = typed(facts(violation, applicable(versions, request.actDate(), decision)),
                request.facts());
        Set<String> factors = new TreeSet<>(request.factors());

        List<String> trail = new ArrayList<>();
        trail.add("违法行为：" + violation.name() + "（" + violation.code() + "）");
        trail.add("违法条款：" + violation.violatedRef() + "（" + violation.violatedSource() + "，" + violation.violatedVersion() + "）");
        trail.add("处罚依据：" + violation.penaltyRef() + "（" + violation.penaltySource() + "，" + violation.penaltyVersion() + "）");
        trail.add("法定处罚：" + violation.rangeText());

        if (violation.rangeKind() == RangeKind.FORMULA_MASS) {
            return massRecommendation(violation, facts, factors, trail);
        }

        List<BenchmarkVersion> published = versions.stream().filter(BenchmarkVersion::published)
                .sorted(Comparator.comparing(BenchmarkVersion::effectiveFrom)).toList();
        Optional<BenchmarkVersion> atAct = published.stream().filter(v -> v.inForceOn(request.actDate())).findFirst();
        Optional<BenchmarkVersion> atDecision = published.stream().filter(v -> v.inForceOn(decision)).findFirst();

        Evaluation chosen;
        boolean both = false;
        if (atAct.isEmpty() && atDecision.isEmpty()) {
            trail.add("该违法行为在行为发生时和决定时均无已公布的裁量基准，按法定幅度给出建议。");
            chosen = evaluate(violation, null, facts, factors);
        } else if (atAct.isEmpty()) {
            trail.add("行为发生时（" + request.actDate() + "）尚无已公布的裁量基准，适用决定时（" + decision + "）的"
                    + atDecision.get().label() + "。");
            chosen = evaluate(violation, atDecision.get(), facts, factors);
        } else if (atDecision.isEmpty() || atAct.get().id() == atDecision.get().id()) {
            trail.add("行为发生时（" + request.actDate() + "）与决定时（" + decision + "）适用同一裁量基准："
                    + atAct.get().label() + "。");
            chosen = evaluate(violation, atAct.get(), facts, factors);
        } else {
            both = true;
            Evaluation old = evaluate(violation, atAct.get(), facts, factors);
            Evaluation current = evaluate(violation, atDecision.get(), facts, factors);
            boolean newer = Evaluation.LIGHTER_FIRST.compare(current, old) < 0;
            chosen = newer ? current : old;
            trail.add("裁量基准在行为发生后变更：行为发生时（" + request.actDate() + "）适用" + atAct.get().label()
                    + "，建议" + old.outcome() + "；作出决定时（" + decision + "）适用" + atDecision.get().label()
                    + "，建议" + current.outcome() + "。");
            trail.add(newer
                    ? "依" + ARTICLE_37 + "从旧兼从轻：新的基准处罚较轻，适用决定时的第" + current.version().versionNo() + "版。"
                    : "依" + ARTICLE_37 + "从旧兼从轻：适用违法行为发生时的第" + old.version().versionNo()
                            + "版（新的基准并不更轻）。");
        }
        trail.addAll(chosen.trail());

        Set<String> articles = new LinkedHashSet<>();
        articles.add(violation.violatedRef());
        articles.add(violation.penaltyRef());
        articles.addAll(chosen.articles());
        if (both) {
            articles.add(ARTICLE_37);
        }
        trail.add("建议：" + chosen.outcome()
                + (chosen.minFen() != null && chosen.maxFen() != null && chosen.sanction() != TierSanction.WARNING
                        ? "（建议幅度 " + Money.yuan(chosen.minFen()) + "元至" + Money.yuan(chosen.maxFen()) + "元）" : "")
                + (chosen.otherMeasures() != null && chosen.suggestedFen() != null ? "；并处/另行：" + chosen.otherMeasures() : "")
                + "。超出建议幅度须书面说明理由并经法制审核。");
        return new Recommendation(violation.code(), violation.name(), chosen.tier(), chosen.tierCondition(),
                chosen.sanction() == TierSanction.WARNING, chosen.minFen(), chosen.maxFen(), chosen.suggestedFen(),
                chosen.otherMeasures(), chosen.below(), List.copyOf(articles), trail,
                chosen.version() == null ? null : chosen.version().ref(), both);
    }

    /** The published versions in force on the act date or the decision date. */
    public static List<BenchmarkVersion> applicable(List<BenchmarkVersion> versions, LocalDate act, LocalDate decision) {
        return versions.stream().filter(BenchmarkVersion::published)
                .filter(v -> v.inForceOn(act) || v.inForceOn(decision)).toList();
    }

    /** The facts a case answers: the measured inputs of the over-limit formulas and the facts of the versions. */
    public static List<FactDefinition> facts(Violation v, List<BenchmarkVersion> versions) {
        Map<String, FactDefinition> facts = new LinkedHashMap<>();
        if (v.rangeKind() == RangeKind.FORMULA_MASS) {
            facts.put("excess_kg", new FactDefinition("excess_kg", "超过限定标准的质量", FactType.NUMBER, "千克", null));
        }
        if (v.rangeKind() == RangeKind.FORMULA_DIMENSION) {
            facts.put("height_m", new FactDefinition("height_m", "车货总高度（从地面算起）", FactType.NUMBER, "米", null));
            facts.put("width_m", new FactDefinition("width_m", "车货总宽度", FactType.NUMBER, "米", null));
            facts.put("length_m", new FactDefinition("length_m", "车货总长度", FactType.NUMBER, "米", null));
        }
        versions.stream().sorted(Comparator.comparing(BenchmarkVersion::versionNo).reversed())
                .forEach(b -> b.facts().forEach(f -> facts.putIfAbsent(f.key(), f)));
        return List.copyOf(facts.values());
    }

    /**
     * The answers normalised and checked against the benchmark's own facts: an unknown key, a number that is not a
     * number (e.g. {@code abc} for an area), a yes/no that is neither, a choice not offered — each a 400 naming the
     * fact in Chinese. Blank answers count as not given.
     */
    static Map<String, String> typed(List<FactDefinition> definitions, Map<String, Object> given) {
        Map<String, FactDefinition> byKey = new LinkedHashMap<>();
        definitions.forEach(d -> byKey.put(d.key(), d));
        Map<String, String> facts = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            String n = TierCondition.normalise(v);
            if (n == null || n.isEmpty()) {
                return;
            }
            FactDefinition d = byKey.get(k);
            if (d == null) {
                errors.put(k, "该违法行为的裁量基准没有事实“" + k + "”");
            } else if (d.type() == FactType.NUMBER && TierCondition.number(n) == null) {
                errors.put(k, "“" + d.label() + "”须为数值" + (d.unit().isEmpty() ? "" : "（" + d.unit() + "）"));
            } else if (d.type() == FactType.BOOLEAN && !n.equals("true") && !n.equals("false")) {
                errors.put(k, "“" + d.label() + "”须回答是或否");
            } else if (d.type() == FactType.CHOICE && !d.choices().isEmpty() && !d.choices().contains(n)) {
                errors.put(k, "“" + d.label() + "”须为以下之一：" + String.join("、", d.choices()));
            } else {
                facts.put(k, n);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException("裁量事实有误：" + String.join("；", errors.values()), errors);
        }
        return facts;
    }

    private Recommendation massRecommendation(Violation violation, Map<String, String> facts, Set<String> factors,
            List<String> trail) {
        String raw = facts.get("excess_kg");
        if (raw == null) {
            throw new InvalidInputException("请填写超限质量（千克）", Map.of("excess_kg", "请填写超出限定标准的质量（千克）"));
        }
        long excess;
        try {
            excess = new BigDecimal(raw).setScale(0, RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidInputException("超限质量须为数字", Map.of("excess_kg", "须为整数千克"));
        }
        if (excess <= 0) {
            throw Rejection.of(OverLimitDimensionPenalty.LIMITS_ARTICLE,
                    "车货总质量未超过限定标准，不属于超限运输，不给出罚款建议").exception();
        }
        OverLimitMassPenalty.Assessment a = new OverLimitMassPenalty(properties.overlimitPartialTon()).assess(excess);
        trail.add("罚款数额由规章计算确定，不在幅度内裁量：" + a.explanation());
        if (!factors.isEmpty()) {
            trail.add("已记录情节 " + String.join("、", factors) + "；该数额为" + OverLimitMassPenalty.ARTICLE
                    + "规定的计算结果，情节不改变数额。");
        }
        trail.add("多项超限违法行为并存时罚款累计，累计最高不超过30000元（" + OverLimitMassPenalty.CUMULATIVE_ARTICLE + "）。");
        List<String> articles = List.of(violation.violatedRef(), violation.penaltyRef(), OverLimitMassPenalty.ARTICLE);
        if (a.warningOnly()) {
            trail.add("建议：警告。");
            return new Recommendation(violation.code(), violation.name(), "警告（超限不超过1000千克）",
                    "超过限定标准但未超过1000千克", true, null, null, null, null, false, articles, trail, null, false);
        }
        trail.add("建议：罚款 " + Money.yuan(a.fineFen()) + " 元。");
        return new Recommendation(violation.code(), violation.name(), "罚款（按超限质量计算）",
                "超过1000千克，每超1000千克罚款500元，最高30000元", false, a.fineFen(), a.fineFen(), a.fineFen(), null,
                false, articles, trail, null, false);
    }

    Evaluation evaluate(Violation violation, BenchmarkVersion version, Map<String, String> givenFacts,
            Set<String> factorCodes) {
        Map<String, String> facts = new LinkedHashMap<>(givenFacts);
        List<String> trail = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>();
        OverLimitDimensionPenalty.Band band = null;
        if (violation.rangeKind() == RangeKind.FORMULA_DIMENSION) {
            BigDecimal h = decimal(facts, "height_m", "车货总高度（米）");
            BigDecimal w = decimal(facts, "width_m", "车货总宽度（米）");
            BigDecimal l = decimal(facts, "length_m", "车货总长度（米）");
            if (OverLimitDimensionPenalty.withinLimits(h, w, l)) {
                throw Rejection.of(OverLimitDimensionPenalty.LIMITS_ARTICLE, "车货总高度、总宽度、总长度均未超过限定标准（高4米、宽2.55米、长18.1米），"
                        + "不属于超限运输，不给出罚款建议").exception();
            }
            band = OverLimitDimensionPenalty.classify(h, w, l);
            facts.put(DIMENSION_BAND, String.valueOf(band.number()));
            articles.add(OverLimitDimensionPenalty.ARTICLE);
            trail.add("外廓尺寸分档：" + band.description() + "（" + OverLimitDimensionPenalty.ARTICLE + "）。");
        }

        String tierName;
        String tierCondition;
        TierSanction sanction;
        Long min = null;
        Long max = null;
        String other = null;
        if (version == null) {
            if (band != null) {
                tierName = "第" + band.number() + "档";
                tierCondition = band.description();
                sanction = TierSanction.FINE;
                min = band.minFen();
                max = band.maxFen();
            } else if (violation.rangeKind() == RangeKind.FIXED && violation.fineMaxFen() != null) {
                tierName = "法定幅度";
                tierCondition = violation.rangeText();
                sanction = TierSanction.FINE;
                min = violation.fineMinFen() == null ? 0L : violation.fineMinFen();
                max = violation.fineMaxFen();
            } else {
                tierName = "法定处罚";
                tierCondition = violation.rangeText();
                sanction = TierSanction.NON_MONETARY;
                other = violation.rangeText();
                trail.add("法定罚款不是固定幅度（或无罚款），无裁量基准时不给出建议金额，请按处罚依据计算。");
            }
            if (!factorCodes.isEmpty()) {
                trail.add("无裁量基准，情节仅作记录：" + String.join("、", factorCodes) + "。");
            }
            return finish(violation, null, tierName, tierCondition, sanction, min, max, other, 50, false, trail, articles);
        }

        DiscretionTier tier = selectTier(version, facts, trail);
        tierName = tier.name();
        tierCondition = tier.conditionText();
        sanction = tier.sanction();
        other = tier.otherMeasures();
        if (sanction == TierSanction.FINE) {
            min = tier.minFen();
            max = tier.maxFen();
        } else if (sanction == TierSanction.FINE_MULTIPLE) {
            BigDecimal base = decimal(facts, tier.multipleFact(),
                    version.fact(tier.multipleFact()).map(FactDefinition::label).orElse(tier.multipleFact()));
            min = base.multiply(tier.minMultiple()).movePointRight(2).setScale(0, RoundingMode.DOWN).longValueExact();
            max = base.multiply(tier.maxMultiple()).movePointRight(2).setScale(0, RoundingMode.DOWN).longValueExact();
            trail.add("按" + version.fact(tier.multipleFact()).map(FactDefinition::label).orElse(tier.multipleFact())
                    + " " + base.stripTrailingZeros().toPlainString() + " 元的 "
                    + tier.minMultiple().stripTrailingZeros().toPlainString() + "～"
                    + tier.maxMultiple().stripTrailingZeros().toPlainString() + " 倍计算幅度。");
        }
        if (band != null && min != null && max != null && (min < band.minFen() || max > band.maxFen())) {
            min = Math.max(min, band.minFen());
            max = Math.min(max, band.maxFen());
            trail.add("阶次幅度已限制在该档法定幅度内。");
        }
        if (violation.rangeKind() == RangeKind.FIXED && min != null && max != null && violation.fineMaxFen() != null) {
            long statMin = violation.fineMinFen() == null ? 0 : violation.fineMinFen();
            if (min < statMin || max > violation.fineMaxFen()) {
                min = Math.max(min, statMin);
                max = Math.min(max, violation.fineMaxFen());
                trail.add("阶次幅度已限制在法定幅度内。");
            }
        }

        int position = 50;
        boolean below = false;
        for (String code : factorCodes) {
            DiscretionFactor f = version.factor(code).orElseThrow(() -> new InvalidInputException(
                    "未知的裁量情节：" + code, Map.of("factors", "该基准版本没有情节 " + code)));
            articles.add(f.legalBasis());
            if (sanction == TierSanction.WARNING || sanction == TierSanction.NON_MONETARY) {
                trail.add("情节“" + f.name() + "”（" + f.legalBasis() + "）已记录；本阶次不是罚款幅度，情节不改变处罚种类。");
                continue;
            }
            switch (f.effect()) {
                case LOWER_WITHIN_RANGE:
                    position -= f.shiftPercent();
                    trail.add("从轻情节“" + f.name() + "”（" + f.legalBasis() + "）：在幅度内下调 " + f.shiftPercent() + "%。");
                    break;
                case UPPER_PART_OF_RANGE:
                    position += f.shiftPercent();
                    trail.add("从重情节“" + f.name() + "”（" + f.legalBasis() + "）：在幅度内上调 " + f.shiftPercent()
                            + "%，不超过阶次上限。");
                    break;
                case BELOW_RANGE:
                    if (!f.reductionAllowed()) {
                        position -= f.shiftPercent();
                        trail.add("情节“" + f.name() + "”的依据（" + f.legalBasis() + "）不允许减轻处罚，不得低于法定最低限；"
                                + "按在幅度内从轻处理（" + ARTICLE_32 + "）。");
                    } else if (!violation.hasStatutoryMinimum() || sanction != TierSanction.FINE) {
                        position = 0;
                        trail.add("减轻情节“" + f.name() + "”（" + f.legalBasis() + "）：该违法行为的法定罚款没有最低限，"
                                + "减轻即按幅度最低处理。");
                    } else {
                        below = true;
                        trail.add("减轻情节“" + f.name() + "”（" + f.legalBasis() + "）：法律允许减轻处罚，建议在法定最低限 "
                                + Money.yuan(violation.fineMinFen()) + " 元以下决定。");
                    }
                    break;
                default:
                    break;
            }
        }
        if (below) {
            long statMin = violation.fineMinFen();
            min = statMin * properties.reductionFloorPercent() / 100;
            max = statMin - 100;
        }
        return finish(violation, version, tierName, tierCondition, sanction, min, max, other,
                Math.max(0, Math.min(100, position)), below, trail, articles);
    }

    private Evaluation finish(Violation violation, BenchmarkVersion version, String tier, String condition,
            TierSanction sanction, Long min, Long max, String other, int position, boolean below, List<String> trail,
            Set<String> articles) {
        Long suggested = null;
        if ((sanction == TierSanction.FINE || sanction == TierSanction.FINE_MULTIPLE) && min != null && max != null) {
            long raw = min + (max - min) * position / 100;
            suggested = Math.max(min, Math.min(max, raw / 100 * 100)); // whole yuan, inside the range
            trail.add("阶次“" + tier + "”幅度 " + Money.yuan(min) + "元至" + Money.yuan(max) + "元，按情节取幅度的 "
                    + position + "% 处：" + Money.yuan(suggested) + " 元。");
        } else if (sanction == TierSanction.WARNING) {
            trail.add("阶次“" + tier + "”：予以警告。");
        }
        return new Evaluation(version, tier, condition, sanction, sanction == TierSanction.WARNING ? null : min,
                sanction == TierSanction.WARNING ? null : max, suggested, other, below, trail, articles);
    }

    private DiscretionTier selectTier(BenchmarkVersion version, Map<String, String> facts, List<String> trail) {
        List<DiscretionTier> tiers = version.tiers().stream().sorted(Comparator.comparingInt(DiscretionTier::ordinal))
                .toList();
        for (DiscretionTier tier : tiers) {
            TierCondition condition = tier.condition();
            if (condition.isOtherwise()) {
                trail.add("前列阶次条件均不成立，适用阶次“" + tier.name() + "”：" + tier.conditionText());
                return tier;
            }
            Optional<Boolean> holds = condition.holds(facts);
            if (holds.isEmpty()) {
                Map<String, String> errors = new LinkedHashMap<>();
                condition.missing(facts).forEach(k -> errors.put(k, "请填写“"
                        + version.fact(k).map(FactDefinition::label).orElse(k) + "”"));
                throw new InvalidInputException("请回答确定裁量阶次所需的事实：" + String.join("、", errors.values()), errors);
            }
            if (holds.get()) {
                trail.add("事实 " + describe(version, condition, facts) + " 满足阶次“" + tier.name() + "”的条件："
                        + tier.conditionText());
                return tier;
            }
        }
        throw new InvalidInputException("所填事实不符合该基准的任何阶次，请核对事实", Map.of());
    }

    private static String describe(BenchmarkVersion version, TierCondition condition, Map<String, String> facts) {
        List<String> parts = new ArrayList<>();
        for (TierCondition.Clause c : condition.clauses()) {
            String label = version.fact(c.key()).map(FactDefinition::label).orElse(c.key());
            String value = facts.get(c.key());
            parts.add("“" + label + "”=" + ("true".equals(value) ? "是" : "false".equals(value) ? "否" : value));
        }
        return String.join("，", parts);
    }

    private static BigDecimal decimal(Map<String, String> facts, String key, String label) {
        String v = facts.get(key);
        if (v == null) {
            throw new InvalidInputException("请填写" + label, Map.of(key, "请填写" + label));
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(label + "须为数字", Map.of(key, "须为数字"));
        }
    }
}
