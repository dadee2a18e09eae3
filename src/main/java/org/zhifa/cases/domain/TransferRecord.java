package org.zhifa.cases.domain;

import java.time.LocalDate;

/**
 * 涉嫌犯罪移送 (国务院令第310号): the facts of the suspected crime, the approval, the receiving authority and its receipt.
 * Mutated only by {@link PenaltyCase}.
 */
public class TransferRecord {

    LocalDate proposedOn;
    String facts;
    String reason;
    LocalDate transferredOn;
    String recipient;
    String number;
    LocalDate receivedOn;
    String receivedBy;

    public LocalDate proposedOn() { return proposedOn; }
    public String facts() { return facts; }
    public String reason() { return reason; }
    public LocalDate transferredOn() { return transferredOn; }
    public String recipient() { return recipient; }
    public String number() { return number; }
    public LocalDate receivedOn() { return receivedOn; }
    public String receivedBy() { return receivedBy; }

    public boolean proposed() {
        return proposedOn != null;
    }

    public boolean done() {
        return transferredOn != null;
    }
}
