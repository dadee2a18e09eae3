package org.zhifa.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Which discretion benchmark version a recommendation used. */
@Schema(description = "所用裁量基准版本")
public record BenchmarkVersionRef(
        @Schema(description = "版本 id") long id,
        @Schema(description = "版本号", example = "2") int versionNo,
        @Schema(description = "基准名称") String title,
        @Schema(description = "施行日期") LocalDate effectiveFrom,
        @Schema(description = "停止施行日期（含当日），为空表示现行") LocalDate effectiveTo,
        @Schema(description = "批准人/批准机关") String approvedBy,
        @Schema(description = "备案审查文号") String filingRef,
        @Schema(description = "来源说明") String sourceNote) {
}
