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
import org.zhifa.common.Rejection;
import org.zhifa.cases.rules.Articles;

/**
 * 当事人在线陈述申辩 (《行政处罚法》第四十一条、第四十五条): submitted by the party on the public portal while the
 * statement window is open; no user role performs it. It needs its written review like any statement.
 */
@Component
public class ReceivePartyStatement extends CaseStep<ReceivePartyStatement.Input> {

    public static final Transition TRANSITION = Transition.named("party-statement", "当事人在线陈述申辩")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT).input(Input.class);

    @Schema(name = "PartyStatementInput", description = "当事人在线陈述申辩")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "提交日期") @NotNull(message = "缺少提交日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "陈述申辩的内容") @NotBlank(message = "请填写陈述申辩内容") String text,
            @Schema(description = "回执编号") @NotBlank(message = "缺少回执编号") String receipt) implements StepInput {
    }

    ReceivePartyStatement() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        var n = run.kase().notice();
        if (n.statementWaiver() != null || n.statementDue() == null || run.on().isAfter(n.statementDue())) {
            throw Rejection.of(Articles.STATEMENT, "陈述申辩期限已届满或当事人已放弃").exception();
        }
        int no = n.statements().size() + 1;
        run.kase().recordStatement(run.check(), new Statement(no, run.on(), StatementForm.WRITTEN,
                run.kase().party().name(), run.input().text().trim(), true, null));
        run.note("statementNo", no);
    }
}
