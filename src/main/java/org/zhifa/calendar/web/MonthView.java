package org.zhifa.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.internal.CalendarRules;
import org.zhifa.calendar.internal.DayException;

/** One month of the admin page's year view: weeks of cells, Monday first, blanks outside the month. */
record MonthView(String title, List<List<Cell>> weeks) {

    /** A day of the grid ({@code date} null for a blank). */
    record Cell(LocalDate date, DayKind kind, String name) {

        public String css() {
            if (date == null) {
                return "";
            }
            switch (kind) {
                case HOLIDAY:
                    return "bg-danger-subtle text-danger-emphasis fw-semibold";
                case ADJUSTED_WORKDAY:
                    return "bg-warning-subtle text-warning-emphasis fw-semibold";
                case LOCAL_HOLIDAY:
                    return "bg-info-subtle text-info-emphasis fw-semibold";
                case WEEKEND:
                    return "text-body-tertiary";
                default:
                    return "";
            }
        }

        public String tooltip() {
            return date == null ? "" : date + " " + kind.label() + (name == null ? "" : "：" + name);
        }
    }

    static List<MonthView> year(CalendarRules rules, int year) {
        List<MonthView> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            int lead = ym.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            for (int i = 0; i < lead; i++) {
                week.add(new Cell(null, null, null));
            }
            for (int d = 1; d <= ym.lengthOfMonth(); d++) {
                LocalDate date = ym.atDay(d);
                week.add(new Cell(date, rules.kindOf(date), rules.exceptionOn(date).map(DayException::name).orElse(null)));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(null, null, null));
                }
                weeks.add(week);
            }
            months.add(new MonthView(m + " 月", weeks));
        }
        return months;
    }
}
