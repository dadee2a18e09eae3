package org.zhifa.cases.rules;

import java.util.Set;
import org.zhifa.cases.PartyKind;
import org.zhifa.catalog.PenaltyKind;

/**
 * When the party must be told of the right to a hearing (《行政处罚法》第六十三条): a large fine (较大数额, a setting
 * per party type), suspension, revocation, lowering of qualification, or other heavy penalties.
 */
public final class HearingThreshold {

    public static final org.zhifa.common.LegalBasis ARTICLE = Articles.HEARING_RIGHT;
    private static final Set<PenaltyKind> HEAVY = Set.of(PenaltyKind.SUSPENSION, PenaltyKind.REVOCATION,
            PenaltyKind.DOWNGRADE, PenaltyKind.CONFISCATION);

    private HearingThreshold() {
    }

    public static boolean applies(PartyKind party, Set<PenaltyKind> kinds, long amountFen, CaseProperties s) {
        if (kinds.stream().anyMatch(HEAVY::contains)) {
            return true;
        }
        long threshold = party == PartyKind.CITIZEN ? s.hearingCitizenFen() : s.hearingOrganisationFen();
        return kinds.contains(PenaltyKind.FINE) && amountFen >= threshold;
    }
}
