package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** One line of a list of goods (抽样、登记保存、查封扣押). */
@Schema(name = "GoodsLine", description = "物品")
public record GoodsLine(
        @Schema(description = "名称") @NotBlank(message = "请填写物品名称") String name,
        @Schema(description = "规格型号") String spec,
        @Schema(description = "数量") @NotBlank(message = "请填写数量") String quantity,
        @Schema(description = "单位") @NotBlank(message = "请填写单位") String unit,
        @Schema(description = "备注") String remark) {
}
