package org.zhifa.calendar;

import org.zhifa.common.Rejection;
import org.zhifa.common.RuleViolationException;

/** A computation reached a year whose official schedule is not loaded: answered 422, never guessed. */
public class MissingCalendarYearException extends RuleViolationException {

    private final int year;

    public MissingCalendarYearException(int year) {
        super(Rejection.of("《行政处罚法》第八十五条",
                year + " 年的国务院节假日安排尚未录入工作日历，无法计算期限；请安全管理员先录入该年度安排"));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
