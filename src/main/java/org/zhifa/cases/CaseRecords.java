package org.zhifa.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Read-only views of case records for case-file evaluation (案卷评查): the population of closed files of a period and,
 * per file, the facts an evaluator checks — officers and their eligibility on the day of the act, legal clocks met or
 * overdue, documents issued and missing, proofs of service, the amount against the discretion benchmark, legal review
 * and advance notice. Nothing here changes a case.
 */
public interface CaseRecords {

    /**
     * A closed file of the population drawn from.
     *
     * @param officerIds the personnel ids of the officers who handled it (conflicts of evaluators)
     * @param createdBy  the user who registered it
     */
    record Candidate(long caseId, long unitId, EvaluationCategory category, long[] officerIds, long createdBy) {
    }

    /** An officer of the file with their eligibility on the day of the act (处罚法 Art. 42). */
    record OfficerFact(long officerId, Long userId, String name, boolean auxiliary, boolean recused, boolean eligible,
            List<String> reasons) {
    }

    /** A legal clock of the file; overdue when marked so, or met only after its due date. */
    record ClockFact(String kind, String label, String basis, LocalDate startedOn, LocalDate dueOn, LocalDate closedOn,
            String state) {

        public boolean overdue() {
            return "OVERDUE".equals(state) || "MET".equals(state) && closedOn != null && closedOn.isAfter(dueOn);
        }
    }

    /**
     * Everything an evaluation pre-check decides from.
     *
     * @param missingDocuments what the archive check finds missing or inconsistent (documents, proofs of service,
     *                         order of dates, amounts paid), empty when complete
     * @param issuedDocuments  current documents by type name
     * @param amountFen        the amount fined, or null without a fine
     * @param recommendedMinFen the discretion benchmark's range recorded at the end of the investigation, or null
     * @param legalReviewRequired whether the file needed legal review (处罚法 Art. 58)
     * @param legalReviewPassed whether an agreeing legal review is on file
     * @param noticeServedOn   the day the advance notice was served, or null
     * @param decidedOn        the day of the decision, or null
     */
    record CaseRecord(long caseId, String caseNumber, long unitId, EvaluationCategory category, String procedure,
            String state, String outcome, LocalDate actDate, List<OfficerFact> officers, List<ClockFact> clocks,
            Map<String, Long> issuedDocuments, List<String> missingDocuments, Long amountFen, Long recommendedMinFen,
            Long recommendedMaxFen, boolean legalReviewRequired, boolean legalReviewPassed, LocalDate noticeServedOn,
            LocalDate decidedOn, boolean decisionServed, String decisionServiceMethod) {
    }

    /**
     * The files closed in the period (closure approved or archived, or transferred), streamed in id order so that a
     * year of a large prefecture is never held twice in memory.
     */
    void closedBetween(LocalDate from, LocalDate to, Consumer<Candidate> each);

    /** The file's record, empty when no such case. */
    Optional<CaseRecord> record(long caseId);

    /** A case that needs attention: what and since when. */
    record CaseAlert(long caseId, String caseNumber, long unitId, String kind, String detail, LocalDate date) {
    }

    /**
     * A criminal transfer (国务院令第310号) with its two clocks: the head's decision within 3 days of the proposal
     * and the handover within 24 hours of approval, and the public security organ's receipt.
     */
    record TransferView(long caseId, String caseNumber, long unitId, String state, LocalDate proposedOn,
            ClockFact decisionClock, LocalDate transferredOn, String recipient, String transferNumber,
            ClockFact handoverClock, LocalDate receivedOn, String receivedBy) {
    }

    /** Legal clocks of the units overdue on {@code today} (running past due, or marked overdue and still open). */
    List<CaseAlert> overdueClocks(java.util.Set<Long> unitIds, LocalDate today, int limit);

    /** Open cases of the units whose last step was before {@code before}. */
    List<CaseAlert> withoutStepSince(java.util.Set<Long> unitIds, LocalDate before, int limit);

    /** Cases of the units returned by legal review at least {@code times} times. */
    List<CaseAlert> repeatedlyReturned(java.util.Set<Long> unitIds, int times, int limit);

    /**
     * How a unit's or an officer's fines sit in the discretion benchmark's range recorded at the end of the
     * investigation: decisions with a range, at or above its top, at or below its bottom, below it (减轻).
     *
     * @param kind "UNIT" or "OFFICER"
     */
    record DiscretionStat(String kind, long id, String name, long unitId, int decisions, int atTop, int atBottom,
            int reduced) {
    }

    /** Discretion statistics of fines decided from {@code from} on, per unit and per officer, for every unit. */
    List<DiscretionStat> discretion(LocalDate from);

    /** Criminal transfers of the units, newest first. */
    List<TransferView> transfers(java.util.Set<Long> unitIds, int limit);

    /** Case numbers by id (for lists), without data scope: the caller has checked it. */
    Map<Long, String> caseNumbers(java.util.Collection<Long> caseIds);
}
