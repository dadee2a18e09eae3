package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/**
 * 批准立案 (程序规定 Art. 63): the head approves with his or her own opinion; the case number is drawn, the 90-day
 * limit starts (处罚法 Art. 60) and the 立案登记表 is issued with the handler's and the head's opinions as entered.
 */
@Component
public class ApproveFiling extends CaseStep<ApproveFiling.Input> {

    public static final Transition TRANSITION = Transition.named("approve-filing", "批准立案").in(Procedure.ORDINARY)
            .from(CaseState.FILING_APPROVAL).to(CaseState.INVESTIGATION).by(Role.UNIT_HEAD)
            .guards(GuardName.LIMITATION).starts(ClockKind.CASE_LIMIT).stops(ClockKind.FILING_DECISION)
            .issues(DocumentType.FILING_REGISTER).input(Input.class);

    @Schema(name = "ApproveFilingInput", description = "批准立案")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "批准日期") @NotNull(message = "请填写批准日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "负责人审批意见") @NotBlank(message = "请填写负责人审批意见") String opinion) implements StepInput {
    }

    ApproveFiling() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        String number = run.nextNumber(DocumentType.FILING_REGISTER);
        var due = run.clocks().due(ClockKind.CASE_LIMIT, run.on());
        k.approveFiling(run.check(), number, run.actor().displayName(), run.input().opinion().trim(), due.date());
        run.issue(DocumentType.FILING_REGISTER, Present.fields("caseSource", k.source().label(),
                "discoveredOn", k.act().discoveredOn(), "handlerOpinion", k.filing().handlerOpinion(),
                "headOpinion", k.filing().headOpinion(), "headName", k.filing().headName()), number);
    }
}
