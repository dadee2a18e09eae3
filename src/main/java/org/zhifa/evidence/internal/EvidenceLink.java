package org.zhifa.evidence.internal;

import java.time.Instant;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.evidence.log.CanonicalText;

/** A link from an evidence item to a case, inspection, party, vehicle or non-site record; never removed. */
public record EvidenceLink(long id, long evidenceId, EvidenceTargetType targetType, String targetId,
        long linkedByUserId, String linkedByName, Instant linkedAt) {

    public static final String LINK_FORMAT = "zhifa-evidence-link/1";

    public String canonical() {
        return CanonicalText.of(LINK_FORMAT)
                .field("id", id)
                .field("evidenceId", evidenceId)
                .field("targetType", targetType.name())
                .field("targetId", targetId)
                .field("linkedByUserId", linkedByUserId)
                .field("linkedByName", linkedByName)
                .field("linkedAt", linkedAt.toEpochMilli())
                .text();
    }

    public String targetLabel() {
        return targetType.label();
    }
}
