package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.domain.InvestigationRecord.Measure;
import org.zhifa.cases.domain.InvestigationRecord.MeasureExtension;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.Sentences;
import org.zhifa.cases.internal.CaseClock;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.MeasureExtensionRule;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/**
 * 延长行政强制措施期限 (《行政强制法》第二十五条): a seizure in force, not yet extended, before its term ends; the head
 * approves it (the step is the head's, as 延长办案期限), with the facts that make the case complex and the new deadline,
 * at most thirty days after the term ({@link MeasureExtensionRule}). The measure's clock moves to the new deadline, and
 * the 延长行政强制措施期限通知书 (式样之九) prints the measure's 案由, the day it was taken, its kind and its decision's
 * number as recorded when it was taken.
 */
@Component
public class ExtendMeasure extends CaseStep<ExtendMeasure.Input> {

    public static final Transition TRANSITION = Transition.named("extend-measure", "延长行政强制措施期限")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION, CaseState.INVESTIGATION_CONCLUDED)
            .by(Role.UNIT_HEAD).issues(DocumentType.EXTEND_COMPULSORY_MEASURE).input(Input.class);

    @Schema(name = "ExtendMeasureInput", description = "延长行政强制措施期限（负责人批准）")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "批准日期") @NotNull(message = "请填写批准日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "延长期限的行政强制措施决定书文号") @NotBlank(message = "请选择要延长期限的行政强制措施")
            String measureNumber,
            @Schema(description = "延长理由（情况复杂的具体事实）") @NotBlank(message = "请填写延长理由（情况复杂的具体事实）")
            String reason,
            @Schema(description = "延长至（原期限届满后不超过三十日）") @NotNull(message = "请填写延长后的期限")
            LocalDate newDeadline) implements StepInput {
    }

    private final WorkingDayCalendar calendar;

    ExtendMeasure(WorkingDayCalendar calendar) {
        super(TRANSITION);
        this.calendar = calendar;
    }

    /** Offered while the case holds a seizure in force whose term was not extended yet. */
    @Override
    public boolean offeredOn(PenaltyCase kase) {
        var inv = kase.investigation();
        return inv.measures().stream().anyMatch(m -> m.open() && ClockKind.COMPULSORY_MEASURE.name().equals(m.clockKind())
                && inv.extensionOf(m.number()).isEmpty());
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        String number = in.measureNumber().trim();
        Measure m = run.kase().investigation().openMeasure(number)
                .filter(x -> ClockKind.COMPULSORY_MEASURE.name().equals(x.clockKind()))
                .orElseThrow(() -> new InvalidInputException("没有该文号的未解除行政强制措施",
                        Map.of("measureNumber", "请选择本案未解除的查封、扣押措施")));
        LocalDate due = run.clocks().of(run.kase().id()).stream().filter(c -> c.id() == m.clockId())
                .map(CaseClock::dueOn).findFirst()
                .orElseThrow(() -> new IllegalStateException("measure " + number + " has no clock"));
        LocalDate extendedTo = run.kase().investigation().extensionOf(number).map(MeasureExtension::newDue).orElse(null);
        MeasureExtensionRule.check(run.on(), due, extendedTo, in.newDeadline(), calendar).orThrow();
        if (!in.newDeadline().isAfter(due)) {
            throw new InvalidInputException("延长后的期限应晚于原期限（" + Sentences.day(due) + "）",
                    Map.of("newDeadline", "应晚于原期限（" + Sentences.day(due) + "）"));
        }
        String reason = in.reason().trim();
        var notice = run.issue(DocumentType.EXTEND_COMPULSORY_MEASURE, Present.fields("measureDate", m.startedOn(),
                "measure", m.kind(), "originalDecision", m.number(), "reason", reason, "newDeadline", in.newDeadline()));
        run.kase().extendMeasure(run.check(), new MeasureExtension(number, run.on(), run.actor().displayName(), reason,
                due, in.newDeadline(), notice.number()));
        run.clocks().moveDueOne(m.clockId(), in.newDeadline());
        run.note("previousDue", due);
    }
}
