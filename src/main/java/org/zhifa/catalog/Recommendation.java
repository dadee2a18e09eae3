package org.zhifa.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A discretion recommendation. Amounts are in fen (long) throughout zhifa. An amount outside the recommended range
 * is allowed only with a written reason and sends the case to legal review (the cases module enforces that).
 */
@Schema(description = "裁量建议结果（金额单位：分）")
public record Recommendation(
        @Schema(description = "违法行为编码") String violationCode,
        @Schema(description = "违法行为名称") String violationName,
        @Schema(description = "裁量阶次", example = "一般") String tier,
        @Schema(description = "阶次适用条件（文字）") String tierCondition,
        @Schema(description = "建议给予警告（无罚款）") boolean warning,
        @Schema(description = "建议罚款幅度下限（分），无罚款时为空", example = "100000") Long rangeMinFen,
        @Schema(description = "建议罚款幅度上限（分）", example = "300000") Long rangeMaxFen,
        @Schema(description = "建议罚款金额（分）", example = "300000") Long suggestedFen,
        @Schema(description = "其他处罚或措施（如没收违法所得、吊销证件）") String otherMeasures,
        @Schema(description = "是否为减轻处罚（低于法定最低限）") boolean belowStatutoryMinimum,
        @Schema(description = "适用条款") List<String> articles,
        @Schema(description = "说明过程：阶次如何确定、情节如何调整、适用哪些条款") List<String> trail,
        @Schema(description = "所用裁量基准版本，无基准时为空") BenchmarkVersionRef benchmarkVersion,
        @Schema(description = "是否按从旧兼从轻比较了行为时与决定时两个版本") boolean bothVersionsEvaluated) {

    public Recommendation {
        articles = List.copyOf(articles);
        trail = List.copyOf(trail);
    }

    /** The suggested amount in yuan for display, or null. */
    public String suggestedYuan() {
        return suggestedFen == null ? null : Money.yuan(suggestedFen);
    }

    /** The recommended range for display, e.g. "1000元至3000元" or "警告". */
    public String rangeText() {
        if (warning) {
            return "警告";
        }
        if (rangeMinFen == null || rangeMaxFen == null) {
            return otherMeasures == null ? "—" : otherMeasures;
        }
        return Money.yuan(rangeMinFen) + "元至" + Money.yuan(rangeMaxFen) + "元";
    }
}
