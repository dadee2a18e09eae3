package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.cases.domain.ExecutionRecord.CashCollection;
import org.zhifa.cases.domain.ExecutionRecord.Instalment;
import org.zhifa.cases.domain.ExecutionRecord.Payment;
import org.zhifa.cases.domain.InvestigationRecord.Act;
import org.zhifa.cases.domain.InvestigationRecord.Measure;
import org.zhifa.cases.domain.NoticeRecord.Hearing;
import org.zhifa.cases.domain.NoticeRecord.Statement;
import org.zhifa.cases.domain.NoticeRecord.Waiver;
import org.zhifa.cases.domain.ReviewRecord.Discussion;
import org.zhifa.cases.domain.ReviewRecord.LegalReview;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.personnel.EnforcementCategory;

/**
 * The penalty case aggregate (行政处罚案件). It owns its state: each step calls one method here with the engine's
 * {@link StepCheck}; the method refuses an archived case, a step that does not start from the current state and a
 * check whose guards did not all allow it, and only then records what the step established, moves the state and
 * registers the step's events. Optimistic locking: {@link #version()} is checked when stored.
 */
public class PenaltyCase extends CaseFile {

    PenaltyCase() {
    }

    /** A case not yet opened: the opening step ({@code register}, {@code decide-on-the-spot}) opens it. */
    public static PenaltyCase draft(long unitId, Procedure procedure, CaseSource source, String sourceNote,
            EnforcementCategory category, List<ViolationRef> violations, ActDetails act, Party party,
            String plateNumber, List<CaseOfficer> officers, LocalDate registeredOn, long createdBy) {
        PenaltyCase c = new PenaltyCase();
        c.unitId = unitId;
        c.procedure = procedure;
        c.procedureVersion = procedure.version();
        c.source = source;
        c.sourceNote = sourceNote;
        c.category = category;
        c.violations = new ArrayList<>(violations);
        c.act = act;
        c.party = party;
        c.plateNumber = plateNumber;
        c.officers = new ArrayList<>(officers);
        c.registeredOn = registeredOn;
        c.createdBy = createdBy;
        return c;
    }

    // —— opening ——
    public void register(StepCheck c) { guarded(c, () -> { }); }

    public void decideOnTheSpot(StepCheck c, DecisionRecord.Made d, ServiceFacts served, LocalDate paymentDue,
            CashCollection cash, java.util.function.Function<PenaltyCase, Object> event) {
        guarded(c, () -> {
            caseNumber = d.number();
            decision = DecisionRecord.of(d, decision);
            execution.service = served;
            execution.servedOn = served.servedOn();
            execution.paymentDue = paymentDue;
            execution.cash = cash;
            if (cash != null) {
                execution.pay(new Payment(cash.collectedOn(), d.amountFen(), "ON_SPOT", cash.receiptNumber()));
            }
            events.add(event);
        });
    }

    // —— 立案 ——
    public void submitFiling(StepCheck c, String opinion) { guarded(c, () -> filing.submit(c.actedOn(), opinion)); }

    public void approveFiling(StepCheck c, String number, String head, String opinion, LocalDate due) {
        guarded(c, () -> {
            caseNumber = number;
            filedOn = c.actedOn();
            timeLimitDue = due;
            filing.decide(c.actedOn(), head, opinion, false);
        });
    }

    public void refuseFiling(StepCheck c, String head, String reason) {
        guarded(c, () -> filing.decide(c.actedOn(), head, reason, true));
    }

    public void assign(StepCheck c, CaseOfficer o) {
        guarded(c, () -> {
            officers.removeIf(x -> x.officerId() == o.officerId());
            officers.add(o);
        });
    }

    public void recuse(StepCheck c, long officerId) {
        guarded(c, () -> officers.replaceAll(o -> o.officerId() == officerId ? o.recuse() : o));
    }

    // —— 调查取证 ——
    public void recordAct(StepCheck c, Act a) { guarded(c, () -> investigation.add(a)); }

