package org.zhifa.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One version of a unit's monthly report. {@code figures} are computed by zhifa (frozen at submission);
 * {@code remedies} are the reconsideration and litigation figures the unit enters.
 */
public record MonthlyReport(long id, long unitId, String unitName, YearMonth month, int version, String state,
        Map<String, Long> figures, Map<String, Long> remedies, Instant draftedAt, String draftedBy,
        String correctionReason, Instant submittedAt, String submittedBy, String submittedByName, int rowVersion,
        LocalDate dueOn) {

    public boolean submitted() {
        return "SUBMITTED".equals(state);
    }

    public String stateLabel() {
        return submitted() ? "已报送（锁定）" : "草稿（待负责人审核报送）";
    }

    public List<MonthlyStatistics.Line> lines() {
        return MonthlyStatistics.lines(figures, remedies);
    }
}
