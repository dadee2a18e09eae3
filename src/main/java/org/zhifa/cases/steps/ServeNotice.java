package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.common.ConflictException;
import org.zhifa.documents.DocumentType;

/**
 * 送达违法行为通知书: the service facts of the notice; the statement window and the hearing request window run from the
 * day it was served (for mail, the signed receipt; for a public notice, thirty days after publication).
 */
@Component
public class ServeNotice extends CaseStep<ServeNotice.Input> {

    public static final Transition TRANSITION = Transition.named("serve-notice", "送达违法行为通知书")
            .in(Procedure.ORDINARY).from(CaseState.NOTICE).to(CaseState.STATEMENT).byHandler()
            .guards(GuardName.SERVICE_METHOD).starts(ClockKind.STATEMENT_WINDOW, ClockKind.HEARING_REQUEST)
            .issues(DocumentType.PROOF_OF_SERVICE).input(Input.class);

    @Schema(name = "ServeNoticeInput", description = "送达违法行为通知书")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "办理日期") @NotNull(message = "请填写办理日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "送达情况") @NotNull(message = "请填写送达情况") @Valid ServiceFacts service)
            implements StepInput, InputFacts.Served {
    }

    ServeNotice() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        if (!k.notice().issued()) {
            throw new ConflictException("尚未制作违法行为通知书，不能送达");
        }
        ServiceFacts s = run.input().service();
        Services.check(s, k.notice().issuedOn(), run.on());
        LocalDate served = s.servedOn();
        k.serveNotice(run.check(), s, run.clocks().due(ClockKind.STATEMENT_WINDOW, served).date(),
                run.clocks().due(ClockKind.HEARING_REQUEST, served).date());
        Services.proof(run, s, DocumentType.VIOLATION_NOTICE.title(), k.notice().noticeNumber());
    }
}
