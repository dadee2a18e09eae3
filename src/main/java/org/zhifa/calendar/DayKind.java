package org.zhifa.calendar;

/** Kinds of calendar day. */
public enum DayKind {
    WORKDAY(true, "工作日"),
    WEEKEND(false, "周末"),
    HOLIDAY(false, "法定节假日"),
    ADJUSTED_WORKDAY(true, "调休上班日"),
    LOCAL_HOLIDAY(false, "地方节假日");

    private final boolean working;
    private final String label;

    DayKind(boolean working, String label) {
        this.working = working;
        this.label = label;
    }

    public boolean working() {
        return working;
    }

    public String label() {
        return label;
    }
}
