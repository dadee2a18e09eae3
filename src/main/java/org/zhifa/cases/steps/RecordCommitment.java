package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;

/** 承诺书 (方案 22 告知承诺制): the commitment in the party's own words, and who signed it. */
@Component
public class RecordCommitment extends CaseStep<RecordCommitment.Input> {

    public static final Transition TRANSITION = Transition.named("record-commitment", "登记当事人承诺书")
            .in(Procedure.ORDINARY).from(CaseState.DECISION).byHandler().issues(DocumentType.COMMITMENT_LETTER)
            .input(Input.class);

    @Schema(name = "RecordCommitmentInput", description = "当事人承诺书")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "签署日期") @NotNull(message = "请填写签署日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "承诺内容（当事人原话）") @NotBlank(message = "请填写当事人的承诺内容") String commitment,
            @Schema(description = "签署人") @NotBlank(message = "请填写签署人") String signedBy) implements StepInput {
    }

    RecordCommitment() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().recordCommitment(run.check());
        run.issue(DocumentType.COMMITMENT_LETTER, Present.fields("commitment", run.input().commitment().trim(),
                "signedBy", run.input().signedBy().trim()));
    }
}
