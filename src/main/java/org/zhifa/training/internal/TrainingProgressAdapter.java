package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.personnel.TrainingProgress;
import org.zhifa.training.TrainingProperties;

/** Gives the roster the counted hours of officers (personnel's {@link TrainingProgress}). */
@Component
class TrainingProgressAdapter implements TrainingProgress {

    private final LedgerQueries ledger;
    private final TrainingProperties properties;

    TrainingProgressAdapter(LedgerQueries ledger, TrainingProperties properties) {
        this.ledger = ledger;
        this.properties = properties;
    }

    @Override
    public BigDecimal annualTarget() {
        return properties.annualTargetHours();
    }

    @Override
    public Map<Long, BigDecimal> countedHours(int year, Collection<Long> officerIds) {
        return ledger.counted(year, officerIds);
    }
}
