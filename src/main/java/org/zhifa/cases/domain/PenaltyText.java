package org.zhifa.cases.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.PenaltyKind;

/** The penalty of a proposal or decision in Chinese words, for documents and the publicity event. */
public final class PenaltyText {

    private PenaltyText() {
    }

    public static String of(DecisionOutcome outcome, Set<PenaltyKind> kinds, long amountFen) {
        return of(outcome, kinds, amountFen, null, null);
    }

    public static String of(DecisionOutcome outcome, Set<PenaltyKind> kinds, long amountFen, Confiscation confiscation,
            Correction correction) {
        if (outcome != DecisionOutcome.PENALTY) {
            return outcome == null ? "" : outcome.label();
        }
        List<String> parts = new ArrayList<>();
        kinds.stream().sorted().forEach(k -> {
            if (k == PenaltyKind.FINE) {
                parts.add("罚款人民币" + Money.yuan(amountFen) + "元");
            } else if (k == PenaltyKind.CONFISCATION && confiscation != null) {
                parts.add("没收违法所得人民币" + Money.yuan(fen(confiscation.amountYuan())) + "元");
            } else {
                parts.add(k.label());
            }
        });
        if (correction != null) {
            parts.add(correction.text());
        }
        return String.join("，", parts);
    }

    /** Yuan as entered (at most two decimals, checked by the inputs' @Digits) to fen, exactly: no rounding. */
    public static long fen(BigDecimal yuan) {
        return yuan == null ? 0 : yuan.movePointRight(2).longValueExact();
    }
}
