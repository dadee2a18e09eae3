package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** One question and its answer as recorded in a 询问笔录. */
@Schema(name = "QaPair", description = "一问一答")
public record QaPair(
        @Schema(description = "问") @NotBlank(message = "请填写询问的问题") String question,
        @Schema(description = "答") @NotBlank(message = "请填写被询问人的回答") String answer) {
}
