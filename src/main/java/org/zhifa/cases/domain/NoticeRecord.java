package org.zhifa.cases.domain;

import java.time.LocalDate;

/**
 * 告知 and what follows it: the advance notice (违法行为通知书, 《行政处罚法》第四十四条), the statement window
 * (第四十五条), the party's waiver, and the hearing (第六十三条至第六十五条). Mutated only by {@link PenaltyCase}.
 */
public class NoticeRecord {

    LocalDate servedOn;
    long notifiedAmountFen;
    String notifiedPenalty;
    boolean hearingApplies;
    boolean hearingRightStated;
    LocalDate statementDue;
    LocalDate hearingRequestDue;
    LocalDate statementReceivedOn;
    String statement;
    String statementReview;
    LocalDate waivedOn;
    LocalDate hearingRequestedOn;
    LocalDate hearingNoticeOn;
    LocalDate hearingDate;
    Long presidingOfficerId;
    String presidingOfficerName;
    LocalDate hearingHeldOn;
    String hearingRecord;

    public LocalDate servedOn() { return servedOn; }
    public long notifiedAmountFen() { return notifiedAmountFen; }
    public String notifiedPenalty() { return notifiedPenalty; }
    public boolean hearingApplies() { return hearingApplies; }
    public boolean hearingRightStated() { return hearingRightStated; }
    public LocalDate statementDue() { return statementDue; }
    public LocalDate hearingRequestDue() { return hearingRequestDue; }
    public LocalDate statementReceivedOn() { return statementReceivedOn; }
    public String statement() { return statement; }
    public String statementReview() { return statementReview; }
    public LocalDate waivedOn() { return waivedOn; }
    public LocalDate hearingRequestedOn() { return hearingRequestedOn; }
    public LocalDate hearingNoticeOn() { return hearingNoticeOn; }
    public LocalDate hearingDate() { return hearingDate; }
    public Long presidingOfficerId() { return presidingOfficerId; }
    public String presidingOfficerName() { return presidingOfficerName; }
    public LocalDate hearingHeldOn() { return hearingHeldOn; }
    public String hearingRecord() { return hearingRecord; }

    public boolean served() {
        return servedOn != null;
    }

    public boolean waived() {
        return waivedOn != null;
    }

    public boolean hearingRequested() {
        return hearingRequestedOn != null;
    }

    /** A statement or defence was made or the hearing held: from now on the penalty may not be raised (Art. 45). */
    public boolean partyHasSpoken() {
        return statementReceivedOn != null || hearingHeldOn != null;
    }
}
