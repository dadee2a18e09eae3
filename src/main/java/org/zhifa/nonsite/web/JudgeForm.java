package org.zhifa.nonsite.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The over-limit trial page's form, bound by Spring; what a measurement needs beyond the types is the judge's check. */
record JudgeForm(
        @Schema(description = "轴数") Integer axles,
        @Schema(description = "汽车列车") Boolean combination,
        @Schema(description = "牵引车单驱动轴") Boolean singleDriveAxle,
        @Schema(description = "单轮胎非驱动轴数") Integer singleTyreNonDriveAxles,
        @Schema(description = "车货总质量（千克）") Integer grossMassKg,
        @Schema(description = "总高（米）") BigDecimal heightM,
        @Schema(description = "总宽（米）") BigDecimal widthM,
        @Schema(description = "总长（米）") BigDecimal lengthM,
        @Schema(description = "允许误差（千克）") Integer toleranceKg) {

    JudgeApiController.JudgeRequest request() {
        return new JudgeApiController.JudgeRequest(axles, Boolean.TRUE.equals(combination),
                Boolean.TRUE.equals(singleDriveAxle), singleTyreNonDriveAxles,
                grossMassKg, heightM, widthM, lengthM, toleranceKg);
    }
}
