package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.catalog.PenaltyKind;

/**
 * What each step establishes on the aggregate. Called by the engine after {@link PenaltyCase#enter} succeeded and
 * the guards allowed the step; the fields stay package-private to the domain.
 */
public final class CaseSteps {

    private CaseSteps() {
    }

    public static void approveFiling(PenaltyCase c, String caseNumber, LocalDate on, LocalDate due) {
        c.caseNumber = caseNumber;
        c.filedOn = on;
        c.timeLimitDue = due;
    }

    public static void extend(PenaltyCase c, Extension e) {
        c.extensions.add(e);
        c.timeLimitDue = e.newDue();
    }

    public static void assign(PenaltyCase c, CaseOfficer officer) {
        c.officers.removeIf(o -> o.officerId() == officer.officerId());
        c.officers.add(officer);
    }

    public static void recuse(PenaltyCase c, long officerId) {
        c.officers.replaceAll(o -> o.officerId() == officerId ? o.recuse() : o);
    }

    public static void conclude(PenaltyCase c, Proposal p, List<String> legalReviewReasons, boolean criminal) {
        c.proposal = p;
        c.criminalSuspected = criminal;
        c.review.legalReviewRequired = !legalReviewReasons.isEmpty();
        c.review.legalReviewReasons = new ArrayList<>(legalReviewReasons);
        c.review.legalReviewPassedOn = null;
        c.review.discussionRequired = p.complexCase();
    }

    public static void requireLegalReview(PenaltyCase c, String reason) {
        c.review.legalReviewRequired = true;
        if (!c.review.legalReviewReasons.contains(reason)) {
            c.review.legalReviewReasons.add(reason);
        }
    }

    public static void caseReviewed(PenaltyCase c, LocalDate on, String opinion) {
        c.review.caseReviewedOn = on;
        c.review.caseReviewOpinion = opinion;
    }

    public static void legalReview(PenaltyCase c, LocalDate on, long userId, String name, boolean agree,
            String opinion, List<String> problems) {
        c.review.reviewerUserId = userId;
        c.review.reviewerName = name;
        c.review.legalReviewOpinion = opinion;
        c.review.problems = new ArrayList<>(problems == null ? List.of() : problems);
        c.review.legalReviewPassedOn = agree ? on : null;
    }

    public static void serveNotice(PenaltyCase c, LocalDate on, boolean hearingApplies, boolean rightStated,
            LocalDate statementDue, LocalDate hearingRequestDue) {
        NoticeRecord n = new NoticeRecord();
        n.servedOn = on;
        n.notifiedAmountFen = c.proposal.amountFen();
        n.notifiedPenalty = c.proposal.penaltyText();
        n.hearingApplies = hearingApplies;
        n.hearingRightStated = rightStated;
        n.statementDue = statementDue;
        n.hearingRequestDue = hearingApplies ? hearingRequestDue : null;
        c.notice = n;
    }

    public static void statement(PenaltyCase c, LocalDate on, String text, String review) {
        c.notice.statementReceivedOn = on;
        c.notice.statement = text;
        c.notice.statementReview = review;
    }

    public static void waive(PenaltyCase c, LocalDate on) {
        c.notice.waivedOn = on;
    }

    public static void requestHearing(PenaltyCase c, LocalDate on) {
        c.notice.hearingRequestedOn = on;
    }

    public static void scheduleHearing(PenaltyCase c, LocalDate noticeOn, LocalDate hearingDate, long presidingId,
            String presidingName) {
        c.notice.hearingNoticeOn = noticeOn;
        c.notice.hearingDate = hearingDate;
        c.notice.presidingOfficerId = presidingId;
        c.notice.presidingOfficerName = presidingName;
    }

    public static void hearingHeld(PenaltyCase c, LocalDate on, String record) {
        c.notice.hearingHeldOn = on;
        c.notice.hearingRecord = record;
    }

    public static void discussion(PenaltyCase c, LocalDate on, List<String> attendees, String opinions,
            String conclusion) {
        c.review.discussionOn = on;
        c.review.discussionAttendees = new ArrayList<>(attendees);
        c.review.discussionOpinions = opinions;
        c.review.discussionConclusion = conclusion;
    }

