package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.ExecutionRecord.Instalment;
import org.zhifa.cases.domain.InstalmentLine;
import org.zhifa.cases.domain.InstalmentStatus;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.PenaltyText;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.ClockState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InstalmentScheduleRule;
import org.zhifa.catalog.Money;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/**
 * 批准分期缴纳 (《行政处罚法》第六十六条第二款): the schedule divides the fine itself (each instalment a clock; the fine as a
 * whole is due with the last one); a new schedule replaces an earlier one.
 */
@Component
public class ApproveInstalments extends CaseStep<ApproveInstalments.Input> {

    public static final Transition TRANSITION = Transition.named("approve-instalments", "批准分期缴纳")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.EXECUTION).by(Role.UNIT_HEAD)
            .starts(ClockKind.INSTALMENT).issues(DocumentType.INSTALMENT_NOTICE).input(Input.class);

    @Schema(name = "ApproveInstalmentsInput", description = "批准分期缴纳")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "批准日期") @NotNull(message = "请填写批准日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "分期安排") @NotEmpty(message = "请填写分期安排") List<@Valid InstalmentLine> instalments,
            @Schema(description = "当事人申请的理由（确有经济困难的情况）") @NotBlank(message = "请填写当事人申请的理由")
            String applicationReason) implements StepInput {
    }

    ApproveInstalments() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        Input in = run.input();
        List<Instalment> schedule = new ArrayList<>();
        for (int i = 0; i < in.instalments().size(); i++) {
            var r = in.instalments().get(i);
            schedule.add(new Instalment(i + 1, r.dueOn(), PenaltyText.fen(r.amountYuan())));
        }
        long fine = k.decision().amountFen();
        InstalmentScheduleRule.check(fine, schedule, run.on()).orThrow();
        String plan = schedule.stream().map(i -> "第" + i.no() + "期" + Money.yuan(i.amountFen()) + "元，" + i.dueOn() + "前缴纳")
                .collect(Collectors.joining("；"));
        String arrangement = "当事人申请理由：" + in.applicationReason().trim() + "。经批准分" + schedule.size() + "期缴纳：" + plan + "。";
        k.instalments(run.check(), schedule, arrangement);
        run.clocks().stop(k.id(), ClockKind.INSTALMENT, run.on(), ClockState.STOPPED);
        for (Instalment i : schedule) {
            run.clocks().startInstalment(k.id(), i.no(), run.on(), i.dueOn());
        }
        for (int no : InstalmentStatus.covered(k.execution())) {
            run.clocks().stopInstalment(k.id(), no, run.on());
        }
        run.clocks().moveDue(k.id(), ClockKind.PAYMENT, k.execution().paymentDue());
        run.issue(DocumentType.INSTALMENT_NOTICE, Present.fields("originalDecision", k.decision().number(),
                "fineAmountFen", fine, "arrangement", arrangement));
        run.note("instalments", schedule.size());
    }
}
