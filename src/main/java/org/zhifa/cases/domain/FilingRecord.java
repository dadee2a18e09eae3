package org.zhifa.cases.domain;

import java.time.LocalDate;

/**
 * 立案 (程序规定 Art. 62–63): the handler's opinion when submitting, the head's opinion and who decided, or the
 * refusal with its reason. Mutated only by {@link PenaltyCase}.
 */
public class FilingRecord {

    LocalDate submittedOn;
    String handlerOpinion;
    LocalDate decidedOn;
    String headName;
    String headOpinion;
    boolean refused;

    public LocalDate submittedOn() { return submittedOn; }
    public String handlerOpinion() { return handlerOpinion; }
    public LocalDate decidedOn() { return decidedOn; }
    public String headName() { return headName; }
    public String headOpinion() { return headOpinion; }
    public boolean refused() { return refused; }

    void submit(LocalDate on, String opinion) {
        submittedOn = on;
        handlerOpinion = opinion;
    }

    void decide(LocalDate on, String head, String opinion, boolean refusal) {
        decidedOn = on;
        headName = head;
        headOpinion = opinion;
        refused = refusal;
    }
}