    public void takeMeasure(StepCheck c, Act a, Measure m) {
        guarded(c, () -> {
            investigation.add(a);
            investigation.add(m);
        });
    }

    public void confirmServiceAddress(StepCheck c, AddressConfirmation a) {
        guarded(c, () -> addressConfirmations.add(a));
    }

    public void extendMeasure(StepCheck c, InvestigationRecord.MeasureExtension e) {
        guarded(c, () -> investigation.extend(e));
    }

    public void releaseMeasure(StepCheck c, String number, String reason) {
        guarded(c, () -> investigation.release(number, c.actedOn(), reason));
    }

    public void extend(StepCheck c, Extension e) {
        guarded(c, () -> {
            extensions.add(e);
            timeLimitDue = e.newDue();
        });
    }

    public void conclude(StepCheck c, Proposal p, Map<String, Object> facts, List<String> reviewReasons) {
        guarded(c, () -> {
            proposal = p;
            discretionFacts = new LinkedHashMap<>(facts);
            review.concluded(reviewReasons, p.complexCase());
        });
    }

    /** A step that moves the case on and records nothing beyond its history (提交审核, 报请决定…). */
    public void advance(StepCheck c) { guarded(c, () -> { }); }

    // —— 审核 ——
    public void reviewCase(StepCheck c, String opinion, String reviewer, boolean complex) {
        guarded(c, () -> {
            review.caseReviewed(c.actedOn(), opinion, reviewer);
            if (complex) {
                review.require("案件审核认为案情疑难复杂、涉及多个法律关系");
            }
        });
    }

    public void legalReview(StepCheck c, LegalReview r) { guarded(c, () -> review.add(r)); }

    // —— 告知、陈述申辩、听证 ——
    public void issueNotice(StepCheck c, String number, boolean hearingApplies) {
        guarded(c, () -> notice.issue(number, c.actedOn(), proposal, hearingApplies));
    }

    public void serveNotice(StepCheck c, ServiceFacts s, LocalDate statementDue, LocalDate hearingDue) {
        guarded(c, () -> notice.serve(s, statementDue, hearingDue));
    }

    public void recordStatement(StepCheck c, Statement s) { guarded(c, () -> notice.add(s)); }

    public void reviewStatement(StepCheck c, int no, NoticeRecord.Review r) { guarded(c, () -> notice.review(no, r)); }

    public void waiveStatement(StepCheck c, Waiver w) { guarded(c, () -> notice.statementWaiver = w); }

    public void waiveHearing(StepCheck c, Waiver w) { guarded(c, () -> notice.hearingWaiver = w); }

    public void requestHearing(StepCheck c) { guarded(c, () -> notice.hearingRequestedOn = c.actedOn()); }

    public void scheduleHearing(StepCheck c, Hearing h) { guarded(c, () -> notice.hearing = h); }

    public void serveHearingNotice(StepCheck c, ServiceFacts s) {
        guarded(c, () -> notice.hearing = notice.hearing.served(s));
    }

    public void recordHearing(StepCheck c, Choices.Attendance a, NoticeRecord.HearingPerson recordedBy) {
        guarded(c, () -> notice.hearing = notice.hearing.held(c.actedOn(), a, recordedBy));
    }

    public void recordDiscussion(StepCheck c, Discussion d) { guarded(c, () -> review.discussed(d)); }

    // —— 决定、送达 ——
    public void recordEducation(StepCheck c) { guarded(c, () -> decision.educationOn = c.actedOn()); }

    public void recordCommitment(StepCheck c) { guarded(c, () -> decision.commitmentOn = c.actedOn()); }

    public void decide(StepCheck c, DecisionRecord.Made d, java.util.function.Function<PenaltyCase, Object> event) {
        guarded(c, () -> {
            decision = DecisionRecord.of(d, decision);
            events.add(event);
        });
    }

    public void serveDecision(StepCheck c, ServiceFacts s, LocalDate paymentDue) {
        guarded(c, () -> {
            execution.service = s;
            execution.servedOn = s.servedOn();
            execution.paymentDue = paymentDue;
        });
    }

