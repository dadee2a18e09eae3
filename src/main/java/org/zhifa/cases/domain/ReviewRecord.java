package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 案件审核, 法制审核 (《行政处罚法》第五十八条) and 集体讨论 (第五十七条第二款): whether each is required and why, every
 * review with its stage, reviewer, conclusion and opinion (方案 14: handler, reviewer and deciding head are recorded),
 * and the minutes of the discussion. Mutated only by {@link PenaltyCase}.
 */
public class ReviewRecord {

    boolean legalReviewRequired;
    List<String> legalReviewReasons = new ArrayList<>();
    List<LegalReview> reviews = new ArrayList<>();
    boolean discussionRequired;
    Discussion discussion;
    LocalDate caseReviewedOn;
    String caseReviewOpinion;
    String caseReviewer;

    /** When a legal review took place: on the proposal (before the notice), after the hearing, or on a transfer. */
    public enum Stage { PROPOSAL, AFTER_HEARING, TRANSFER }

    public record LegalReview(Stage stage, LocalDate on, long reviewerUserId, String reviewerName, boolean agree,
            String opinion, List<ProblemLine> problems) {
    }

    /** Minutes of a collective discussion: when, where, who presided, who attended with their opinions, conclusion. */
    public record Discussion(LocalDate on, LocalTime start, LocalTime end, String place, String presiding,
            List<Attendee> attendees, String recorder, String conclusion) {
    }

    public boolean legalReviewRequired() { return legalReviewRequired; }
    public List<String> legalReviewReasons() { return List.copyOf(legalReviewReasons); }
    public List<LegalReview> reviews() { return List.copyOf(reviews); }
    public boolean discussionRequired() { return discussionRequired; }
    public Discussion discussion() { return discussion; }
    public LocalDate caseReviewedOn() { return caseReviewedOn; }
    public String caseReviewOpinion() { return caseReviewOpinion; }
    public String caseReviewer() { return caseReviewer; }

    public boolean discussionHeld() {
        return discussion != null;
    }

    /** The latest review of the stage on or after {@code since} agreed, and none later disagreed. */
    public boolean passed(Stage stage, LocalDate since) {
        LegalReview last = null;
        for (LegalReview r : reviews) {
            if (r.stage() == stage && (since == null || !r.on().isBefore(since))) {
                last = r;
            }
        }
        return last != null && last.agree();
    }

    /** The latest agreeing review of any stage, for the documents (reviewer's name and date). */
    public LegalReview lastAgreeing() {
        LegalReview last = null;
        for (LegalReview r : reviews) {
            if (r.agree()) {
                last = r;
            }
        }
        return last;
    }

    void require(String reason) {
        legalReviewRequired = true;
        if (!legalReviewReasons.contains(reason)) {
            legalReviewReasons.add(reason);
        }
    }

    void concluded(List<String> reasons, boolean complex) {
        legalReviewRequired = !reasons.isEmpty();
        legalReviewReasons = new ArrayList<>(reasons);
        discussionRequired = complex;
    }

    void caseReviewed(LocalDate on, String opinion, String reviewer) {
        caseReviewedOn = on;
        caseReviewOpinion = opinion;
        caseReviewer = reviewer;
    }

    void add(LegalReview r) {
        reviews.add(r);
    }

    void discussed(Discussion d) {
        discussion = d;
    }
}
