package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.InstalmentStatus;
import org.zhifa.cases.domain.LateSurcharge;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.LegalBasis;
import org.zhifa.documents.DocumentType;

/**
 * 制作催告书 (《行政强制法》第三十五条、第五十四条): when the fine is overdue; the amount outstanding and the surcharge as of
 * the day. The period of performance is what the handler fixes and enters (第三十五条第一项: the 催告书 states it), in
 * working days from its service; the court may be applied to only when both that period and the ten working days of
 * 第五十四条 (第六十九条: working days) have passed since service (serve-reminder).
 */
@Component
public class SendReminder extends CaseStep<SendReminder.Input> {

    public static final Transition TRANSITION = Transition.named("send-reminder", "制作催告书")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.EXECUTION).byHandler()
            .guards(GuardName.PAYMENT_OVERDUE).issues(DocumentType.REMINDER).input(Input.class);

    @Schema(name = "SendReminderInput", description = "制作催告书")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "制作日期") @NotNull(message = "请填写制作日期") LocalDate actedOn,
            @Schema(description = "履行期限（自收到催告书之日起的工作日数）")
            @NotNull(message = "请填写履行期限") @Min(value = 1, message = "履行期限至少一个工作日")
            @Max(value = 365, message = "履行期限不超过三百六十五个工作日") Integer performanceWorkingDays,
            @Schema(description = "补录原因") String lateReason) implements StepInput {
    }

    SendReminder() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        var e = k.execution();
        var pauses = e.pauses().stream().map(p -> new LateSurcharge.Pause(p.start(), p.end())).toList();
        var surcharge = InstalmentStatus.surcharge(k.decision().amountFen(), e, run.on(), pauses);
        String number = run.nextNumber(DocumentType.REMINDER);
        int days = run.input().performanceWorkingDays();
        k.issueReminder(run.check(), number, days);
        run.issue(DocumentType.REMINDER, Present.fields("originalDecision", k.decision().number(),
                "obligation", "缴纳罚款" + (surcharge.surchargeFen() > 0 ? "及加处罚款" : ""),
                "performanceDays", LegalBasis.numeral(days), "amountFen", k.decision().payableFen() - e.paidFen(),
                "surchargeFen", surcharge.surchargeFen() > 0 ? surcharge.surchargeFen() : null), number);
        run.note("surchargeFen", surcharge.surchargeFen());
    }
}
