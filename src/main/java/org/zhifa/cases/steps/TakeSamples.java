package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.GoodsLine;
import org.zhifa.cases.domain.InvestigationRecord.Act;
import org.zhifa.cases.internal.CaseDocuments;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;

/**
 * 抽样取证 (《行政处罚法》第五十六条): when (the time the officer enters, on the day of the act and not later than now),
 * where, by which officers, the samples taken — the facts the 抽样取证凭证 (式样之五) prints.
 */
@Component
public class TakeSamples extends CaseStep<TakeSamples.Input> {

    public static final Transition TRANSITION = Transition.named("take-samples", "抽样取证")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION).byHandler().guards(TWO_OFFICERS, RECUSAL)
            .issues(DocumentType.SAMPLING_VOUCHER).input(Input.class);

    @Schema(name = "TakeSamplesInput", description = "抽样取证")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "抽样日期") @NotNull(message = "请填写抽样日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "抽样取证时间") @NotNull(message = "请填写抽样取证时间") LocalDateTime sampledAt,
            @Schema(description = "抽样地点") @NotBlank(message = "请填写抽样地点") String place,
            @Schema(description = "抽样的执法人员（本案承办人员）") @NotEmpty(message = "请选择抽样的执法人员") List<Long> officerIds,
            @Schema(description = "抽样物品") @NotEmpty(message = "请填写抽样物品") List<@Valid GoodsLine> items)
            implements StepInput, InputFacts.OfficersPresent {

        /** The history shows the sampling time as the time of the act (its day is checked to be {@code actedOn}). */
        @Override
        public LocalTime actedAt() {
            return sampledAt == null ? null : sampledAt.toLocalTime();
        }
    }

    private final Clock clock;

    TakeSamples(Clock clock) {
        super(TRANSITION);
        this.clock = clock;
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ChinaTime.ZONE);
        if (in.sampledAt().isAfter(now)) {
            throw new InvalidInputException("抽样取证时间不能晚于当前时间",
                    Map.of("sampledAt", "抽样取证时间不能晚于当前时间"));
        }
        if (!in.sampledAt().toLocalDate().equals(run.on())) {
            throw new InvalidInputException("抽样取证时间应在抽样日期当日",
                    Map.of("sampledAt", "抽样取证时间应在抽样日期（" + run.on() + "）当日"));
        }
        var officers = Present.officers(run.kase(), in.officerIds(), "officerIds");
        var doc = run.issue(DocumentType.SAMPLING_VOUCHER, Present.fields("samplingTime", in.sampledAt(),
                "place", in.place(), "officers", CaseDocuments.officers(officers), "items", Goods.rows(in.items())));
        run.kase().recordAct(run.check(), new Act(DocumentType.SAMPLING_VOUCHER.name(), run.on(), doc.id(),
                doc.number(), in.officerIds()));
    }
}
