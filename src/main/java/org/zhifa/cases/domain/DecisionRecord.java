package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.catalog.PenaltyKind;

/**
 * The decision (《行政处罚法》第五十七条、第五十九条) with the remedies stated in it (the reconsideration body and the
 * court as configured for the unit), and the records a no-penalty decision needs (education, commitment letter,
 * 第三十三条). Mutated only by {@link PenaltyCase}.
 */
public class DecisionRecord {

    DecisionOutcome outcome;
    Set<PenaltyKind> kinds = new HashSet<>();
    long amountFen;
    Confiscation confiscation;
    Correction correction;
    LocalDate decidedOn;
    String number;
    Long deciderUserId;
    String deciderName;
    boolean citesHearingRecord;
    boolean major;
    String reason;
    String reconsiderationBody;
    String court;
    LocalDate educationOn;
    LocalDate commitmentOn;

    public DecisionOutcome outcome() { return outcome; }
    public Set<PenaltyKind> kinds() { return Set.copyOf(kinds); }
    public long amountFen() { return amountFen; }
    public Confiscation confiscation() { return confiscation; }
    public Correction correction() { return correction; }
    public LocalDate decidedOn() { return decidedOn; }
    public String number() { return number; }
    public Long deciderUserId() { return deciderUserId; }
    public String deciderName() { return deciderName; }
    public boolean citesHearingRecord() { return citesHearingRecord; }
    public boolean major() { return major; }
    public String reason() { return reason; }
    public String reconsiderationBody() { return reconsiderationBody; }
    public String court() { return court; }
    public LocalDate educationOn() { return educationOn; }
    public LocalDate commitmentOn() { return commitmentOn; }

    public boolean made() {
        return decidedOn != null;
    }

    public boolean fine() {
        return outcome == DecisionOutcome.PENALTY && kinds.contains(PenaltyKind.FINE) && amountFen > 0;
    }

    /** What the party has to pay: the fine and any confiscated illegal gains. */
    public long payableFen() {
        return (fine() ? amountFen : 0) + (confiscation == null ? 0 : PenaltyText.fen(confiscation.amountYuan()));
    }

    /**
     * 履行方式和期限 (处罚法 Art. 59 item 4): what is payable within fifteen days of service (Art. 67), the correction by
     * its deadline, or — a warning alone — that nothing further is to be performed.
     */
    public String performanceText() {
        StringBuilder b = new StringBuilder();
        long gains = confiscation == null ? 0 : PenaltyText.fen(confiscation.amountYuan());
        if (payableFen() > 0) {
            b.append("自收到本决定书之日起十五日内，到指定银行或者通过电子支付系统缴纳")
                    .append(fine() && gains > 0 ? "罚款和没收的违法所得" : fine() ? "罚款" : "没收的违法所得").append("。");
        }
        if (correction != null) {
            b.append(correction.text()).append("。");
        }
        return b.isEmpty() ? "本决定自送达之日起生效，无需缴纳款项。" : b.toString();
    }

    public String penaltyText() {
        return PenaltyText.of(outcome, kinds, amountFen, confiscation, correction);
    }

    /** The decision as made: what, when, by whom, under which number, with which remedies. */
    public record Made(DecisionOutcome outcome, Set<PenaltyKind> kinds, long amountFen, Confiscation confiscation,
            Correction correction, LocalDate on, String number, long deciderUserId, String deciderName,
            boolean citesHearingRecord, boolean major, String reason, String reconsiderationBody, String court) {
    }

    static DecisionRecord of(Made m, DecisionRecord before) {
        DecisionRecord d = new DecisionRecord();
        d.outcome = m.outcome();
        d.kinds = new HashSet<>(m.kinds());
        d.amountFen = m.amountFen();
        d.confiscation = m.confiscation();
        d.correction = m.correction();
        d.decidedOn = m.on();
        d.number = m.number();
        d.deciderUserId = m.deciderUserId();
        d.deciderName = m.deciderName();
        d.citesHearingRecord = m.citesHearingRecord();
        d.major = m.major();
        d.reason = m.reason();
        d.reconsiderationBody = m.reconsiderationBody();
        d.court = m.court();
        d.educationOn = before.educationOn;
        d.commitmentOn = before.commitmentOn;
        return d;
    }
}
