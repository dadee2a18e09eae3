package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalTime;
import java.util.List;
import org.zhifa.inspection.internal.PatrolInput;

/** A finding on a patrol as entered on the patrol page, bound by Spring. */
record FindingForm(
        @Schema(description = "发现时间") LocalTime foundTime,
        @Schema(description = "路线") String roadCode,
        @Schema(description = "桩号") String stake,
        @Schema(description = "管辖单位") Long jurisdictionUnitId,
        @Schema(description = "发现情况") String description,
        @Schema(description = "当事人") String partyName,
        @Schema(description = "当事人类型") String partyKind,
        @Schema(description = "统一社会信用代码") String creditCode,
        @Schema(description = "车牌号") String plateNumber) {

    PatrolInput.FindingInput input() {
        return new PatrolInput.FindingInput(foundTime, roadCode, stake, null, null, jurisdictionUnitId, description,
                partyName, partyKind, creditCode, plateNumber, List.of());
    }
}
