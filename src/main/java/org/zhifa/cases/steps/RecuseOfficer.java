package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.RecusalApplicant;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.identity.Role;

/** 回避 (《行政处罚法》第四十三条): decided by the head on application; the investigation continues meanwhile. */
@Component
public class RecuseOfficer extends CaseStep<RecuseOfficer.Input> {

    public static final Transition TRANSITION = Transition.named("recuse-officer", "决定执法人员回避")
            .in(Procedure.ORDINARY).from(EnumSet.range(CaseState.FILING_APPROVAL, CaseState.DECISION))
            .by(Role.UNIT_HEAD).destructive().input(Input.class);

    @Schema(name = "RecuseOfficerInput", description = "决定执法人员回避")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "决定日期") @NotNull(message = "请填写决定日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "需要回避的执法人员") @NotNull(message = "请选择需要回避的执法人员") Long officerId,
            @Schema(description = "申请人") @NotNull(message = "请选择回避的申请人") RecusalApplicant applicant,
            @Schema(description = "回避理由") @NotBlank(message = "请填写回避理由") String reason) implements StepInput {
    }

    RecuseOfficer() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Present.officer(run.kase(), run.input().officerId(), "officerId");
        run.kase().recuse(run.check(), run.input().officerId());
    }
}
