package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.common.ConflictException;
import org.zhifa.documents.DocumentType;

/** 送达听证通知书: at least seven working days before the hearing (《行政处罚法》第六十四条第（二）项). */
@Component
public class ServeHearingNotice extends CaseStep<ServeHearingNotice.Input> {

    public static final Transition TRANSITION = Transition.named("serve-hearing-notice", "送达听证通知书")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT).byHandler()
            .guards(GuardName.SERVICE_METHOD, GuardName.HEARING_NOTICE_PERIOD).issues(DocumentType.PROOF_OF_SERVICE)
            .input(Input.class);

    @Schema(name = "ServeHearingNoticeInput", description = "送达听证通知书")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "办理日期") @NotNull(message = "请填写办理日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "送达情况") @NotNull(message = "请填写送达情况") @Valid ServiceFacts service)
            implements StepInput, InputFacts.Served {
    }

    ServeHearingNotice() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        var h = run.kase().notice().hearing();
        if (h == null || h.noticeService() != null) {
            throw new ConflictException(h == null ? "尚未制作听证通知书" : "听证通知书已送达");
        }
        Services.check(run.input().service(), null, run.on());
        run.kase().serveHearingNotice(run.check(), run.input().service());
        Services.proof(run, run.input().service(), DocumentType.HEARING_NOTICE.title(), h.noticeNumber());
    }
}
