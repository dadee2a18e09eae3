package org.zhifa.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhifa.inspection.InspectionOutcome;

/** A recorded inspection with its outcome, clocks and publication state. */
public record Inspection(long id, long unitId, String unitName, long targetUnitId, String kind, Long taskId,
        Long planId, Long followUpOf, long targetId, String targetName, String targetKind, List<Long> itemIds,
        LocalDate inspectedOn, OffsetDateTime startedAt, OffsetDateTime endedAt, String place, String roadCode,
        Integer stakeM, BigDecimal longitude, BigDecimal latitude, List<Long> officerIds, String officerNames,
        String auxiliaryNames, String representativeName, String representativeRole, String signature,
        Long signatureEvidenceId, String refusalReason, String refusalWitness, String findings,
        InspectionOutcome outcome, Long documentId, String correctionRequirement, Integer correctionWorkingDays,
        LocalDate correctionDeadline, Long correctionDocumentId, String correctionState, LocalDate correctionClosedOn,
        Long followUpId, Long caseId, String publicationState, LocalDate publicationDue, String publicationNote,
        String publicSummary, OffsetDateTime publishedAt, String publishedBy, String recordedByName,
        OffsetDateTime recordedAt, int version) {

    public String kindLabel() {
        return switch (kind) {
            case "RANDOM" -> "双随机抽查";
            case "FOLLOW_UP" -> "复查";
            default -> "日常检查";
        };
    }

    public String stake() {
        return stakeM == null ? null : new StakeNumber(stakeM).text();
    }

    public String correctionStateLabel() {
        if (correctionState == null) {
            return "";
        }
        return switch (correctionState) {
            case "RUNNING" -> "整改期限内";
            case "MET" -> "已整改";
            case "NOT_MET" -> "复查未整改";
            default -> "逾期未复查";
        };
    }

    public boolean published() {
        return "PUBLISHED".equals(publicationState);
    }

    /** One answered checklist line. */
    public record Answer(int position, long itemId, long checklistItemId, String text, String article, String answer,
            String note) {

        public String answerLabel() {
            return switch (answer) {
                case "COMPLIANT" -> "符合";
                case "NON_COMPLIANT" -> "不符合";
                default -> "不涉及";
            };
        }
    }

    /** Evidence taken during the inspection. */
    public record EvidenceRef(long evidenceId, String kind, String title) {
    }
}
