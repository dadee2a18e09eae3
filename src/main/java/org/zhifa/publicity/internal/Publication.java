package org.zhifa.publicity.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;
import org.zhifa.publicity.PublicationState;

/**
 * A decision's publication record: its state, the text awaiting release, the public text and the clocks
 * (publish by {@code publishDue}, withdraw by {@code withdrawDue}, take down after {@code retentionUntil}).
 * The guards here are the rules; {@link PublicationService} only orchestrates.
 */
public record Publication(long id, long caseId, long unitId, boolean naturalPerson, boolean penaltyDecision,
        LocalDate decisionDate, PublicationState state, Long draftVersionId, Long publicVersionId,
        String publishBasis, LocalDate publishDue, Instant publishedAt, String releasedBy, LocalDate revokedOn,
        LocalDate withdrawDue, String withdrawReason, Instant withdrawnAt, LocalDate retentionUntil,
        Instant takenDownAt, int version) {

    static final String ART_48 = "《行政处罚法》第四十八条";
    static final String GUIDELINE_118 = "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）";

    /** A release publishes the pending text: the first time (PUBLISHED) or as an update (UPDATED). */
    public PolicyDecision mayRelease() {
        if (!state.live()) {
            return PolicyDecision.rejected(ART_48, "该公示已" + state.label() + "，不能再发布");
        }
        if (draftVersionId == null) {
            return PolicyDecision.rejected(GUIDELINE_118, "没有待发布的公示文本");
        }
        if (revokedOn != null) {
            return PolicyDecision.rejected(ART_48, "该决定已被撤销或变更，应撤回公示而不是发布");
        }
        return PolicyDecision.allowed();
    }

    /** Art. 48: a published decision is withdrawn with a public explanation. */
    public PolicyDecision mayWithdraw(String explanation) {
        if (!state.publiclyVisible()) {
            return PolicyDecision.rejected(ART_48, "只有已公示的决定可以撤回（当前：" + state.label() + "）");
        }
        if (explanation == null || explanation.isBlank()) {
            return PolicyDecision.rejected(ART_48, "撤回公示须公开说明理由");
        }
        return PolicyDecision.allowed();
    }

    public PolicyDecision mayEdit() {
        if (!state.live() || draftVersionId == null) {
            return PolicyDecision.rejected(GUIDELINE_118, "只能修改待发布的公示文本");
        }
        return PolicyDecision.allowed();
    }

    /** The record is overdue for publication on {@code today}. */
    public boolean publicationOverdue(LocalDate today) {
        return draftVersionId != null && state.live() && revokedOn == null && publishDue != null
                && today.isAfter(publishDue);
    }

    /** A revoked decision whose publication still shows. */
    public boolean withdrawalPending() {
        return revokedOn != null && state.publiclyVisible();
    }

    public boolean withdrawalOverdue(LocalDate today) {
        return withdrawalPending() && withdrawDue != null && today.isAfter(withdrawDue);
    }

    /** The day of the withdrawal in Beijing time, for notices. */
    public LocalDate withdrawnOn() {
        return withdrawnAt == null ? null : LocalDate.ofInstant(withdrawnAt, ChinaTime.ZONE);
    }

    /** The day of the first publication in Beijing time. */
    public LocalDate publishedOn() {
        return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ChinaTime.ZONE);
    }

    static Rejection staleVersion() {
        return Rejection.of("数据一致性", "该公示已被他人修改，请刷新后重试");
    }
}
