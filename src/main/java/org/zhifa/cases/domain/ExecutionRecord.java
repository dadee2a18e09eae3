package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.cases.domain.Choices.CollectionGround;
import org.zhifa.cases.domain.Choices.PauseKind;

/**
 * After the decision: its service (《行政处罚法》第六十一条), payment and its deferral or instalments (第六十六条、
 * 第六十七条), money collected on the spot and handed in (第六十八条至第七十一条), pauses of the late surcharge while
 * reconsideration or litigation is pending (第七十三条), 催告 and court application (《行政强制法》第五十三条、第五十四条),
 * the simplified copy filed (第五十二条) and the filing of major decisions (方案 21). Mutated only by {@link PenaltyCase}.
 */
public class ExecutionRecord {

    ServiceFacts service;
    LocalDate servedOn;
    LocalDate paymentDue;
    long paidFen;
    List<Payment> payments = new ArrayList<>();
    String deferral;
    List<Instalment> instalments = new ArrayList<>();
    List<Pause> pauses = new ArrayList<>();
    String reminderNumber;
    LocalDate reminderIssuedOn;
    Integer reminderPerformanceDays;
    ServiceFacts reminderService;
    LocalDate reminderServedOn;
    LocalDate reminderDue;
    LocalDate courtAppliedOn;
    String court;
    LocalDate copyFiledOn;
    LocalDate majorFiledOn;
    boolean majorFiledLate;
    String majorAcknowledgedBy;
    LocalDate majorAcknowledgedOn;
    CashCollection cash;

    /** A recorded payment at a bank or online (the unit does not collect money itself, 第六十七条). */
    public record Payment(LocalDate paidOn, long amountFen, String channel, String reference) {
    }

    /** One instalment of an approved schedule (第六十六条), numbered from 1. */
    public record Instalment(int no, LocalDate dueOn, long amountFen) {
    }

    /** A period during which reconsideration or litigation was pending; {@code end} null while still pending. */
    public record Pause(PauseKind kind, LocalDate start, LocalDate end) {
    }

    /**
     * A fine collected on the spot (第六十八条、第六十九条) with the official receipt, and its hand-in to the unit within
     * two working days (第七十一条).
     */
    public record CashCollection(CollectionGround ground, String receiptNumber, LocalDate collectedOn,
            LocalDate handedInOn, String handedInTo, String handInReference) {
    }

    public ServiceFacts service() { return service; }
    public LocalDate servedOn() { return servedOn; }
    public LocalDate paymentDue() { return paymentDue; }
    public long paidFen() { return paidFen; }
    public List<Payment> payments() { return List.copyOf(payments); }
    public String deferral() { return deferral; }
    public List<Instalment> instalments() { return instalments == null ? List.of() : List.copyOf(instalments); }
    public List<Pause> pauses() { return List.copyOf(pauses); }
    public String reminderNumber() { return reminderNumber; }
    public LocalDate reminderIssuedOn() { return reminderIssuedOn; }
    /** The performance period the 催告书 gives, in working days from its service, as entered (强制法 Art. 35). */
    public Integer reminderPerformanceDays() { return reminderPerformanceDays; }
    public ServiceFacts reminderService() { return reminderService; }
    public LocalDate reminderServedOn() { return reminderServedOn; }
    public LocalDate reminderDue() { return reminderDue; }
    public LocalDate courtAppliedOn() { return courtAppliedOn; }
    public String court() { return court; }
    public LocalDate copyFiledOn() { return copyFiledOn; }
    public LocalDate majorFiledOn() { return majorFiledOn; }
    public boolean majorFiledLate() { return majorFiledLate; }
    public String majorAcknowledgedBy() { return majorAcknowledgedBy; }
    public LocalDate majorAcknowledgedOn() { return majorAcknowledgedOn; }
    public CashCollection cash() { return cash; }

    public boolean pausePending() {
        return pauses.stream().anyMatch(p -> p.end() == null);
    }

    public boolean collectedOnSpot() {
        return cash != null;
    }

    void pay(Payment p) {
        payments.add(p);
        paidFen += p.amountFen();
    }

    boolean resume(LocalDate end) {
        for (int i = 0; i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            if (p.end() == null) {
                pauses.set(i, new Pause(p.kind(), p.start(), end));
                return true;
            }
        }
        return false;
    }
}
