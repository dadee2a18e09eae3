package org.zhifa.catalog.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.zhifa.catalog.ExemptionOutcome;
import org.zhifa.catalog.ExemptionResult;

/**
 * 处罚法 第三十三条 applied to one violation: first the statutory must-not-penalise cases (minor + promptly
 * corrected + no harmful consequence; or no fault proven), then the exemption list item whose conditions must all
 * hold. Pure.
 */
public final class ExemptionRules {

    public static final String ARTICLE_33_1 = "《行政处罚法》第三十三条第一款";
    public static final String ARTICLE_33_2 = "《行政处罚法》第三十三条第二款";
    public static final String ARTICLE_33 = "《行政处罚法》第三十三条";
    static final String EDUCATION = "对依法不予行政处罚的当事人应当进行教育并记录（《行政处罚法》第三十三条第三款）。";

    /** Answer keys of the statutory cases, shared by every violation. */
    public static final String MINOR = "MINOR";
    public static final String CORRECTED = "CORRECTED";
    public static final String NO_HARM = "NO_HARM";
    public static final String NO_FAULT = "NO_FAULT";

    private final Period defaultLookback;

    public ExemptionRules(Period defaultLookback) {
        this.defaultLookback = defaultLookback;
    }

    public ExemptionResult check(ExemptionItem item, Map<String, Boolean> answers,
            Collection<LocalDate> priorViolationDates, LocalDate actDate) {
        if (actDate == null) {
            throw new IllegalArgumentException("请填写违法行为发生日期");
        }
        if (yes(answers, NO_FAULT)) {
            return new ExemptionResult(ExemptionOutcome.MUST_NOT_PENALISE, ARTICLE_33_2, null, null,
                    List.of("当事人有证据足以证明没有主观过错"), List.of(), EDUCATION);
        }
        if (yes(answers, MINOR) && yes(answers, CORRECTED) && yes(answers, NO_HARM)) {
            return new ExemptionResult(ExemptionOutcome.MUST_NOT_PENALISE, ARTICLE_33_1, null, null,
                    List.of("违法行为轻微", "及时改正", "没有造成危害后果"), List.of(), EDUCATION);
        }
        if (item == null || !item.active()) {
            return new ExemptionResult(ExemptionOutcome.NOT_APPLICABLE, ARTICLE_33, null, null, List.of(),
                    List.of("该违法行为未列入免罚清单", "不符合“违法行为轻微并及时改正，没有造成危害后果”"),
                    "按裁量基准处理。");
        }
        Period lookback = item.lookbackMonths() == null ? defaultLookback : Period.ofMonths(item.lookbackMonths());
        List<String> met = new ArrayList<>();
        List<String> unmet = new ArrayList<>();
        for (ExemptionCondition c : item.conditions().stream()
                .sorted(Comparator.comparingInt(ExemptionCondition::ordinal)).toList()) {
            boolean holds;
            String text = c.text();
            if (ExemptionCondition.FIRST_OFFENCE.equals(c.key())) {
                LocalDate from = actDate.minus(lookback);
                List<LocalDate> within = priorViolationDates == null ? List.of() : priorViolationDates.stream()
                        .filter(d -> d != null && d.isBefore(actDate) && !d.isBefore(from)).sorted().toList();
                holds = within.isEmpty();
                text = text + "（回溯期 " + describe(lookback) + "：" + from + " 至 " + actDate.minusDays(1)
                        + (holds ? "，无同类违法记录）" : "，有 " + within.size() + " 次违法记录，最近 "
                                + within.get(within.size() - 1) + "）");
            } else {
                holds = yes(answers, c.key());
            }
            (holds ? met : unmet).add(text);
        }
        if (unmet.isEmpty()) {
            return new ExemptionResult(item.outcome(), ARTICLE_33_1 + "；" + item.listName(), item.code(), item.title(),
                    met, unmet, EDUCATION + (item.outcome() == ExemptionOutcome.MAY_WAIVE
                            ? "首违不罚由执法机关决定是否适用；适用时签署告知承诺书。" : ""));
        }
        return new ExemptionResult(ExemptionOutcome.NOT_APPLICABLE, ARTICLE_33_1 + "；" + item.listName(), item.code(),
                item.title(), met, unmet, "条件须同时满足；有未满足的条件，按裁量基准处理。");
    }

    private static boolean yes(Map<String, Boolean> answers, String key) {
        return answers != null && Boolean.TRUE.equals(answers.get(key));
    }

    private static String describe(Period p) {
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return p.getYears() + "年";
        }
        return p.toTotalMonths() + "个月" + (p.getDays() > 0 ? p.getDays() + "日" : "");
    }
}
