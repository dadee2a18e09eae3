package org.zhifa.training.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.zhifa.training.internal.FitnessKind;

/** The forms of the exam and fitness pages, bound by Spring; what a record needs beyond the person is the service's. */
final class RecordForms {

    private RecordForms() {
    }

    /** An exam result (考试成绩). */
    record Exam(
            @Schema(description = "人员") @NotNull Long officerId,
            @Schema(description = "考试名称") String examName,
            @Schema(description = "考试日期") LocalDate examDate,
            @Schema(description = "成绩") BigDecimal score,
            @Schema(description = "是否合格") Boolean passed) {
    }

    /** A physical fitness test (体能测试). */
    record Fitness(
            @Schema(description = "人员") @NotNull Long officerId,
            @Schema(description = "测试项目") FitnessKind kind,
            @Schema(description = "测试日期") LocalDate heldOn,
            @Schema(description = "成绩") String result,
            @Schema(description = "是否合格") Boolean passed) {
    }
}
