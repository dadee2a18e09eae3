package org.zhifa.catalog.model;

import java.util.Set;
import org.zhifa.catalog.PartyType;
import org.zhifa.catalog.PenaltyKind;

/**
 * A violation (违法行为) with the article violated and the penalty article quoted exactly, each with the source
 * document and the version quoted.
 *
 * @param fineMinFen statutory minimum fine in fen (0 for "X元以下"), null when the range is not a fixed amount
 * @param fineMaxFen statutory maximum fine in fen, null when not fixed
 * @param rangeText  the statutory range in words
 */
public record Violation(long id, String code, String name, long matterId, String matterCode, String matterName,
        String violatedRef, String violatedText, String violatedSource, String violatedVersion,
        String penaltyRef, String penaltyText, String penaltySource, String penaltyVersion,
        Set<PenaltyKind> penaltyKinds, RangeKind rangeKind, Long fineMinFen, Long fineMaxFen, String rangeText,
        Set<PartyType> partyTypes, boolean compulsoryMeasures, String compulsoryNote, boolean exemptionListed,
        CatalogStatus status, int version) {

    public Violation {
        penaltyKinds = Set.copyOf(penaltyKinds);
        partyTypes = Set.copyOf(partyTypes);
    }

    /** 减轻处罚 means going below a statutory minimum; with "X元以下" there is none to go below. */
    public boolean hasStatutoryMinimum() {
        return fineMinFen != null && fineMinFen > 0;
    }
}
