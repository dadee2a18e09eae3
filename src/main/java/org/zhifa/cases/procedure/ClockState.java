package org.zhifa.cases.procedure;

/** A clock runs until it is met (step done in time), found overdue, or stopped (no longer needed). */
public enum ClockState {
    RUNNING("进行中"), MET("按期完成"), OVERDUE("已超期"), STOPPED("已停止");

    private final String label;

    ClockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
