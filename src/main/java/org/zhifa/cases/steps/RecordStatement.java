package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.StatementForm;
import org.zhifa.cases.domain.NoticeRecord.Statement;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;

/** 记录陈述申辩 (《行政处罚法》第四十五条): who stated, how, what; it then needs its written review. */
@Component
public class RecordStatement extends CaseStep<RecordStatement.Input> {

    public static final Transition TRANSITION = Transition.named("record-statement", "记录陈述申辩")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT).byHandler().input(Input.class);

    @Schema(name = "RecordStatementInput", description = "记录陈述申辩")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "提出日期") @NotNull(message = "请填写提出日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "方式") @NotNull(message = "请选择陈述申辩的方式") StatementForm form,
            @Schema(description = "陈述申辩人（当事人或其代理人）") @NotBlank(message = "请填写陈述申辩人") String statedBy,
            @Schema(description = "陈述申辩的内容") @NotBlank(message = "请填写陈述申辩的内容") String text) implements StepInput {
    }

    RecordStatement() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        int no = run.kase().notice().statements().size() + 1;
        run.kase().recordStatement(run.check(), new Statement(no, run.on(), in.form(), in.statedBy().trim(),
                in.text().trim(), false, null));
        run.note("statementNo", no);
    }
}
