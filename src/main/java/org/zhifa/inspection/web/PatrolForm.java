package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.zhifa.inspection.internal.PatrolInput;

/** The patrol log form, bound by Spring; what a log needs beyond the types is the service's check. */
record PatrolForm(
        @Schema(description = "巡查计划") Long scheduleId,
        @Schema(description = "巡查路段") Long segmentId,
        @Schema(description = "路线") String roadCode,
        @Schema(description = "起点桩号") String fromStake,
        @Schema(description = "终点桩号") String toStake,
        @Schema(description = "巡查日期") LocalDate patrolDate,
        @Schema(description = "开始时间") LocalTime startTime,
        @Schema(description = "结束时间") LocalTime endTime,
        @Schema(description = "巡查人员") List<Long> officerIds,
        @Schema(description = "辅助人员") List<Long> auxiliaryIds,
        @Schema(description = "巡查车辆") String vehicle,
        @Schema(description = "巡查情况") String summary) {

    PatrolInput input() {
        return new PatrolInput(scheduleId, segmentId, roadCode, fromStake, toStake, patrolDate, startTime, endTime,
                officerIds, auxiliaryIds, vehicle, summary);
    }
}
