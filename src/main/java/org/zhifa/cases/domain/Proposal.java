package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.catalog.PenaltyKind;

/**
 * The handler's proposal at the end of the investigation (调查终结报告): the facts as established, the evidence, the
 * outcome, penalty kinds and amount, confiscation of illegal gains and the order to correct where the article
 * provides them, the handler's discretion reasons, the catalogue's recommendation with its trail, and a reason when
 * the amount lies outside the recommended range.
 *
 * @param complexCase difficult, complex or serious: collective discussion required (《行政处罚法》第五十七条第二款)
 */
public record Proposal(LocalDate concludedOn, String facts, String evidence, DecisionOutcome outcome,
        Set<PenaltyKind> kinds, long amountFen, Confiscation confiscation, Correction correction,
        String discretionReason, Long recommendedMinFen, Long recommendedMaxFen, Long recommendedFen, String tier,
        List<String> trail, String benchmarkVersion, String amountReason, boolean complexCase) {

    public Proposal {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        trail = trail == null ? List.of() : List.copyOf(trail);
    }

    public boolean outsideRange() {
        if (recommendedMinFen == null || recommendedMaxFen == null || !kinds.contains(PenaltyKind.FINE)) {
            return false;
        }
        return amountFen < recommendedMinFen || amountFen > recommendedMaxFen;
    }

    /** The penalty in words, e.g. 罚款人民币3000元. */
    public String penaltyText() {
        return PenaltyText.of(outcome, kinds, amountFen, confiscation, correction);
    }
}
