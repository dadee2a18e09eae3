package org.zhifa.cases;

import java.time.LocalDate;

/**
 * A published decision was revoked or changed (by reconsideration, litigation or self-correction); publication
 * must be withdrawn within 3 working days with an explanation (《行政处罚法》第四十八条).
 *
 * @param caseId     case id
 * @param caseNumber decision number
 * @param on         date of revocation or change
 * @param changed    true when changed (a new decision follows), false when revoked
 * @param reason     the public explanation
 */
public record PenaltyDecisionRevoked(long caseId, String caseNumber, LocalDate on, boolean changed, String reason) {
}
