package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/** 责令改正 / 责令停止违法行为 (《行政处罚法》第二十八条第一款): what to correct and by when (none: immediately). */
@Schema(name = "Correction", description = "责令改正")
public record Correction(
        @Schema(description = "责令改正或者停止违法行为的内容") @NotBlank(message = "请填写责令改正的内容") String order,
        @Schema(description = "改正期限（立即改正的不填）") LocalDate deadline) {

    public String text() {
        return "责令" + order.trim() + (deadline == null ? "，立即改正" : "，限于" + deadline + "前改正");
    }
}
