package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * After the decision: service (《行政处罚法》第六十一条), payment and its deferral (第六十六条、第六十七条), pauses of the
 * late surcharge while reconsideration or litigation is pending (第七十三条), 催告 and court application (《行政强制法》
 * 第五十三条、第五十四条), filing of major decisions (方案 21), closure and archiving. Mutated only by
 * {@link PenaltyCase}.
 */
public class ExecutionRecord {

    LocalDate servedOn;
    String serviceMethod;
    String serviceNote;
    LocalDate paymentDue;
    long paidFen;
    List<Payment> payments = new ArrayList<>();
    String deferral;
    List<Instalment> instalments = new ArrayList<>();
    List<Pause> pauses = new ArrayList<>();
    LocalDate reminderServedOn;
    LocalDate reminderDue;
    LocalDate courtAppliedOn;
    LocalDate copyFiledOn;
    LocalDate majorFiledOn;
    boolean majorFiledLate;
    String majorAcknowledgedBy;
    LocalDate majorAcknowledgedOn;
    LocalDate closedOn;
    String closureReport;
    LocalDate transferredOn;
    String transferRecipient;
    boolean collectedOnSpot;

    /** A recorded payment (the unit does not collect money itself, 处罚法 Art. 67: bank or online reference). */
    public record Payment(LocalDate paidOn, long amountFen, String channel, String reference) {
    }

    /** One instalment of an approved schedule (《行政处罚法》第六十六条), numbered from 1. */
    public record Instalment(int no, LocalDate dueOn, long amountFen) {
    }

    /** A period during which reconsideration or litigation was pending; {@code end} null while still pending. */
    public record Pause(String kind, LocalDate start, LocalDate end) {
    }

    public LocalDate servedOn() { return servedOn; }
    public String serviceMethod() { return serviceMethod; }
    public String serviceNote() { return serviceNote; }
    public LocalDate paymentDue() { return paymentDue; }
    public long paidFen() { return paidFen; }
    public List<Payment> payments() { return List.copyOf(payments); }
    public String deferral() { return deferral; }
    public List<Instalment> instalments() { return instalments == null ? List.of() : List.copyOf(instalments); }
    public List<Pause> pauses() { return List.copyOf(pauses); }
    public LocalDate reminderServedOn() { return reminderServedOn; }
    public LocalDate reminderDue() { return reminderDue; }
    public LocalDate courtAppliedOn() { return courtAppliedOn; }
    public LocalDate copyFiledOn() { return copyFiledOn; }
    public LocalDate majorFiledOn() { return majorFiledOn; }
    public boolean majorFiledLate() { return majorFiledLate; }
    public String majorAcknowledgedBy() { return majorAcknowledgedBy; }
    public LocalDate majorAcknowledgedOn() { return majorAcknowledgedOn; }
    public LocalDate closedOn() { return closedOn; }
    public String closureReport() { return closureReport; }
    public LocalDate transferredOn() { return transferredOn; }
    public String transferRecipient() { return transferRecipient; }
    public boolean collectedOnSpot() { return collectedOnSpot; }

    public boolean pausePending() {
        return pauses.stream().anyMatch(p -> p.end() == null);
    }
}
