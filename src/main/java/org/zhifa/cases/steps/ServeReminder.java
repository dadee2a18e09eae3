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
 * 送达催告书: the ten working days of 《行政强制法》第五十四条, and the period the 催告书 gave when longer, run from its
 * service.
 */
@Component
public class ServeReminder extends CaseStep<ServeReminder.Input> {

    public static final Transition TRANSITION = Transition.named("serve-reminder", "送达催告书")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.EXECUTION).byHandler()
            .guards(GuardName.SERVICE_METHOD).starts(ClockKind.REMINDER, ClockKind.COURT_APPLICATION)
            .issues(DocumentType.PROOF_OF_SERVICE).input(Input.class);

    @Schema(name = "ServeReminderInput", description = "送达催告书")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "办理日期") @NotNull(message = "请填写办理日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "送达情况") @NotNull(message = "请填写送达情况") @Valid ServiceFacts service)
            implements StepInput, InputFacts.Served {
    }

    ServeReminder() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        var e = k.execution();
        if (e.reminderNumber() == null || e.reminderService() != null) {
            throw new ConflictException(e.reminderNumber() == null ? "尚未制作催告书" : "催告书已送达");
        }
        ServiceFacts s = run.input().service();
        Services.check(s, e.reminderIssuedOn(), run.on());
        // 第五十四条: ten working days after service at the least; longer when the 催告书 gave a longer period
        var due = run.clocks().due(ClockKind.REMINDER, s.servedOn()).date();
        if (e.reminderPerformanceDays() != null) {
            var given = run.clocks().dueInWorkingDays(s.servedOn(), e.reminderPerformanceDays()).date();
            due = given.isAfter(due) ? given : due;
        }
        k.serveReminder(run.check(), s, due);
        Services.proof(run, s, DocumentType.REMINDER.title(), e.reminderNumber());
    }
}
