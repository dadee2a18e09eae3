package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** A problem found by the legal reviewer and what to do about it. */
@Schema(name = "ProblemLine", description = "审核发现的问题")
public record ProblemLine(
        @Schema(description = "问题") @NotBlank(message = "请填写发现的问题") String problem,
        @Schema(description = "处理建议") @NotBlank(message = "请填写处理建议") String suggestion) {
}
