package org.zhifa.cases.domain;

import java.util.Set;
import java.util.stream.Collectors;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.PenaltyKind;

/** The penalty of a proposal or decision in Chinese words, for documents and the publicity event. */
public final class PenaltyText {

    private PenaltyText() {
    }

    public static String of(DecisionOutcome outcome, Set<PenaltyKind> kinds, long amountFen) {
        if (outcome != DecisionOutcome.PENALTY) {
            return outcome == null ? "" : outcome.label();
        }
        return kinds.stream().sorted().map(k -> k == PenaltyKind.FINE ? "罚款人民币" + Money.yuan(amountFen) + "元" : k.label())
                .collect(Collectors.joining("，"));
    }
}
