package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The small forms of the directory and draw pages that name one officer, bound by Spring and Bean Validation; the API
 * reads the same records from JSON.
 */
final class OfficerChoice {

    private OfficerChoice() {
    }

    /** A relation an officer declares with an object (回避关系). */
    record Relation(@Schema(description = "执法人员") @NotNull Long officerId,
            @Schema(description = "关系") String relation,
            @Schema(description = "申报日期") LocalDate declaredOn) {
    }

    /** A person added to the inspectors' directory (page and API). */
    @Schema(name = "InspectorInput")
    record Inspector(@Schema(description = "人员") @NotNull Long officerId,
            @Schema(description = "执法门类") List<String> categories,
            @Schema(description = "备注") String note) {
    }

    /** An inspector of a drawn task who recuses himself or herself (回避; page and API). */
    @Schema(name = "Recusal")
    record Recusal(@Schema(description = "回避的检查人员") @NotNull Long officerId,
            @Schema(description = "回避理由") String reason) {
    }
}
