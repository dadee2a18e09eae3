package org.zhifa.evidence.internal;

import java.time.Instant;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.evidence.log.CanonicalText;

/**
 * A link from an evidence item to a case, inspection, party, vehicle or non-site record; never removed. Its canonical
 * text is logged (docs/evidence-log.md §3): version 2 (links made since witnesses exist) also carries the target's name
 * (a case's case number), version 1 does not.
 */
public record EvidenceLink(long id, long evidenceId, EvidenceTargetType targetType, String targetId, String targetName,
        long linkedByUserId, String linkedByName, Instant linkedAt, int textVersion) {

    public static final String LINK_FORMAT_V1 = "zhifa-evidence-link/1";
    public static final String LINK_FORMAT = "zhifa-evidence-link/2";

    /** A new link (text version 2). */
    public static EvidenceLink of(long id, long evidenceId, EvidenceInput.ValidTarget target, long byUserId,
            String byName, Instant at) {
        return new EvidenceLink(id, evidenceId, target.type(), target.id(), target.name(), byUserId, byName, at, 2);
    }

    public String canonical() {
        CanonicalText t = CanonicalText.of(textVersion == 1 ? LINK_FORMAT_V1 : LINK_FORMAT)
                .field("id", id)
                .field("evidenceId", evidenceId)
                .field("targetType", targetType.name())
                .field("targetId", targetId);
        if (textVersion != 1) {
            t.field("targetName", targetName);
        }
        return t.field("linkedByUserId", linkedByUserId)
                .field("linkedByName", linkedByName)
                .field("linkedAt", linkedAt.toEpochMilli())
                .text();
    }

    public String targetLabel() {
        return targetType.label();
    }

    /** The target as people name it: 案件 德交执立〔2026〕18号（编号 42）. */
    public String targetText() {
        return targetType.label() + " " + (targetName == null ? targetId : targetName + "（编号 " + targetId + "）");
    }
}
