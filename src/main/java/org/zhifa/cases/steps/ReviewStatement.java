package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.ReviewConclusion;
import org.zhifa.cases.domain.NoticeRecord;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.InvalidInputException;
import org.zhifa.identity.Role;

/**
 * 复核陈述申辩 (《行政处罚法》第四十五条): each statement or defence is reviewed in writing — adopted, partly adopted or
 * not, with the reasons; the decision reproduces the statement and its review.
 */
@Component
public class ReviewStatement extends CaseStep<ReviewStatement.Input> {

    public static final Transition TRANSITION = Transition.named("review-statement", "复核陈述申辩")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT, CaseState.COLLECTIVE_DISCUSSION, CaseState.DECISION)
            .by(Role.OFFICER, Role.UNIT_HEAD).input(Input.class);

    @Schema(name = "ReviewStatementInput", description = "复核陈述申辩")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "复核日期") @NotNull(message = "请填写复核日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "复核的陈述申辩（序号）") @NotNull(message = "请选择复核的陈述申辩") Integer statementNo,
            @Schema(description = "复核结论") @NotNull(message = "请选择复核结论") ReviewConclusion conclusion,
            @Schema(description = "复核理由") @NotBlank(message = "请填写复核理由") String reasons) implements StepInput {
    }

    ReviewStatement() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        var s = run.kase().notice().statements().stream().filter(x -> x.no() == in.statementNo()).findFirst()
                .orElseThrow(() -> new InvalidInputException("没有该序号的陈述申辩", Map.of("statementNo", "请选择已记录的陈述申辩")));
        if (s.review() != null) {
            throw new InvalidInputException("该项陈述申辩已于" + s.review().on() + "复核", Map.of("statementNo", "已复核"));
        }
        run.kase().reviewStatement(run.check(), in.statementNo(), new NoticeRecord.Review(run.on(),
                run.actor().displayName(), in.conclusion(), in.reasons().trim()));
    }
}
