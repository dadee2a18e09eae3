package org.zhifa.reporting.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhifa.reporting.Figure;

/**
 * The reporting pages' and API's inputs, bound by Spring and checked by Bean Validation (common.FormErrors renders the
 * messages): the figures a unit enters itself, the paper-register count, and the API's bodies.
 */
final class ReportForms {

    private ReportForms() {
    }

    /**
     * The remedies a unit enters on its monthly report (none is in zhifa's records): the page posts
     * {@code remedies.reconsiderationReceived} …, the keys of {@link Figure}'s ENTERED figures, so each binds to its
     * component; 0 is entered, never assumed.
     */
    record RemediesForm(@NotNull @Schema(description = "版本号") Integer rowVersion,
            @NotNull @Valid @Schema(description = "复议、诉讼数据") Remedies remedies) {

        Map<String, Long> values() {
            return remedies.values();
        }
    }

    /** One component per {@link Figure.Kind#ENTERED} figure, named as its key after {@code remedies.}. */
    record Remedies(
            @NotNull @PositiveOrZero @Schema(description = "行政复议收案数") Long reconsiderationReceived,
            @NotNull @PositiveOrZero @Schema(description = "行政复议维持数") Long reconsiderationUpheld,
            @NotNull @PositiveOrZero @Schema(description = "行政复议撤销、变更、确认违法数") Long reconsiderationChanged,
            @NotNull @PositiveOrZero @Schema(description = "行政诉讼收案数") Long litigationReceived,
            @NotNull @PositiveOrZero @Schema(description = "行政诉讼胜诉数") Long litigationUpheld,
            @NotNull @PositiveOrZero @Schema(description = "行政诉讼败诉数") Long litigationLost) {

        Map<String, Long> values() {
            Map<String, Long> v = new LinkedHashMap<>();
            v.put(Figure.RECONSIDERATION_RECEIVED.key(), reconsiderationReceived);
            v.put(Figure.RECONSIDERATION_UPHELD.key(), reconsiderationUpheld);
            v.put(Figure.RECONSIDERATION_CHANGED.key(), reconsiderationChanged);
            v.put(Figure.LITIGATION_RECEIVED.key(), litigationReceived);
            v.put(Figure.LITIGATION_UPHELD.key(), litigationUpheld);
            v.put(Figure.LITIGATION_LOST.key(), litigationLost);
            return v;
        }
    }

    /** The paper-register count of a month (the usage rate's denominator). */
    record PaperForm(@NotNull @Schema(description = "月份") YearMonth month,
            @NotNull @PositiveOrZero @Schema(description = "本单位纸质登记案件数") Integer cases) {
    }

    record DraftRequest(@NotNull @Schema(description = "单位") Long unitId,
            @NotNull @Schema(description = "月份", example = "2026-12") YearMonth month) {
    }

    record RemediesRequest(@NotNull @Schema(description = "版本号") Integer rowVersion,
            @NotNull @Schema(description = "填报数据（统计项代码 → 数值）") Map<String, Long> remedies) {
    }

    record SubmitRequest(@NotNull @Schema(description = "版本号") Integer rowVersion) {
    }

    record CorrectRequest(@Schema(description = "更正理由") String reason) {
    }

    record PaperCount(@NotNull @Schema(description = "单位") Long unitId,
            @NotNull @Schema(description = "月份", example = "2026-12") YearMonth month,
            @Schema(description = "纸质登记案件数") Integer cases) {
    }

    record BulletinRequest(@NotNull @Schema(description = "年度") Integer year,
            @NotNull @Schema(description = "季度") Integer quarter) {
    }
}
