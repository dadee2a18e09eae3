package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One requested instalment: its due date and amount in yuan (《行政处罚法》第六十六条第二款). */
@Schema(name = "InstalmentLine", description = "分期缴纳的一期")
public record InstalmentLine(
        @Schema(description = "缴款期限") @NotNull(message = "请填写该期缴款期限") LocalDate dueOn,
        @Schema(description = "金额（元）") @NotNull(message = "请填写该期金额") @Positive(message = "金额应大于零")
        @jakarta.validation.constraints.Digits(integer = 12, fraction = 2, message = "金额最多保留两位小数") BigDecimal amountYuan) {
}
