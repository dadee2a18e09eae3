package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** 没收违法所得 (《行政处罚法》第二十八条第二款): what was gained and the amount in yuan. */
@Schema(name = "Confiscation", description = "没收违法所得")
public record Confiscation(
        @Schema(description = "违法所得的来源和计算") @NotBlank(message = "请写明违法所得的来源和计算") String description,
        @Schema(description = "金额（元）") @NotNull(message = "请填写违法所得金额") @Positive(message = "金额应大于零")
        @jakarta.validation.constraints.Digits(integer = 12, fraction = 2, message = "金额最多保留两位小数") BigDecimal amountYuan) {
}
