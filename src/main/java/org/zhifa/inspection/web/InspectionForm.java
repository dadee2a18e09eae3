package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhifa.inspection.internal.InspectionInput;

/**
 * The phone form of an inspection, bound by Spring (ISO dates and times, numbers): one answer and note per checklist
 * line ({@code answer[lineId]}, {@code note[lineId]}). What an inspection needs beyond the types is the service's check
 * (the same for the API), each missing fact named.
 */
record InspectionForm(
        @Schema(description = "抽查任务") Long taskId,
        @Schema(description = "检查对象") Long targetId,
        @Schema(description = "抽查事项") List<Long> itemIds,
        @Schema(description = "复查的检查") Long followUpOf,
        @Schema(description = "检查日期") LocalDate inspectedOn,
        @Schema(description = "开始时间") LocalTime startTime,
        @Schema(description = "结束时间") LocalTime endTime,
        @Schema(description = "检查地点") String place,
        @Schema(description = "路线") String roadCode,
        @Schema(description = "桩号") String stake,
        @Schema(description = "经度") BigDecimal longitude,
        @Schema(description = "纬度") BigDecimal latitude,
        @Schema(description = "检查人员") List<Long> officerIds,
        @Schema(description = "辅助人员") List<Long> auxiliaryIds,
        @Schema(description = "在场人员") String representativeName,
        @Schema(description = "在场人员身份") String representativeRole,
        @Schema(description = "当事人签名") String signature,
        @Schema(description = "签名") String signatureImage,
        @Schema(description = "拒绝签名的理由") String refusalReason,
        @Schema(description = "见证人") String refusalWitness,
        @Schema(description = "检查结果") Map<Long, String> answer,
        @Schema(description = "情况说明") Map<Long, String> note,
        @Schema(description = "检查发现") String findings,
        @Schema(description = "检查结论") String outcome,
        @Schema(description = "整改要求") String correctionRequirement,
        @Schema(description = "整改期限（工作日）") Integer correctionWorkingDays,
        @Schema(description = "涉嫌违法行为") String violationCode,
        @Schema(description = "涉嫌违法事实") String caseFacts) {

    /** The empty form of a task, an object with its items, or a follow-up. */
    static InspectionInput start(Long taskId, Long targetId, List<Long> itemIds, Long followUpOf) {
        return new InspectionForm(taskId, targetId, itemIds, followUpOf, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                .input();
    }

    InspectionInput input() {
        List<InspectionInput.Answer> answers = new ArrayList<>();
        new TreeMap<>(answer == null ? Map.<Long, String>of() : answer).forEach((line, a) -> answers.add(
                new InspectionInput.Answer(line, a, note == null ? null : note.get(line))));
        return new InspectionInput(taskId, targetId, itemIds, followUpOf, inspectedOn, startTime, endTime, place,
                roadCode, stake, longitude, latitude, officerIds, auxiliaryIds, representativeName, representativeRole,
                signature, signatureImage, refusalReason, refusalWitness, answers, findings, outcome,
                correctionRequirement, correctionWorkingDays, violationCode, caseFacts, List.of());
    }
}
