package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.catalog.PenaltyKind;

/** The decision (《行政处罚法》第五十七条、第五十九条). Mutated only by {@link PenaltyCase}. */
public class DecisionRecord {

    DecisionOutcome outcome;
    Set<PenaltyKind> kinds = new HashSet<>();
    long amountFen;
    LocalDate decidedOn;
    String number;
    Long deciderUserId;
    String deciderName;
    boolean citesHearingRecord;
    boolean educationRecorded;
    boolean commitmentSigned;
    boolean major;
    String reason;

    public DecisionOutcome outcome() { return outcome; }
    public Set<PenaltyKind> kinds() { return Set.copyOf(kinds); }
    public long amountFen() { return amountFen; }
    public LocalDate decidedOn() { return decidedOn; }
    public String number() { return number; }
    public Long deciderUserId() { return deciderUserId; }
    public String deciderName() { return deciderName; }
    public boolean citesHearingRecord() { return citesHearingRecord; }
    public boolean educationRecorded() { return educationRecorded; }
    public boolean commitmentSigned() { return commitmentSigned; }
    public boolean major() { return major; }
    public String reason() { return reason; }

    public boolean made() {
        return decidedOn != null;
    }

    public boolean fine() {
        return outcome == DecisionOutcome.PENALTY && kinds.contains(PenaltyKind.FINE) && amountFen > 0;
    }

    public String penaltyText() {
        return PenaltyText.of(outcome, kinds, amountFen);
    }
}
