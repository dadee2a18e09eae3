package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.CONTINUOUS_RECORDING;
import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.MeasureKind;
import org.zhifa.cases.domain.GoodsLine;
import org.zhifa.cases.domain.InvestigationRecord.Act;
import org.zhifa.cases.domain.InvestigationRecord.Measure;
import org.zhifa.cases.internal.CaseDocuments;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.documents.DocumentType;

/**
 * 行政强制措施 (查封、扣押; 《行政强制法》第二十四条、第二十五条): the measure, its legal basis as cited, the goods, the
 * period of at most 30 days; continuous audio-video recording is required (《行政处罚法》第四十七条).
 */
@Component
public class ImposeMeasure extends CaseStep<ImposeMeasure.Input> {

    public static final Transition TRANSITION = Transition.named("impose-measure", "实施行政强制措施")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION).byHandler()
            .guards(TWO_OFFICERS, RECUSAL, CONTINUOUS_RECORDING).starts(ClockKind.COMPULSORY_MEASURE)
            .issues(DocumentType.COMPULSORY_MEASURE_DECISION).input(Input.class);

    @Schema(name = "ImposeMeasureInput", description = "实施行政强制措施")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "实施日期") @NotNull(message = "请填写实施日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "地点") @NotBlank(message = "请填写地点") String place,
            @Schema(description = "实施的执法人员（本案承办人员）") @NotEmpty(message = "请选择实施的执法人员") List<Long> officerIds,
            @Schema(description = "强制措施种类") @NotNull(message = "请选择强制措施种类") MeasureKind measure,
            @Schema(description = "法律依据（条款）") @NotBlank(message = "请填写实施强制措施的法律依据") String basis,
            @Schema(description = "期限（日，不超过三十日）") @NotNull(message = "请填写期限") @Min(value = 1, message = "期限至少一日")
            @Max(value = 30, message = "查封、扣押的期限不得超过三十日") Integer periodDays,
            @Schema(description = "查封、扣押的财物") @NotEmpty(message = "请填写查封、扣押的财物") List<@Valid GoodsLine> items)
            implements StepInput, InputFacts.OfficersPresent {
    }

    ImposeMeasure() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        var officers = Present.officers(run.kase(), in.officerIds(), "officerIds");
        LocalDate until = run.on().plusDays(in.periodDays());
        String number = run.nextNumber(DocumentType.COMPULSORY_MEASURE_DECISION);
        var doc = run.issue(DocumentType.COMPULSORY_MEASURE_DECISION, Present.fields("place", in.place(),
                "officers", CaseDocuments.officers(officers), "basis", in.basis(), "measure", in.measure().label(),
                "period", in.periodDays() + "日（" + org.zhifa.cases.domain.Sentences.day(run.on()) + "至"
                        + org.zhifa.cases.domain.Sentences.day(until) + "）", "items", Goods.rows(in.items())),
                number);
        long clock = run.startClock(ClockKind.COMPULSORY_MEASURE, run.on(), until);
        run.kase().takeMeasure(run.check(), new Act(DocumentType.COMPULSORY_MEASURE_DECISION.name(), run.on(),
                doc.id(), number, in.officerIds()), new Measure(ClockKind.COMPULSORY_MEASURE.name(),
                DocumentType.COMPULSORY_MEASURE_DECISION.name(), number, run.on(), clock, in.items(), null, null,
                in.measure().label()));
    }
}
