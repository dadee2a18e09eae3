package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.DISCRETION_REASON;
import static org.zhifa.cases.procedure.GuardName.ONE_ACT_ONE_FINE;
import static org.zhifa.cases.procedure.GuardName.PENALTY_PROVIDED;
import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.Confiscation;
import org.zhifa.cases.domain.Correction;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.documents.DocumentType;

/**
 * 调查终结: the facts as established, the evidence, the proposed outcome and penalty (with confiscation and the order
 * to correct where the article provides them), the benchmark's facts and factors as the benchmark names them, and the
 * handler's discretion reasons — the 调查终结报告 prints exactly these with the catalogue's recommendation.
 */
@Component
public class ConcludeInvestigation extends CaseStep<ConcludeInvestigation.Input> {

    public static final Transition TRANSITION = Transition.named("conclude-investigation", "调查终结")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION).to(CaseState.INVESTIGATION_CONCLUDED).byHandler()
            .guards(TWO_OFFICERS, RECUSAL, PENALTY_PROVIDED, ONE_ACT_ONE_FINE, DISCRETION_REASON)
            .issues(DocumentType.INVESTIGATION_REPORT).input(Input.class);

    @Schema(name = "ConcludeInvestigationInput", description = "调查终结")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "调查终结日期") @NotNull(message = "请填写调查终结日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "调查查明的违法事实") @NotBlank(message = "请填写调查查明的违法事实") String facts,
            @Schema(description = "证据（名称、来源、证明的事实）") @NotBlank(message = "请列明证据") String evidence,
            @Schema(description = "处理意见") @NotNull(message = "请选择处理意见") DecisionOutcome outcome,
            @Schema(description = "处罚种类") Set<PenaltyKind> penaltyKinds,
            @Schema(description = "罚款金额（元）") @Digits(integer = 12, fraction = 2, message = "金额最多保留两位小数")
            BigDecimal amountYuan,
            @Schema(description = "没收违法所得") @Valid Confiscation confiscation,
            @Schema(description = "责令改正") @Valid Correction correction,
            @Schema(description = "裁量事实（裁量基准所列事实的键 → 回答）") Map<String, Object> discretionFacts,
            @Schema(description = "适用的从轻、减轻、从重情节（裁量基准所列情节代码）") Set<String> discretionFactors,
            @Schema(description = "裁量理由") @NotBlank(message = "请填写裁量理由") String discretionReason,
            @Schema(description = "罚款超出建议幅度的理由") String amountReason,
            @Schema(description = "情节复杂或者重大违法行为，须集体讨论") @NotNull(message = "请选择是否属于情节复杂或者重大违法行为")
            Boolean complexCase)
            implements StepInput, InputFacts.Penalising, InputFacts.Discretion, InputFacts.Complex {
    }

    private final Proposals proposals;

    ConcludeInvestigation(Proposals proposals) {
        super(TRANSITION);
        this.proposals = proposals;
    }

    @Override
    public void perform(StepRun<Input> run) {
        proposals.conclude(run);
    }
}
