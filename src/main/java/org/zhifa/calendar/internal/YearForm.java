package org.zhifa.calendar.internal;

/** The form of a new year's State Council schedule (admin page). */
public class YearForm {

    private Integer year;
    private String source;
    private String daysOff;
    private String adjustedWorkdays;
    private boolean replace;
    private String reason;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getDaysOff() {
        return daysOff;
    }

    public void setDaysOff(String daysOff) {
        this.daysOff = daysOff;
    }

    public String getAdjustedWorkdays() {
        return adjustedWorkdays;
    }

    public void setAdjustedWorkdays(String adjustedWorkdays) {
        this.adjustedWorkdays = adjustedWorkdays;
    }

    public boolean isReplace() {
        return replace;
    }

    public void setReplace(boolean replace) {
        this.replace = replace;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
