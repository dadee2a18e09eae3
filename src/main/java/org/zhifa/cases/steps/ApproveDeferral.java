package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/** 批准延期缴纳 (《行政处罚法》第六十六条第二款): on the party's application for real hardship, a later due date. */
@Component
public class ApproveDeferral extends CaseStep<ApproveDeferral.Input> {

    public static final Transition TRANSITION = Transition.named("approve-deferral", "批准延期缴纳")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.EXECUTION).by(Role.UNIT_HEAD)
            .issues(DocumentType.INSTALMENT_NOTICE).input(Input.class);

    @Schema(name = "ApproveDeferralInput", description = "批准延期缴纳")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "批准日期") @NotNull(message = "请填写批准日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "缴款期限延至") @NotNull(message = "请填写延期后的缴款期限") LocalDate newDueDate,
            @Schema(description = "当事人申请的理由（确有经济困难的情况）") @NotBlank(message = "请填写当事人申请的理由")
            String applicationReason) implements StepInput {
    }

    ApproveDeferral() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        Input in = run.input();
        LocalDate current = k.execution().paymentDue();
        if (current != null && !in.newDueDate().isAfter(current)) {
            throw new InvalidInputException("请填写晚于原缴款期限的新期限", Map.of("newDueDate", "新期限应晚于原期限（" + current + "）"));
        }
        String arrangement = "当事人申请理由：" + in.applicationReason().trim() + "。经批准，缴款期限延至" + in.newDueDate() + "。";
        k.defer(run.check(), in.newDueDate(), arrangement);
        run.clocks().moveDue(k.id(), ClockKind.PAYMENT, in.newDueDate());
        run.issue(DocumentType.INSTALMENT_NOTICE, Present.fields("originalDecision", k.decision().number(),
                "fineAmountFen", k.decision().amountFen(), "arrangement", arrangement));
    }
}
