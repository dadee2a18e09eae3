package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Attachment;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.Articles;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/** 批准移送 (国务院令第310号第五条): the receiving authority and the materials as listed; handed over within 24 hours. */
@Component
public class ApproveTransfer extends CaseStep<ApproveTransfer.Input> {

    public static final Transition TRANSITION = Transition.named("approve-transfer", "批准移送").in(Procedure.ORDINARY)
            .from(CaseState.TRANSFER_APPROVAL).to(CaseState.TRANSFERRED).by(Role.UNIT_HEAD)
            .guards(GuardName.LEGAL_REVIEW_PASSED).starts(ClockKind.TRANSFER_HANDOVER)
            .stops(ClockKind.TRANSFER_DECISION).ends(ClockKind.CASE_LIMIT).issues(DocumentType.CRIMINAL_TRANSFER)
            .input(Input.class);

    @Schema(name = "ApproveTransferInput", description = "批准移送")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "批准日期") @NotNull(message = "请填写批准日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "接受移送的机关") @NotBlank(message = "请填写接受移送的机关") String recipient,
            @Schema(description = "移送材料") @NotEmpty(message = "请列明移送材料") List<@Valid Attachment> attachments)
            implements StepInput {
    }

    ApproveTransfer() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        var k = run.kase();
        String number = run.nextNumber(DocumentType.CRIMINAL_TRANSFER);
        k.approveTransfer(run.check(), run.input().recipient().trim(), number);
        run.issue(DocumentType.CRIMINAL_TRANSFER, Present.fields("recipient", k.transfer().recipient(),
                "facts", k.transfer().facts(), "basis", Articles.TRANSFER.text(), "attachments", run.input()
                        .attachments().stream().map(a -> Present.fields("name", a.name(), "pages", String.valueOf(a.pages())))
                        .toList()), number);
    }
}