    public static void decide(PenaltyCase c, DecisionOutcome outcome, Set<PenaltyKind> kinds, long amountFen,
            LocalDate on, String number, long userId, String name, boolean citesHearing, boolean education,
            boolean commitment, boolean major, String reason) {
        DecisionRecord d = new DecisionRecord();
        d.outcome = outcome;
        d.kinds = new java.util.HashSet<>(kinds);
        d.amountFen = amountFen;
        d.decidedOn = on;
        d.number = number;
        d.deciderUserId = userId;
        d.deciderName = name;
        d.citesHearingRecord = citesHearing;
        d.educationRecorded = education;
        d.commitmentSigned = commitment;
        d.major = major;
        d.reason = reason;
        c.decision = d;
    }

    public static void serveDecision(PenaltyCase c, LocalDate servedOn, String method, String note,
            LocalDate paymentDue) {
        c.execution.servedOn = servedOn;
        c.execution.serviceMethod = method;
        c.execution.serviceNote = note;
        c.execution.paymentDue = paymentDue;
    }

    public static void pay(PenaltyCase c, ExecutionRecord.Payment p) {
        c.execution.payments.add(p);
        c.execution.paidFen += p.amountFen();
    }

    public static void collectOnSpot(PenaltyCase c, boolean collected) {
        c.execution.collectedOnSpot = collected;
    }

    public static void defer(PenaltyCase c, LocalDate newDue, String arrangement) {
        c.execution.paymentDue = newDue;
        c.execution.deferral = arrangement;
    }

    /** An approved instalment schedule: the fine as a whole is due with the last instalment. */
    public static void instalments(PenaltyCase c, List<ExecutionRecord.Instalment> schedule, String arrangement) {
        c.execution.instalments = new ArrayList<>(schedule);
        c.execution.paymentDue = schedule.get(schedule.size() - 1).dueOn();
        c.execution.deferral = arrangement;
    }

    public static void pause(PenaltyCase c, String kind, LocalDate start) {
        c.execution.pauses.add(new ExecutionRecord.Pause(kind, start, null));
    }

    public static boolean resume(PenaltyCase c, LocalDate end) {
        var pauses = c.execution.pauses;
        for (int i = 0; i < pauses.size(); i++) {
            var p = pauses.get(i);
            if (p.end() == null) {
                pauses.set(i, new ExecutionRecord.Pause(p.kind(), p.start(), end));
                return true;
            }
        }
        return false;
    }

    public static void remind(PenaltyCase c, LocalDate on, LocalDate due) {
        c.execution.reminderServedOn = on;
        c.execution.reminderDue = due;
    }

    public static void courtApplied(PenaltyCase c, LocalDate on) {
        c.execution.courtAppliedOn = on;
    }

    public static void copyFiled(PenaltyCase c, LocalDate on) {
        c.execution.copyFiledOn = on;
    }

    public static void majorFiled(PenaltyCase c, LocalDate on, boolean late) {
        c.execution.majorFiledOn = on;
        c.execution.majorFiledLate = late;
    }

    public static void majorAcknowledged(PenaltyCase c, String by, LocalDate on) {
        c.execution.majorAcknowledgedBy = by;
        c.execution.majorAcknowledgedOn = on;
    }

    public static void transferred(PenaltyCase c, LocalDate on, String recipient) {
        c.execution.transferredOn = on;
        c.execution.transferRecipient = recipient;
        c.criminalSuspected = true;
    }

    public static void close(PenaltyCase c, LocalDate on, String report) {
        c.execution.closedOn = on;
        c.execution.closureReport = report;
    }

    /** Used by the repository to restore the identity and version after loading or storing. */
    public static void identify(PenaltyCase c, long id, int version) {
        c.id = id;
        c.version = version;
    }

    public static void discretionFacts(PenaltyCase c, java.util.Map<String, Object> facts) {
        c.discretionFacts = new java.util.LinkedHashMap<>(facts == null ? java.util.Map.of() : facts);
    }

    public static void number(PenaltyCase c, String number) {
        c.caseNumber = number;
    }
}
