package org.zhifa.publicity.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.publicity.PublicityProperties;

/** The publication clocks on the working-day calendar (legal-rules §1, §6). */
@Component
public class PublicationDeadlines {

    private final WorkingDayCalendar calendar;
    private final PublicityProperties properties;

    PublicationDeadlines(WorkingDayCalendar calendar, PublicityProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The basis of the publication deadline, as shown on the board. */
    public String publishBasis(boolean penaltyDecision) {
        return penaltyDecision
                ? "国办发〔2018〕118号：行政处罚决定 " + properties.penaltyDecisionWorkingDays() + " 个工作日内公示"
                : "国办发〔2018〕118号、方案 8：其他执法决定 " + properties.otherDecisionWorkingDays() + " 个工作日内公示";
    }

    /** Publish by: 7 working days after a penalty decision, 20 after another decision (start day not counted). */
    public LocalDate publishDue(LocalDate decisionDate, boolean penaltyDecision) {
        int days = penaltyDecision ? properties.penaltyDecisionWorkingDays() : properties.otherDecisionWorkingDays();
        return calendar.addWorkingDays(decisionDate, days);
    }

    /** Withdraw by: 3 working days after the revocation or change (《行政处罚法》第四十八条). */
    public LocalDate withdrawDue(LocalDate revokedOn) {
        return calendar.addWorkingDays(revokedOn, properties.withdrawalWorkingDays());
    }

    /** Last day on which a publication released on {@code publishedOn} stays public. */
    public LocalDate retentionUntil(LocalDate publishedOn, boolean naturalPerson) {
        return publishedOn.plus(naturalPerson ? properties.naturalPersonRetention() : properties.retention());
    }
}
