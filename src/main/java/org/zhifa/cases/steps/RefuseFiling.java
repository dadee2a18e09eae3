package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/** 不予立案 (程序规定 Art. 62–63): the head refuses with the reason; the 案件来源登记表 is the case's short file. */
@Component
public class RefuseFiling extends CaseStep<RefuseFiling.Input> {

    public static final Transition TRANSITION = Transition.named("refuse-filing", "不予立案").in(Procedure.ORDINARY)
            .from(CaseState.FILING_APPROVAL).to(CaseState.NOT_FILED).by(Role.UNIT_HEAD).destructive()
            .stops(ClockKind.FILING_DECISION).issues(DocumentType.CASE_SOURCE_REGISTER).input(Input.class);

    @Schema(name = "RefuseFilingInput", description = "不予立案")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "决定日期") @NotNull(message = "请填写决定日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "不予立案的理由") @NotBlank(message = "请填写不予立案的理由") String reason) implements StepInput {
    }

    RefuseFiling() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        k.refuseFiling(run.check(), run.actor().displayName(), run.input().reason().trim());
        run.issue(DocumentType.CASE_SOURCE_REGISTER, Present.fields("caseSource", k.source().label(),
                "discoveredOn", k.act().discoveredOn(), "handlerOpinion", k.filing().handlerOpinion(),
                "headOpinion", "不予立案。理由：" + k.filing().headOpinion(), "headName", k.filing().headName()));
    }
}
