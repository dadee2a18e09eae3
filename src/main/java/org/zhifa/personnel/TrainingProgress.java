package org.zhifa.personnel;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Training hours as the roster needs them (filter “below target”, hours on the officer page). Implemented by the
 * training module, which depends on personnel and not the reverse; absent when training is not deployed.
 */
public interface TrainingProgress {

    /** Hours per officer per year required by 方案第2条 (legal, business and skills training). */
    BigDecimal annualTarget();

    /** Hours counted toward the target in {@code year}, per officer (officers without hours are absent). */
    Map<Long, BigDecimal> countedHours(int year, Collection<Long> officerIds);
}
