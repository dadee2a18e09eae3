package org.zhifa.cases.domain;

import java.time.LocalDate;

/**
 * 结案: the handler's 结案报告 and the head's approval (程序规定; 结案报告 经负责人批准), then 归档. Mutated only by
 * {@link PenaltyCase}.
 */
public class ClosureRecord {

    LocalDate proposedOn;
    String handlerOpinion;
    LocalDate approvedOn;
    String approverName;
    String headOpinion;
    LocalDate archivedOn;

    public LocalDate proposedOn() { return proposedOn; }
    public String handlerOpinion() { return handlerOpinion; }
    public LocalDate approvedOn() { return approvedOn; }
    public String approverName() { return approverName; }
    public String headOpinion() { return headOpinion; }
    public LocalDate archivedOn() { return archivedOn; }

    public boolean approved() {
        return approvedOn != null;
    }
}
