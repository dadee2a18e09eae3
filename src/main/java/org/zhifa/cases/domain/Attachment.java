package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** A material handed over with a document (移送材料). */
@Schema(name = "Attachment", description = "随附材料")
public record Attachment(
        @Schema(description = "材料名称") @NotBlank(message = "请填写材料名称") String name,
        @Schema(description = "页数") @Positive(message = "页数应大于零") int pages) {
}
