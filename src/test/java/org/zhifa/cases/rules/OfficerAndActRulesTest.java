package org.zhifa.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.rules.Cases.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.domain.Choices.CollectionGround;
import org.zhifa.cases.domain.Choices.Signature;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.steps.DecideOnTheSpot;
import org.zhifa.cases.steps.ExtendTimeLimit;
import org.zhifa.cases.steps.RecordInquiry;
import org.zhifa.cases.steps.RecuseOfficer;
import org.zhifa.cases.steps.SubmitFiling;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.PolicyDecision;
import org.zhifa.personnel.EnforcementCategory;

/** Who may act and on which facts (处罚法 Art. 29, 36, 42, 43, 51, 60, 68): one behaviour per test, named after the rule. */
class OfficerAndActRulesTest {

    static void refusedWith(PolicyDecision d, String article) {
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.firstRejection().orElseThrow().article()).contains(article);
    }

    private static RecordInquiry.Input inquiry(LocalDate on, List<Long> present) {
        return new RecordInquiry.Input(0, on, null, LocalTime.of(9, 0), LocalTime.of(9, 30), "询问室", present, 1L, true,
                "当事人", "当事人", org.zhifa.cases.domain.Choices.Sex.MALE, 40, null, null, "无", "测试地址", List.of());
    }

    @Test
    void officer_eligibility_is_judged_on_the_day_of_the_act_for_the_case_category_per_article_42() {
        PenaltyCase c = ordinary();
        Facts facts = new Facts();
        LocalDate acting = ACT.plusDays(10);
        // officer 2 was certified after the violation (ACT) but before acting: eligible on the day of the inquiry
        facts.eligible = (id, day) -> id != 2 || !day.isBefore(ACT.plusDays(5));
        assertThat(new TwoOfficerRule().check(ctx(c, RecordInquiry.TRANSITION, inquiry(acting, ids(1, 2)),
                actor(101, "OFFICER"), acting, facts)).isAllowed()).isTrue();
        assertThat(facts.askedCategory).isEqualTo(EnforcementCategory.HIGHWAY_ADMINISTRATION);
    }

    @Test
    void a_suspended_officer_cannot_investigate_per_article_42() {
        PenaltyCase c = ordinary();
        Facts facts = new Facts();
        LocalDate suspendedFrom = ACT.plusDays(3);
        facts.eligible = (id, day) -> id != 2 || day.isBefore(suspendedFrom);
        refusedWith(new TwoOfficerRule().check(ctx(c, RecordInquiry.TRANSITION, inquiry(ACT.plusDays(4), ids(1, 2)),
                actor(101, "OFFICER"), ACT.plusDays(4), facts)), "第四十二条");
        assertThat(new TwoOfficerRule().check(ctx(c, RecordInquiry.TRANSITION, inquiry(ACT.plusDays(2), ids(1, 2)),
                actor(101, "OFFICER"), ACT.plusDays(2), facts)).isAllowed()).isTrue();
    }

    @Test
    void the_officers_present_at_the_act_count_not_the_whole_case_per_article_42() {
        PenaltyCase c = ordinary(PartyKind.CITIZEN, officer(1), officer(2), officer(3));
        refusedWith(new TwoOfficerRule().check(ctx(c, RecordInquiry.TRANSITION, inquiry(ACT, ids(1)), ACT)), "第四十二条");
    }

    @Test
    void auxiliary_staff_never_count_towards_the_two_officers_per_article_42() {
        PenaltyCase c = ordinary(PartyKind.CITIZEN, officer(1), auxiliary(3));
        refusedWith(new TwoOfficerRule().check(ctx(c, SubmitFiling.TRANSITION, null, ACT)), "第四十二条");
    }

    @Test
    void a_recused_officer_cannot_act_per_article_43() {
        PenaltyCase c = ordinary(PartyKind.CITIZEN, officer(1), officer(2), officer(3));
        c.submitFiling(check(SubmitFiling.TRANSITION, ACT), "建议立案");
        c.recuse(check(RecuseOfficer.TRANSITION, ACT), 1);
        refusedWith(new RecusalRule().check(ctx(c, SubmitFiling.TRANSITION, null, actor(101, "OFFICER"), ACT,
                new Facts())), "第四十三条");
        assertThat(new TwoOfficerRule().check(ctx(c, SubmitFiling.TRANSITION, null, ACT)).isAllowed()).isTrue();
    }

    @Test
    void an_act_undiscovered_for_two_years_is_not_penalised_per_article_36() {
        var act = new ActDetails(LocalDate.of(2023, 1, 10), null, null, "p", null, null, LocalDate.of(2025, 1, 11), "f", false);
        refusedWith(LimitationRule.check(act, SETTINGS), "第三十六条");
        var serious = new ActDetails(LocalDate.of(2023, 1, 10), null, null, "p", null, null, LocalDate.of(2025, 1, 11), "f", true);
        assertThat(LimitationRule.check(serious, SETTINGS).isAllowed()).isTrue();
    }

    @Test
    void limitation_of_a_continuing_act_runs_from_its_end_per_article_36() {
        var act = new ActDetails(LocalDate.of(2022, 1, 10), null, LocalDate.of(2024, 6, 1), "p", null, null,
                LocalDate.of(2025, 1, 11), "f", false);
        assertThat(LimitationRule.check(act, SETTINGS).isAllowed()).isTrue();
    }

    @Test
    void a_case_without_a_discovery_date_is_refused_per_article_36() {
        var act = new ActDetails(ACT, null, null, "p", null, null, null, "f", false);
        refusedWith(LimitationRule.check(act, SETTINGS), "第三十六条");
    }

    @Test
    void simplified_procedure_rejects_a_citizen_fine_above_200_yuan_per_article_51() {
        refusedWith(SimplifiedProcedureLimit.check(PartyKind.CITIZEN, Set.of(PenaltyKind.FINE), 201_00, SETTINGS), "第五十一条");
        assertThat(SimplifiedProcedureLimit.check(PartyKind.CITIZEN, Set.of(PenaltyKind.FINE), 200_00, SETTINGS).isAllowed()).isTrue();
    }

    @Test
    void simplified_procedure_allows_an_organisation_up_to_3000_yuan_per_article_51() {
        assertThat(SimplifiedProcedureLimit.check(PartyKind.ORGANISATION, Set.of(PenaltyKind.FINE), 3000_00, SETTINGS).isAllowed()).isTrue();
        refusedWith(SimplifiedProcedureLimit.check(PartyKind.ORGANISATION, Set.of(PenaltyKind.FINE), 3000_01, SETTINGS), "第五十一条");
        refusedWith(SimplifiedProcedureLimit.check(PartyKind.CITIZEN, Set.of(PenaltyKind.SUSPENSION), 0, SETTINGS), "第五十一条");
    }

    private static DecideOnTheSpot.Input spot(long yuan, CollectionGround ground) {
        return new DecideOnTheSpot.Input(ACT, null, null, ids(1, 2), Set.of(PenaltyKind.FINE), BigDecimal.valueOf(yuan),
                null, "无异议", "无需采纳", "现场", LocalTime.of(10, 0), Signature.SIGNED, null, null, ground, "R-1");
    }

    @Test
    void on_the_spot_collection_is_limited_to_100_yuan_unless_another_ground_of_articles_68_69_applies() {
        PenaltyCase c = ordinary();
        refusedWith(new OnSpotCollectionRule().check(ctx(c, DecideOnTheSpot.TRANSITION,
                spot(150, CollectionGround.UP_TO_100_YUAN), ACT)), "第六十八条");
        assertThat(new OnSpotCollectionRule().check(ctx(c, DecideOnTheSpot.TRANSITION,
                spot(100, CollectionGround.UP_TO_100_YUAN), ACT)).isAllowed()).isTrue();
        assertThat(new OnSpotCollectionRule().check(ctx(c, DecideOnTheSpot.TRANSITION,
                spot(150, CollectionGround.REMOTE_AREA), ACT)).isAllowed()).isTrue();
        assertThat(new OnSpotCollectionRule().check(ctx(c, DecideOnTheSpot.TRANSITION, spot(150, null), ACT))
                .isAllowed()).isTrue();
    }

    @Test
    void one_act_one_fine_compares_the_act_per_article_29() {
        PenaltyCase c = ordinary();
        Facts facts = new Facts();
        facts.otherFine = true;
        refusedWith(new OneActOneFineRule().check(ctx(c, DecideOnTheSpot.TRANSITION, spot(100, null),
                actor(101, "OFFICER"), ACT, facts)), "第二十九条");
        facts.otherFine = false;
        assertThat(new OneActOneFineRule().check(ctx(c, DecideOnTheSpot.TRANSITION, spot(100, null),
                actor(101, "OFFICER"), ACT, facts)).isAllowed()).isTrue();
    }

    private static ExtendTimeLimit.Input extend(LocalDate on, LocalDate to, Boolean collective) {
        return new ExtendTimeLimit.Input(0, on, null, to, "案情复杂", collective);
    }

    @Test
    void a_lapsed_case_limit_cannot_be_extended_afterwards_per_article_60() {
        PenaltyCase c = ordinary();
        concluded(c, fine(1500));
        LocalDate due = c.timeLimitDue();
        refusedWith(new ExtensionRule().check(ctx(c, ExtendTimeLimit.TRANSITION, extend(due.plusDays(1), due.plusDays(20),
                null), due.plusDays(1))), "第六十条");
        assertThat(new ExtensionRule().check(ctx(c, ExtendTimeLimit.TRANSITION, extend(due, due.plusDays(20), null), due))
                .isAllowed()).isTrue();
    }

    @Test
    void an_extension_beyond_30_days_or_a_second_one_needs_a_collective_decision_per_article_60() {
        PenaltyCase c = ordinary();
        concluded(c, fine(1500));
        LocalDate due = c.timeLimitDue();
        refusedWith(new ExtensionRule().check(ctx(c, ExtendTimeLimit.TRANSITION, extend(ACT, due.plusDays(31), null), ACT)),
                "第六十条");
    }
}
