package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** A head attending the collective discussion, with his or her own opinion (《行政处罚法》第五十七条第二款). */
@Schema(name = "Attendee", description = "出席人员及其意见")
public record Attendee(
        @Schema(description = "姓名") @NotBlank(message = "请填写出席人员姓名") String name,
        @Schema(description = "职务") @NotBlank(message = "请填写出席人员职务") String position,
        @Schema(description = "发表的意见") @NotBlank(message = "请填写该出席人员的意见") String opinion) {
}
