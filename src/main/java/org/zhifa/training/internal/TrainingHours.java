package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.zhifa.training.TrainingCategory;

/** Hours of one officer in one year, per category. */
public record TrainingHours(BigDecimal legal, BigDecimal business, BigDecimal skills, BigDecimal political) {

    public static final TrainingHours NONE = new TrainingHours(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public TrainingHours {
        legal = nz(legal);
        business = nz(business);
        skills = nz(skills);
        political = nz(political);
    }

    public static TrainingHours of(Map<TrainingCategory, BigDecimal> byCategory) {
        return new TrainingHours(byCategory.get(TrainingCategory.LEGAL), byCategory.get(TrainingCategory.BUSINESS),
                byCategory.get(TrainingCategory.SKILLS), byCategory.get(TrainingCategory.POLITICAL));
    }

    /** Hours that count toward the annual target: legal + business + skills; political education never does. */
    public BigDecimal counted() {
        return legal.add(business).add(skills);
    }

    public TrainingHours plus(TrainingCategory category, BigDecimal hours) {
        return switch (category) {
            case LEGAL -> new TrainingHours(legal.add(hours), business, skills, political);
            case BUSINESS -> new TrainingHours(legal, business.add(hours), skills, political);
            case SKILLS -> new TrainingHours(legal, business, skills.add(hours), political);
            case POLITICAL -> new TrainingHours(legal, business, skills, political.add(hours));
        };
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