    public void fileMajorDecision(StepCheck c, boolean late) {
        guarded(c, () -> {
            execution.majorFiledOn = c.actedOn();
            execution.majorFiledLate = late;
        });
    }

    public void acknowledgeFiling(StepCheck c, String by) {
        guarded(c, () -> {
            execution.majorAcknowledgedBy = by;
            execution.majorAcknowledgedOn = c.actedOn();
        });
    }

    // —— 执行 ——
    public void pay(StepCheck c, Payment p) { guarded(c, () -> execution.pay(p)); }

    public void defer(StepCheck c, LocalDate newDue, String arrangement) {
        guarded(c, () -> {
            execution.paymentDue = newDue;
            execution.deferral = arrangement;
        });
    }

    public void instalments(StepCheck c, List<Instalment> schedule, String arrangement) {
        guarded(c, () -> {
            execution.instalments = new ArrayList<>(schedule);
            execution.paymentDue = schedule.get(schedule.size() - 1).dueOn();
            execution.deferral = arrangement;
        });
    }

    public void pauseSurcharge(StepCheck c, Choices.PauseKind kind) {
        guarded(c, () -> execution.pauses.add(new ExecutionRecord.Pause(kind, c.actedOn(), null)));
    }

    public void resumeSurcharge(StepCheck c) { guarded(c, () -> execution.resume(c.actedOn())); }

    public void issueReminder(StepCheck c, String number, int performanceWorkingDays) {
        guarded(c, () -> {
            execution.reminderNumber = number;
            execution.reminderIssuedOn = c.actedOn();
            execution.reminderPerformanceDays = performanceWorkingDays;
        });
    }

    public void serveReminder(StepCheck c, ServiceFacts s, LocalDate due) {
        guarded(c, () -> {
            execution.reminderService = s;
            execution.reminderServedOn = s.servedOn();
            execution.reminderDue = due;
        });
    }

    public void applyToCourt(StepCheck c, String court) {
        guarded(c, () -> {
            execution.courtAppliedOn = c.actedOn();
            execution.court = court;
        });
    }

    public void fileCopy(StepCheck c) { guarded(c, () -> execution.copyFiledOn = c.actedOn()); }

    public void handInCash(StepCheck c, String to, String reference) {
        guarded(c, () -> {
            CashCollection k = execution.cash;
            execution.cash = new CashCollection(k.ground(), k.receiptNumber(), k.collectedOn(), c.actedOn(), to,
                    reference);
        });
    }

    // —— 移送 ——
    public void proposeTransfer(StepCheck c, String facts, String reason, String reviewReason) {
        guarded(c, () -> {
            transfer.proposedOn = c.actedOn();
            transfer.facts = facts;
            transfer.reason = reason;
            review.require(reviewReason);
        });
    }

    public void approveTransfer(StepCheck c, String recipient, String number) {
        guarded(c, () -> {
            transfer.transferredOn = c.actedOn();
            transfer.recipient = recipient;
            transfer.number = number;
        });
    }

    public void completeTransfer(StepCheck c, String receivedBy) {
        guarded(c, () -> {
            transfer.receivedOn = c.actedOn();
            transfer.receivedBy = receivedBy;
        });
    }

    // —— 结案、归档、退回 ——
    public void proposeClosure(StepCheck c, String opinion) {
        guarded(c, () -> {
            closure.proposedOn = c.actedOn();
            closure.handlerOpinion = opinion;
        });
    }

    public void approveClosure(StepCheck c, String head, String opinion,
            java.util.function.Function<PenaltyCase, Object> event) {
        guarded(c, () -> {
            closure.approvedOn = c.actedOn();
            closure.approverName = head;
            closure.headOpinion = opinion;
            events.add(event);
        });
    }

    public void archive(StepCheck c) { guarded(c, () -> closure.archivedOn = c.actedOn()); }

    public void returnTo(StepCheck c) { guarded(c, () -> { }); }
}
