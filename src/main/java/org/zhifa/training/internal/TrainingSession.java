package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zhifa.training.TrainingCategory;
import org.zhifa.training.TrainingFormat;

/** A held training session. */
public record TrainingSession(long id, long unitId, String title, LocalDate heldOn, BigDecimal hours,
        TrainingCategory category, TrainingFormat form, String organizer, String location, Long campaignId,
        int attendees, int version) {
}
