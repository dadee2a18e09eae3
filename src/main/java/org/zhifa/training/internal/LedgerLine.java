package org.zhifa.training.internal;

import java.math.BigDecimal;

/** One officer's line in the training ledger of a year. */
public record LedgerLine(long officerId, String name, long unitId, String unitName, TrainingHours hours,
        BigDecimal target) {

    public BigDecimal counted() {
        return hours.counted();
    }

    public BigDecimal missing() {
        return TrainingTargetPolicy.missing(hours, target);
    }

    /** Missing hours as shown to people: 36, 0.5. */
    public String missingLabel() {
        return TrainingTargetPolicy.plain(missing());
    }

    public int percent() {
        return TrainingTargetPolicy.percent(hours, target);
    }

    public boolean belowTarget() {
        return missing().signum() > 0;
    }
}
