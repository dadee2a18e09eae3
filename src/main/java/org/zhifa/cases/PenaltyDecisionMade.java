package org.zhifa.cases;

import java.time.LocalDate;

/**
 * Published by the cases module when a decision is made; carries what publication needs (legal-rules §6). The
 * party's personal data is in clear here (in-process only); the publicity module masks it before publishing.
 *
 * @param caseId         case id
 * @param caseNumber     the decision document number, e.g. 德交执罚〔2025〕12号
 * @param unitId         deciding unit (the "body")
 * @param unitName       deciding unit name
 * @param decisionDate   date of the decision
 * @param partyKind      citizen or organisation
 * @param partyName      party name (citizen's name or organisation's name)
 * @param partyIdNumber  citizen ID number or unified social credit code (may be null)
 * @param partyAddress   address (may be null)
 * @param plateNumber    vehicle plate (may be null)
 * @param category       the violation(s), e.g. 违法超限运输
 * @param outcome        one of the four outcomes of Art. 57
 * @param conclusion     the result in words, e.g. 罚款人民币 3000 元
 * @param facts          the facts and basis as stated in the decision
 * @param penaltyDecision true for a penalty decision (7 working days to publish), false for other decisions (20)
 */
public record PenaltyDecisionMade(long caseId, String caseNumber, long unitId, String unitName, LocalDate decisionDate,
        PartyKind partyKind, String partyName, String partyIdNumber, String partyAddress, String plateNumber,
        String category, DecisionOutcome outcome, String conclusion, String facts, boolean penaltyDecision) {
}
