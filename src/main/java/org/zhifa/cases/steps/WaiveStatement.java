package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.WaiverForm;
import org.zhifa.cases.domain.NoticeRecord.Waiver;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;

/**
 * 当事人明确放弃陈述申辩 (《行政处罚法》第四十五条): how the party declared it and the words; refused where the record shows
 * a statement. Separate from waiving the hearing.
 */
@Component
public class WaiveStatement extends CaseStep<WaiveStatement.Input> {

    public static final Transition TRANSITION = Transition.named("waive-statement", "当事人放弃陈述申辩")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT).byHandler().guards(GuardName.WAIVER_CONSISTENT)
            .ends(ClockKind.STATEMENT_WINDOW).input(Input.class);

    @Schema(name = "WaiveStatementInput", description = "当事人放弃陈述申辩")
    public record Input(
            @Schema(description = "声明日期") @NotNull(message = "请填写声明日期") LocalDate actedOn,
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "声明方式") @NotNull(message = "请选择当事人声明的方式") WaiverForm form,
            @Schema(description = "当事人的声明（原话）") @NotBlank(message = "请记录当事人放弃的声明") String declaration)
            implements StepInput {
    }

    WaiveStatement() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().waiveStatement(run.check(), new Waiver(run.on(), run.input().form(),
                run.input().declaration().trim()));
    }
}
