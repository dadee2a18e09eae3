package org.zhifa.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/cases/{id}/transitions/{name}} and of the case page's action forms. Every field is
 * optional; each transition reads the ones it needs (see the OpenAPI description of the endpoint).
 *
 * @param version            the case version the caller saw (optimistic locking; a stale one gives 409)
 * @param date               the day the act took place (default today; not before the previous step)
 * @param reason             written reason (退回, 不予立案, 延长, amount outside the range, transfer…)
 * @param toState            target of a return (退回)
 * @param recordKind         investigation record: INQUIRY, INSPECTION, SITE, SAMPLING, PRESERVATION, COMPULSORY_MEASURE
 * @param content            text of a record, statement, hearing record, minutes, closure report, opinion
 * @param clockId            the clock a release refers to
 * @param outcome            PENALTY, NO_PENALTY_MINOR, NO_PENALTY_NOT_ESTABLISHED
 * @param penaltyKinds       WARNING, FINE, CONFISCATION, SUSPENSION, REVOCATION, DOWNGRADE, OTHER
 * @param amountYuan         the fine in yuan
 * @param complexCase        difficult/complex/serious: collective discussion required
 * @param hearingRightStated the notice states the right to a hearing
 * @param hearingDate        date of the hearing
 * @param presidingOfficerId officer presiding the hearing (personnel officer id)
 * @param opinion            AGREE or PROBLEMS (legal review)
 * @param problems           problems found by the legal reviewer
 * @param attendees          heads attending the collective discussion
 * @param conclusion         conclusion of the discussion
 * @param citesHearingRecord the decision is based on the hearing record
 * @param educationRecorded  the education record exists (no-penalty decisions, Art. 33)
 * @param commitmentSigned   the party signed the commitment letter
 * @param serviceMethod      DIRECT, ELECTRONIC, MAIL, PUBLIC_NOTICE, LEFT_AT_ADDRESS
 * @param addressConfirmed   the party signed a 送达地址确认书 accepting electronic service
 * @param paymentChannel     BANK or ONLINE
 * @param paymentReference   bank or online payment reference
 * @param newDueDate         new due date (deferral, extension)
 * @param pauseKind          RECONSIDERATION or LITIGATION
 * @param collectiveDecision an extension beyond the first one decided collectively
 * @param recipient          receiving authority (transfer, filing)
 * @param officerId          the officer who withdraws (回避)
 * @param instalments        instalment schedule approved with a deferral (处罚法 Art. 66): due date and amount each
 */
public record TransitionRequest(Integer version, LocalDate date, String reason, String toState, String recordKind,
        String content, Long clockId, String outcome, Set<String> penaltyKinds, BigDecimal amountYuan,
        Boolean complexCase, Boolean hearingRightStated, LocalDate hearingDate, Long presidingOfficerId,
        String opinion, List<String> problems, List<String> attendees, String conclusion, Boolean citesHearingRecord,
        Boolean educationRecorded, Boolean commitmentSigned, String serviceMethod, Boolean addressConfirmed,
        String paymentChannel, String paymentReference, LocalDate newDueDate, String pauseKind,
        Boolean collectiveDecision, String recipient, Long officerId, List<Instalment> instalments) {

    /** One requested instalment: its due date and amount in yuan. */
    public record Instalment(LocalDate dueOn, BigDecimal amountYuan) {
    }

    public static TransitionRequest empty(Integer version) {
        return new TransitionRequest(version, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean flag(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    public String text(String s) {
        return s == null ? "" : s.trim();
    }
}
