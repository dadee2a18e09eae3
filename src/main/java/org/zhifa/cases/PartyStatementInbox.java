package org.zhifa.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A party's own view of a non-site case and online statement and defence (《行政处罚法》第四十一条、第四十五条),
 * used by the public portal; implemented by the cases module. Both look-ups need the plate number and the notice
 * number together.
 */
public interface PartyStatementInbox {

    /** What the party may see of their case. */
    record PartyView(long caseId, String noticeNumber, String plateNumber, String unitName, Instant actTime,
            String place, String violationName, String facts, List<String> evidenceSummary, List<Long> evidenceIds,
            String state, LocalDate statementDeadline, boolean statementOpen) {
    }

    /** Acknowledgement of a statement. */
    record Receipt(String receiptNumber, Instant receivedAt) {
    }

    Optional<PartyView> lookup(String noticeNumber, String plateNumber);

    /** Records the statement on the case; refused (RuleViolationException) when the window has closed. */
    Receipt submit(String noticeNumber, String plateNumber, String statement, String contactPhone);
}
