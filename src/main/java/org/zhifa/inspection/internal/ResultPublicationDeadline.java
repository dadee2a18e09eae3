package org.zhifa.inspection.internal;

import java.time.LocalDate;
import org.zhifa.calendar.MissingCalendarYearException;
import org.zhifa.calendar.WorkingDayCalendar;

/**
 * 抽查结果公示期限 (国办发〔2015〕58号; 方案第8条): an inspection's result is published within N working days of the
 * inspection (a setting, 20 by default), counted on the official calendar with the inspection day not counted.
 */
final class ResultPublicationDeadline {

    static final String ARTICLE = "国办发〔2015〕58号；方案第8条";

    private ResultPublicationDeadline() {
    }

    /** The due date and its basis; the date is null (with the reason in the basis) when the calendar year is missing. */
    record Due(LocalDate date, String basis) {
    }

    static Due of(WorkingDayCalendar calendar, LocalDate inspectedOn, int workingDays) {
        String basis = "检查之日起 " + workingDays + " 个工作日内公示（" + ARTICLE + "）";
        try {
            return new Due(calendar.addWorkingDays(inspectedOn, workingDays), basis);
        } catch (MissingCalendarYearException e) {
            // never guessed: the board shows that the calendar has to be loaded
            return new Due(null, basis + "；" + e.getMessage() + "，期限暂无法计算");
        }
    }

    /** Whether a result published (or still unpublished) on {@code day} is late. */
    static boolean late(LocalDate due, LocalDate day) {
        return due != null && day.isAfter(due);
    }
}
