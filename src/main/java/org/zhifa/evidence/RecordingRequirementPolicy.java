package org.zhifa.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.PolicyDecision;

/**
 * 全过程记录: a step that restricts liberty or property (seizure, sealing, compulsory measures, forced removal), and a
 * hearing, cannot be completed without a linked continuous audio-video record whose file is stored. The cases module
 * calls this before completing such a step.
 */
@Component
public class RecordingRequirementPolicy {

    public static final String ARTICLE = "《行政处罚法》第四十七条；方案第12条";

    private final JdbcClient jdbc;

    RecordingRequirementPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Allowed when an audio-video item marked continuous, with a stored file and not superseded, is linked to the
     * target; otherwise refused with {@value #ARTICLE}.
     */
    public PolicyDecision requireContinuousRecording(EvidenceTargetType targetType, String targetId, StepKind step) {
        boolean recorded = targetId != null && jdbc.sql("""
                select exists (
                    select 1 from evidence_item i join evidence_link l on l.evidence_id = i.id
                    where l.target_type = :type and l.target_id = :id
                      and i.kind = 'AUDIO_VIDEO' and i.continuous_recording and i.content_sm3 is not null
                      and i.superseded_by_id is null)
                """).param("type", targetType.name()).param("id", targetId).query(Boolean.class).single();
        if (recorded) {
            return PolicyDecision.allowed();
        }
        return PolicyDecision.rejected(ARTICLE, step.label() + "须有关联的连续音像记录（视听资料，标记为连续录制）后方可完成，"
                + "请先上传执法记录仪全程录像并关联到该" + targetType.label());
    }

    /** Same, with the target type given by its code (CASE, INSPECTION, PARTY, VEHICLE, NONSITE_RECORD). */
    public PolicyDecision requireContinuousRecording(String targetType, String targetId, StepKind step) {
        return requireContinuousRecording(EvidenceTargetType.valueOf(targetType), targetId, step);
    }
}
