package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.Articles;
import org.zhifa.common.InvalidInputException;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.Role;
import org.zhifa.personnel.OfficerEligibility;

/** 增加承办人员 (e.g. the second officer of a non-site draft); a recused officer cannot come back (处罚法 Art. 43). */
@Component
public class AssignOfficer extends CaseStep<AssignOfficer.Input> {

    public static final Transition TRANSITION = Transition.named("assign-officer", "增加承办人员")
            .in(Procedure.ORDINARY).from(CaseState.REGISTERED, CaseState.FILING_APPROVAL, CaseState.INVESTIGATION)
            .by(Role.OFFICER, Role.UNIT_HEAD).input(Input.class);

    @Schema(name = "AssignOfficerInput", description = "增加承办人员")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "办理日期") @NotNull(message = "请填写办理日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "增加的执法人员") @NotNull(message = "请选择执法人员") Long officerId) implements StepInput {
    }

    private final OfficerEligibility personnel;
    private final DataScope scope;

    AssignOfficer(OfficerEligibility personnel, DataScope scope) {
        super(TRANSITION);
        this.personnel = personnel;
        this.scope = scope;
    }

    @Override
    public void perform(StepRun<Input> run) {
        long id = run.input().officerId();
        var o = personnel.find(id).filter(x -> scope.canSee(run.actor(), x.unitId()))
                .orElseThrow(() -> new InvalidInputException("请选择数据范围内的执法人员", Map.of("officerId", "请选择执法人员")));
        if (run.kase().officers().stream().anyMatch(x -> x.officerId() == id && x.recused())) {
            throw org.zhifa.common.Rejection.of(Articles.RECUSAL, "该执法人员已在本案回避，不得再参与办理").exception();
        }
        run.kase().assign(run.check(), new CaseOfficer(o.id(), o.userId(), o.name(), o.auxiliary(),
                o.certificateNumber(), false));
    }
}
