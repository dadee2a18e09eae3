package org.zhifa.training.internal;

import java.time.LocalDate;
import java.time.MonthDay;

/** 方案第2条：每年第一季度（3月底前）制定年度培训工作计划. */
public final class PlanDeadline {

    public static final String ARTICLE = "方案第2条";

    private PlanDeadline() {
    }

    public static LocalDate dueOn(int year, MonthDay due) {
        return due.atYear(year);
    }

    /** Overdue: made after the due day, or still missing once the due day has passed. */
    public static boolean overdue(int year, MonthDay due, LocalDate submittedOn, LocalDate today) {
        LocalDate dueOn = dueOn(year, due);
        if (submittedOn != null) {
            return submittedOn.isAfter(dueOn);
        }
        return today.isAfter(dueOn);
    }
}
