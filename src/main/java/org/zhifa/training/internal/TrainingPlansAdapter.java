package org.zhifa.training.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhifa.training.TrainingPlans;
import org.zhifa.training.TrainingProperties;

/** {@link TrainingPlans} over the plan table. */
@Component
class TrainingPlansAdapter implements TrainingPlans {

    private final PlanService plans;
    private final TrainingProperties properties;

    TrainingPlansAdapter(PlanService plans, TrainingProperties properties) {
        this.plans = plans;
        this.properties = properties;
    }

    @Override
    public Optional<LocalDate> madeOn(long unitId, int year) {
        return plans.find(unitId, year).map(PlanService.Plan::submittedOn);
    }

    @Override
    public Optional<String> title(long unitId, int year) {
        return plans.find(unitId, year).map(PlanService.Plan::title);
    }

    @Override
    public LocalDate dueOn(int year) {
        return PlanDeadline.dueOn(year, properties.planDue());
    }
}
