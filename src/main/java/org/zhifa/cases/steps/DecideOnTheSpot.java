package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.*;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.ActFacts;
import org.zhifa.cases.domain.Choices.CollectionGround;
import org.zhifa.cases.domain.Choices.Signature;
import org.zhifa.cases.domain.Confiscation;
import org.zhifa.cases.domain.Correction;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.internal.CaseDrafting;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.Actor;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/**
 * 当场处罚 (简易程序, 《行政处罚法》第五十一条、第五十二条): a path of the simplified procedure through the same engine.
 * Two officers eligible that day for the category, a warning or a fine within the limits, the party's statement and the
 * officers' review of it, the numbered 当场行政处罚决定书 delivered on the spot and signed or refused before a witness,
 * payment at a bank within fifteen days or collection on the spot only on a ground of 第六十八条、第六十九条 (then handed
 * in within two working days, 第七十一条), and the copy filed within five working days.
 */
@Component
public class DecideOnTheSpot extends CaseStep<DecideOnTheSpot.Input> {

    public static final Transition TRANSITION = Transition.named("decide-on-the-spot", "当场作出行政处罚决定")
            .in(Procedure.SIMPLIFIED).to(CaseState.EXECUTION).by(Role.OFFICER)
            .guards(TWO_OFFICERS, LIMITATION, SIMPLIFIED_LIMIT, PENALTY_PROVIDED, ON_SPOT_COLLECTION, ONE_ACT_ONE_FINE,
                    RECONSIDERATION_BODY)
            .starts(ClockKind.SIMPLIFIED_FILING, ClockKind.PAYMENT, ClockKind.CASH_HAND_IN)
            .issues(DocumentType.ON_THE_SPOT_DECISION).input(Input.class);

    @Schema(name = "DecideOnTheSpotInput", description = "当场作出行政处罚决定")
    public record Input(
            @Schema(description = "决定日期") @NotNull(message = "请填写决定日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "案件事实（违法时间须填写）") @NotNull(message = "请填写案件事实") @Valid ActFacts act,
            @Schema(description = "在场的执法人员（人事档案编号，含本人）") @NotEmpty(message = "请选择在场的执法人员")
            List<Long> officerIds,
            @Schema(description = "处罚种类（警告、罚款）") @NotEmpty(message = "请选择处罚种类") Set<PenaltyKind> penaltyKinds,
            @Schema(description = "罚款金额（元）") @Digits(integer = 12, fraction = 2, message = "金额最多保留两位小数")
            BigDecimal amountYuan,
            @Schema(description = "责令改正") @Valid Correction correction,
            @Schema(description = "当事人的陈述申辩") @NotBlank(message = "请记录当事人的陈述申辩（未陈述的如实记录）")
            String partyStatement,
            @Schema(description = "执法人员对陈述申辩的复核意见") @NotBlank(message = "请填写对当事人陈述申辩的复核意见")
            String statementReview,
            @Schema(description = "作出决定的地点") @NotBlank(message = "请填写作出决定的地点") String decisionPlace,
            @Schema(description = "决定书交付时间") @NotNull(message = "请填写决定书交付时间") LocalTime deliveredAt,
            @Schema(description = "当事人签收情况") @NotNull(message = "请选择当事人是否签收") Signature signature,
            @Schema(description = "拒绝签收的情况（拒绝时必填）") String refusalNote,
            @Schema(description = "见证人（拒绝签收时）") String witness,
            @Schema(description = "当场收缴罚款的依据（不当场收缴的不填）") CollectionGround collectionGround,
            @Schema(description = "罚款收据编号（当场收缴时必填）") String receiptNumber)
            implements StepInput, InputFacts.OfficersPresent, InputFacts.Penalising, InputFacts.CollectingOnSpot {

        @Override
        public DecisionOutcome outcome() {
            return DecisionOutcome.PENALTY;
        }

        @Override
        public Confiscation confiscation() {
            return null;
        }

        @Override
        public LocalTime actedAt() {
            return deliveredAt;
        }
    }

    private final CaseDrafting drafting;
    private final OnTheSpot onTheSpot;

    DecideOnTheSpot(CaseDrafting drafting, OnTheSpot onTheSpot) {
        super(TRANSITION);
        this.drafting = drafting;
        this.onTheSpot = onTheSpot;
    }

    @Override
    public PenaltyCase draft(Input in, Actor actor) {
        return drafting.draft(Procedure.SIMPLIFIED, in.act(), "act.", null, in.actedOn(), actor, in.officerIds());
    }

    @Override
    public void perform(StepRun<Input> run) {
        onTheSpot.decide(run);
    }
}
