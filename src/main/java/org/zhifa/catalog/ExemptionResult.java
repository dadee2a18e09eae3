package org.zhifa.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer of the exemption check. Whenever the outcome is not NOT_APPLICABLE the party must be educated and the
 * education recorded (处罚法 第三十三条第三款); the commitment letter and education record are case documents.
 */
@Schema(description = "免罚审查结果")
public record ExemptionResult(
        @Schema(description = "结论") ExemptionOutcome outcome,
        @Schema(description = "依据条款") String article,
        @Schema(description = "适用的免罚清单事项编码，无则为空") String itemCode,
        @Schema(description = "免罚清单事项名称") String itemTitle,
        @Schema(description = "已满足的条件") List<String> metConditions,
        @Schema(description = "未满足的条件（中文）") List<String> unmetConditions,
        @Schema(description = "说明") String note) {

    public ExemptionResult {
        metConditions = List.copyOf(metConditions);
        unmetConditions = List.copyOf(unmetConditions);
    }
}
