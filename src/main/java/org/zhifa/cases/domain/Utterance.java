package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** What one participant said, as recorded (听证笔录). */
@Schema(name = "Utterance", description = "发言")
public record Utterance(
        @Schema(description = "发言人") @NotBlank(message = "请填写发言人") String speaker,
        @Schema(description = "发言内容") @NotBlank(message = "请填写发言内容") String text) {
}
