package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 法制审核 (《行政处罚法》第五十八条) and 集体讨论 (第五十七条): whether each is required and why, and the outcome with who
 * did it (方案 14: handler, reviewer and deciding head are recorded). Mutated only by {@link PenaltyCase}.
 */
public class ReviewRecord {

    boolean legalReviewRequired;
    List<String> legalReviewReasons = new ArrayList<>();
    LocalDate legalReviewPassedOn;
    Long reviewerUserId;
    String reviewerName;
    String legalReviewOpinion;
    List<String> problems = new ArrayList<>();
    boolean discussionRequired;
    LocalDate discussionOn;
    List<String> discussionAttendees = new ArrayList<>();
    String discussionOpinions;
    String discussionConclusion;
    LocalDate caseReviewedOn;
    String caseReviewOpinion;

    public boolean legalReviewRequired() { return legalReviewRequired; }
    public List<String> legalReviewReasons() { return List.copyOf(legalReviewReasons); }
    public LocalDate legalReviewPassedOn() { return legalReviewPassedOn; }
    public Long reviewerUserId() { return reviewerUserId; }
    public String reviewerName() { return reviewerName; }
    public String legalReviewOpinion() { return legalReviewOpinion; }
    public List<String> problems() { return List.copyOf(problems); }
    public boolean discussionRequired() { return discussionRequired; }
    public LocalDate discussionOn() { return discussionOn; }
    public List<String> discussionAttendees() { return List.copyOf(discussionAttendees); }
    public String discussionOpinions() { return discussionOpinions; }
    public String discussionConclusion() { return discussionConclusion; }
    public LocalDate caseReviewedOn() { return caseReviewedOn; }
    public String caseReviewOpinion() { return caseReviewOpinion; }

    public boolean legalReviewPassed() {
        return legalReviewPassedOn != null;
    }

    public boolean discussionHeld() {
        return discussionOn != null;
    }
}
