package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.zhifa.inspection.internal.PlanInput;

/**
 * The plan page's form, bound by Spring (ISO dates, numbers); what a plan needs beyond the types (title, window, items)
 * is the service's check, the same for the API. Ratios and minimums are keyed by credit class ({@code ratios[A]}).
 */
record PlanForm(
        @Schema(description = "计划名称") String title,
        @Schema(description = "年度") @Min(value = 1000, message = "{zhifa.year.message}")
        @Max(value = 9999, message = "{zhifa.year.message}") Integer year,
        @Schema(description = "检查开始日期") LocalDate windowStart,
        @Schema(description = "检查结束日期") LocalDate windowEnd,
        @Schema(description = "联合检查部门") String jointDepartments,
        @Schema(description = "上次检查的回避") String recusal,
        @Schema(description = "抽查事项") List<Long> itemIds,
        @Schema(description = "抽查比例") Map<String, @DecimalMin(value = "0", message = "{zhifa.ratio.message}")
                @DecimalMax(value = "1", message = "{zhifa.ratio.message}") BigDecimal> ratios,
        @Schema(description = "最少抽取数") Map<String, @PositiveOrZero Integer> minimums,
        @Schema(description = "版本号") Integer version) {

    PlanInput input() {
        return new PlanInput(null, year, title, windowStart, windowEnd, jointDepartments, recusal,
                itemIds == null ? List.of() : itemIds, ratios == null ? Map.of() : ratios,
                minimums == null ? Map.of() : minimums, version);
    }
}
