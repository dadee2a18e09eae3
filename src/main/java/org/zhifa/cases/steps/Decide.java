package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.*;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.Confiscation;
import org.zhifa.cases.domain.Correction;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/**
 * 作出决定 (《行政处罚法》第五十七条、第五十九条): the head decides the outcome and the penalty as he or she states it —
 * nothing is taken over silently from the proposal; every gate of the procedure is checked; the decision reproduces the
 * statements and their reviews and names the reconsideration body configured for the unit.
 */
@Component
public class Decide extends CaseStep<Decide.Input> {

    public static final Transition TRANSITION = Transition.named("decide", "作出决定").in(Procedure.ORDINARY)
            .from(CaseState.DECISION).to(CaseState.SERVICE).by(Role.UNIT_HEAD)
            .guards(STATEMENT_CONCLUDED, STATEMENTS_REVIEWED, HEARING_REVIEWED, NO_RAISE_AFTER_STATEMENT,
                    HEARING_RECORD_CITED, LEGAL_REVIEW_PASSED, COLLECTIVE_DISCUSSION_HELD, CASE_TIME_LIMIT,
                    PENALTY_PROVIDED, ONE_ACT_ONE_FINE, DISCRETION_REASON, EXEMPTION_RECORDS, RECONSIDERATION_BODY)
            .starts(ClockKind.DECISION_SERVICE, ClockKind.MAJOR_FILING).stops(ClockKind.CASE_LIMIT)
            .issues(DocumentType.PENALTY_DECISION, DocumentType.NO_PENALTY_DECISION).input(Input.class);

    @Schema(name = "DecideInput", description = "作出决定")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "决定日期") @NotNull(message = "请填写决定日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "决定的处理结果") @NotNull(message = "请选择处理结果") DecisionOutcome outcome,
            @Schema(description = "处罚种类") Set<PenaltyKind> penaltyKinds,
            @Schema(description = "罚款金额（元）") @Digits(integer = 12, fraction = 2, message = "金额最多保留两位小数")
            BigDecimal amountYuan,
            @Schema(description = "没收违法所得") @Valid Confiscation confiscation,
            @Schema(description = "责令改正") @Valid Correction correction,
            @Schema(description = "本决定依据听证笔录作出（举行听证的）") Boolean citesHearingRecord,
            @Schema(description = "与拟处理意见不同时的理由") String reason)
            implements StepInput, InputFacts.Penalising, InputFacts.CitingHearing {
    }

    private final Decisions decisions;

    Decide(Decisions decisions) {
        super(TRANSITION);
        this.decisions = decisions;
    }

    @Override
    public void perform(StepRun<Input> run) {
        decisions.decide(run);
    }
}
