package org.zhifa.evidence;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.PolicyDecision;
import org.zhifa.evidence.internal.LinkTargets;

/**
 * 全过程记录: a step that restricts liberty or property (seizure, sealing, compulsory measures, forced removal), and a
 * hearing, cannot be completed without a linked continuous audio-video record whose file is stored. The cases module
 * calls this before completing such a step.
 *
 * <p>Only recordings of the target's own line of units count (its unit, the units below and above it, the
 * prefecture-level units): the unit of a recording is the unit of the officer who recorded it, written into its
 * logged metadata. A recording of another county linked to the case does not count, and the refusal says how many
 * such recordings were left out rather than ignoring them silently. A corrected (superseded) recording does not
 * count; supersession is read from the correcting item's logged metadata, not from the one column that may change.
 */
@Component
public class RecordingRequirementPolicy {

    public static final String ARTICLE = "《行政处罚法》第四十七条；方案第12条";

    private final JdbcClient jdbc;
    private final LinkTargets targets;

    RecordingRequirementPolicy(JdbcClient jdbc, LinkTargets targets) {
        this.jdbc = jdbc;
        this.targets = targets;
    }

    /**
     * Allowed when an audio-video item marked continuous, with a stored file and not superseded, recorded by the
     * target's line of units, is linked to the target; otherwise refused with {@value #ARTICLE}.
     */
    public PolicyDecision requireContinuousRecording(EvidenceTargetType targetType, String targetId, StepKind step) {
        Optional<EvidenceTargetDirectory.Target> target = targetId == null ? Optional.empty()
                : targets.find(targetType, targetId);
        String missing = step.label() + "须有关联的连续音像记录（视听资料，标记为连续录制）后方可完成，请先上传执法记录仪全程录像并关联到该"
                + targetType.label();
        if (target.isEmpty()) {
            return PolicyDecision.rejected(ARTICLE, missing + "（未找到该" + targetType.label() + "）");
        }
        Set<Long> line = targets.unitsInLineOf(target.get().unitId());
        long counted = 0;
        long outside = 0;
        for (Map.Entry<Long, Long> e : recordingsByUnit(targetType, target.get().id()).entrySet()) {
            if (line.contains(e.getKey())) {
                counted += e.getValue();
            } else {
                outside += e.getValue();
            }
        }
        if (counted > 0) {
            return PolicyDecision.allowed();
        }
        return PolicyDecision.rejected(ARTICLE, missing + (outside == 0 ? "" : "；另有 " + outside
                + " 件关联的连续音像记录由本" + targetType.label() + "所属单位及其上下级以外的单位录制，不予计入"));
    }

    /** Same, with the target type given by its code (CASE, INSPECTION, PARTY, VEHICLE, NONSITE_RECORD). */
    public PolicyDecision requireContinuousRecording(String targetType, String targetId, StepKind step) {
        return requireContinuousRecording(EvidenceTargetType.valueOf(targetType), targetId, step);
    }

    /** Current continuous recordings with a stored file linked to the target, counted by the recording's unit. */
    private Map<Long, Long> recordingsByUnit(EvidenceTargetType type, String id) {
        Map<Long, Long> byUnit = new java.util.HashMap<>();
        jdbc.sql("""
                select i.unit_id, count(distinct i.id) from evidence_item i join evidence_link l on l.evidence_id = i.id
                where l.target_type = :type and l.target_id = :id
                  and i.kind = 'AUDIO_VIDEO' and i.continuous_recording and i.content_sm3 is not null
                  and not exists (select 1 from evidence_item s where s.supersedes_id = i.id)
                group by i.unit_id
                """).param("type", type.name()).param("id", id)
                .query((rs, n) -> byUnit.put(rs.getLong(1), rs.getLong(2))).list();
        return byUnit;
    }
}
