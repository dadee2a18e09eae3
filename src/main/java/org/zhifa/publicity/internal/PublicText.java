package org.zhifa.publicity.internal;

import java.time.LocalDate;

/**
 * Exactly what the public reads of a decision (118号文: 执法主体、执法对象、执法类别、执法结论), already masked.
 *
 * @param documentNumber decision document number
 * @param unitName       the body (执法主体)
 * @param party          the party as published (citizens masked, organisations in full)
 * @param partyKind      公民 / 法人或其他组织
 * @param category       category (执法类别): the violation
 * @param outcome        outcome label (处罚法 第五十七条)
 * @param conclusion     conclusion (执法结论)
 * @param facts          main facts and basis, masked
 * @param decisionDate   decision date
 */
public record PublicText(String documentNumber, String unitName, String party, String partyKind, String category,
        String outcome, String conclusion, String facts, LocalDate decisionDate) {

    public PublicText {
        facts = facts == null ? "" : facts;
        conclusion = conclusion == null ? "" : conclusion;
    }

    PublicText withEdits(String newParty, String newConclusion, String newFacts) {
        return new PublicText(documentNumber, unitName, newParty, partyKind, category, outcome, newConclusion,
                newFacts, decisionDate);
    }
}
