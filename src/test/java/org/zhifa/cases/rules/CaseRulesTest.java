package org.zhifa.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.rules.Cases.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.domain.CaseSteps;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.PolicyDecision;

/** One behaviour per rule, named after it; each refusal cites its article. */
class CaseRulesTest {

    private static void refusedWith(PolicyDecision d, String article) {
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.firstRejection().orElseThrow().article()).contains(article);
    }

    @Test
    void two_eligible_officers_are_required_per_article_42() {
        assertThat(TwoOfficerRule.check(List.of(officer(1), officer(2)), ACT, new Facts()).isAllowed()).isTrue();
        Facts facts = new Facts();
        facts.ineligible.add(2L);
        refusedWith(TwoOfficerRule.check(List.of(officer(1), officer(2)), ACT, facts), "第四十二条");
    }

    @Test
    void auxiliary_staff_never_count_towards_the_two_officers_per_article_42() {
        refusedWith(TwoOfficerRule.check(List.of(officer(1), auxiliary(3)), ACT, new Facts()), "第四十二条");
    }

    @Test
    void a_recused_officer_cannot_act_per_article_43() {
        PenaltyCase c = ordinary(PartyKind.CITIZEN, officer(1), officer(2), officer(3));
        CaseSteps.recuse(c, 1);
        refusedWith(new RecusalRule().check(ctx(c, "submit-filing", request(), actor(101, "OFFICER"), ACT,
                new Facts())), "第四十三条");
        assertThat(TwoOfficerRule.check(c.officers(), ACT, new Facts()).isAllowed()).isTrue();
    }

    @Test
    void an_act_undiscovered_for_two_years_is_not_penalised_per_article_36() {
        var act = new ActDetails(LocalDate.of(2023, 1, 10), null, "p", null, null, LocalDate.of(2025, 1, 11), "f", false);
        refusedWith(LimitationRule.check(act, SETTINGS), "第三十六条");
        var serious = new ActDetails(LocalDate.of(2023, 1, 10), null, "p", null, null, LocalDate.of(2025, 1, 11), "f", true);
        assertThat(LimitationRule.check(serious, SETTINGS).isAllowed()).isTrue();
    }

    @Test
    void limitation_of_a_continuing_act_runs_from_its_end_per_article_36() {
        var act = new ActDetails(LocalDate.of(2022, 1, 10), LocalDate.of(2024, 6, 1), "p", null, null,
                LocalDate.of(2025, 1, 11), "f", false);
        assertThat(LimitationRule.check(act, SETTINGS).isAllowed()).isTrue();
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

    @Test
    void on_the_spot_collection_is_limited_to_100_yuan_unless_remote_per_articles_68_69() {
        refusedWith(SimplifiedProcedureLimit.collection(150_00, false, SETTINGS), "第六十八条");
        assertThat(SimplifiedProcedureLimit.collection(150_00, true, SETTINGS).isAllowed()).isTrue();
        assertThat(SimplifiedProcedureLimit.collection(100_00, false, SETTINGS).isAllowed()).isTrue();
    }

    @Test
    void no_decision_before_the_notice_was_served_per_article_62() {
        PenaltyCase c = ordinary();
        concluded(c, fine(1500));
        refusedWith(new StatementConcludedRule().check(ctx(c, "decide", request(), ACT)), "第六十二条");
    }

    @Test
    void no_decision_within_the_statement_window_unless_waived_per_article_45() {
        PenaltyCase c = ordinary();
        concluded(c, fine(1500));
        CaseSteps.serveNotice(c, ACT, false, false, ACT.plusDays(3), null);
        refusedWith(new StatementConcludedRule().check(ctx(c, "decide", request(), ACT.plusDays(3))), "第四十五条");
        assertThat(new StatementConcludedRule().check(ctx(c, "decide", request(), ACT.plusDays(4))).isAllowed()).isTrue();
        CaseSteps.waive(c, ACT);
        assertThat(new StatementConcludedRule().check(ctx(c, "decide", request(), ACT)).isAllowed()).isTrue();
    }

    @Test
    void no_decision_before_a_requested_hearing_was_held_per_article_64() {
        PenaltyCase c = ordinary();
        concluded(c, fine(6000));
        CaseSteps.serveNotice(c, ACT, true, true, ACT.plusDays(3), ACT.plusDays(7));
        CaseSteps.requestHearing(c, ACT.plusDays(1));
        refusedWith(new StatementConcludedRule().check(ctx(c, "decide", request(), ACT.plusDays(30))), "第六十四条");
    }

    @Test
    void the_penalty_may_not_be_raised_after_the_statement_per_article_45() {
        PenaltyCase c = ordinary();
        concluded(c, fine(1500));
        CaseSteps.serveNotice(c, ACT, false, false, ACT.plusDays(3), null);
        CaseSteps.statement(c, ACT.plusDays(1), "不服", null);
        refusedWith(new NoRaiseAfterStatementRule().check(ctx(c, "decide", request(Map.of("amountYuan", 1600)),
                ACT.plusDays(5))), "第四十五条");
        assertThat(new NoRaiseAfterStatementRule().check(ctx(c, "decide", request(Map.of("amountYuan", 1000)),
                ACT.plusDays(5))).isAllowed()).isTrue();
    }

    @Test
    void hearing_rights_are_stated_when_a_citizen_fine_reaches_5000_yuan_per_article_63() {
        assertThat(HearingThreshold.applies(PartyKind.CITIZEN, Set.of(PenaltyKind.FINE), 5000_00, SETTINGS)).isTrue();
        assertThat(HearingThreshold.applies(PartyKind.ORGANISATION, Set.of(PenaltyKind.FINE), 5000_00, SETTINGS)).isFalse();
        assertThat(HearingThreshold.applies(PartyKind.CITIZEN, Set.of(PenaltyKind.REVOCATION), 0, SETTINGS)).isTrue();
        PenaltyCase c = ordinary();
        concluded(c, fine(6000));
        refusedWith(new HearingRightsRule().check(ctx(c, "serve-notice", request(), ACT)), "第六十三条");
    }

    @Test
    void a_hearing_is_requested_within_five_working_days_per_article_64() {
        PenaltyCase c = ordinary();
        concluded(c, fine(6000));
        CaseSteps.serveNotice(c, ACT, true, true, ACT.plusDays(3), LocalDate.of(2026, 9, 8));
        refusedWith(new HearingRequestWindowRule().check(ctx(c, "request-hearing", request(), LocalDate.of(2026, 9, 9))), "第六十四条");
    }

    @Test
    void the_hearing_notice_is_served_seven_working_days_ahead_per_article_64() {
        PenaltyCase c = ordinary();
        concluded(c, fine(6000));
        CaseSteps.serveNotice(c, ACT, true, true, ACT.plusDays(3), ACT.plusDays(7));
        CaseSteps.requestHearing(c, ACT.plusDays(1));
        LocalDate monday = LocalDate.of(2026, 9, 7);
        refusedWith(new HearingNoticePeriodRule().check(ctx(c, "schedule-hearing",
                request(Map.of("hearingDate", "2026-09-15", "presidingOfficerId", 9)), monday)), "第六十四条");
        assertThat(new HearingNoticePeriodRule().check(ctx(c, "schedule-hearing",
                request(Map.of("hearingDate", "2026-09-16", "presidingOfficerId", 9)), monday)).isAllowed()).isTrue();
    }

    @Test
    void the_presiding_officer_is_not_an_investigator_per_article_64() {
        PenaltyCase c = ordinary();
        refusedWith(new PresidingOfficerRule().check(ctx(c, "schedule-hearing",
                request(Map.of("presidingOfficerId", 1)), ACT)), "第六十四条");
    }

    @Test
    void the_decision_after_a_hearing_cites_the_hearing_record_per_article_65() {
        PenaltyCase c = ordinary();
        CaseSteps.hearingHeld(c, ACT, "笔录");
        refusedWith(new HearingRecordCitedRule().check(ctx(c, "decide", request(), ACT)), "第六十五条");
    }

    @Test
    void no_decision_before_a_required_legal_review_passed_per_article_58() {
        PenaltyCase c = ordinary();
        concluded(c, fine(5000));
        assertThat(c.review().legalReviewRequired()).isTrue();
        refusedWith(new LegalReviewPassedRule().check(ctx(c, "decide", request(), ACT)), "第五十八条");
    }

    @Test
    void an_amount_outside_the_discretion_range_needs_a_reason_and_legal_review_per_article_34() {
        refusedWith(DiscretionReasonRule.check(fine(3500)), "第三十四条");
        assertThat(LegalReviewRequirement.reasons(PartyKind.CITIZEN, fine(3500), false, SETTINGS))
                .contains("罚款金额超出裁量基准建议幅度");
    }

    @Test
    void the_legal_reviewer_is_not_a_handler_and_is_qualified_per_article_58() {
        PenaltyCase c = ordinary();
        Facts facts = new Facts();
        refusedWith(new ReviewerIndependenceRule().check(ctx(c, "legal-review-agree", request(),
                actor(101, "LEGAL_REVIEWER"), ACT, facts)), "第五十八条");
        facts.qualified = false;
        refusedWith(new ReviewerIndependenceRule().check(ctx(c, "legal-review-agree", request(),
                actor(500, "LEGAL_REVIEWER"), ACT, facts)), "第五十八条");
        facts.qualified = true;
        assertThat(new ReviewerIndependenceRule().check(ctx(c, "legal-review-agree", request(),
                actor(500, "LEGAL_REVIEWER"), ACT, facts)).isAllowed()).isTrue();
    }

    @Test
    void complex_cases_need_collective_discussion_minutes_per_article_57() {
        PenaltyCase c = ordinary();
        var p = fine(1500);
        concluded(c, new org.zhifa.cases.domain.Proposal(p.outcome(), p.kinds(), p.amountFen(), p.recommendedMinFen(),
                p.recommendedMaxFen(), null, null, List.of(), null, null, true, "依据"));
        refusedWith(new CollectiveDiscussionRule().check(ctx(c, "decide", request(), ACT)), "第五十七条");
        CaseSteps.discussion(c, ACT, List.of("甲", "乙"), "意见", "结论");
        assertThat(new CollectiveDiscussionRule().check(ctx(c, "decide", request(), ACT)).isAllowed()).isTrue();
    }

    @Test
    void the_decision_is_made_within_the_time_limit_per_article_60() {
        PenaltyCase c = ordinary();
        CaseSteps.approveFiling(c, "N", ACT, ACT.plusDays(90));
        refusedWith(new CaseTimeLimitRule().check(ctx(c, "decide", request(), ACT.plusDays(91))), "第六十条");
    }

    @Test
    void an_extension_beyond_30_days_or_a_second_one_needs_a_collective_decision_per_article_60() {
        PenaltyCase c = ordinary();
        CaseSteps.approveFiling(c, "N", ACT, ACT.plusDays(90));
        refusedWith(new ExtensionRule().check(ctx(c, "extend-time-limit",
                request(Map.of("newDueDate", ACT.plusDays(121).toString())), ACT)), "第六十条");
        assertThat(new ExtensionRule().check(ctx(c, "extend-time-limit",
                request(Map.of("newDueDate", ACT.plusDays(120).toString())), ACT)).isAllowed()).isTrue();
        CaseSteps.extend(c, new org.zhifa.cases.domain.Extension(ACT, "负责人", "复杂", ACT.plusDays(90),
                ACT.plusDays(120), false));
        refusedWith(new ExtensionRule().check(ctx(c, "extend-time-limit",
                request(Map.of("newDueDate", ACT.plusDays(130).toString())), ACT)), "第六十条");
    }

    @Test
    void one_act_is_fined_once_per_article_29() {
        PenaltyCase c = ordinary();
        concluded(c, fine(1500));
        Facts facts = new Facts();
        facts.otherFine = true;
        refusedWith(new OneActOneFineRule().check(ctx(c, "decide", request(), actor(101, "UNIT_HEAD"), ACT, facts)),
                "第二十九条");
    }

    @Test
    void a_no_penalty_decision_for_a_minor_violation_needs_education_and_commitment_per_article_33() {
        PenaltyCase c = ordinary();
        refusedWith(new ExemptionRecordsRule().check(ctx(c, "decide", request(Map.of("outcome", "NO_PENALTY_MINOR")),
                ACT)), "第三十三条");
        assertThat(new ExemptionRecordsRule().check(ctx(c, "decide", request(Map.of("outcome", "NO_PENALTY_MINOR",
                "educationRecorded", true, "commitmentSigned", true)), ACT)).isAllowed()).isTrue();
    }

    @Test
    void electronic_service_needs_a_signed_address_confirmation_per_article_61() {
        PenaltyCase c = ordinary();
        refusedWith(new ServiceMethodRule().check(ctx(c, "serve-decision",
                request(Map.of("serviceMethod", "ELECTRONIC")), ACT)), "第六十一条");
        assertThat(new ServiceMethodRule().check(ctx(c, "serve-decision",
                request(Map.of("serviceMethod", "ELECTRONIC", "addressConfirmed", true)), ACT)).isAllowed()).isTrue();
    }

    @Test
    void service_left_at_the_address_must_note_the_refusal_and_witness_per_civil_procedure_article_89() {
        PenaltyCase c = ordinary();
        refusedWith(new ServiceMethodRule().check(ctx(c, "serve-decision",
                request(Map.of("serviceMethod", "LEFT_AT_ADDRESS")), ACT)), "第六十一条");
        assertThat(new ServiceMethodRule().check(ctx(c, "serve-decision",
                request(Map.of("serviceMethod", "LEFT_AT_ADDRESS", "content", "当事人拒收，见证人：村委会张某")), ACT))
                .isAllowed()).isTrue();
    }

    @Test
    void compulsory_measures_need_a_continuous_recording_per_article_47() {
        PenaltyCase c = ordinary();
        refusedWith(new ContinuousRecordingRule().check(ctx(c, "record-investigation",
                request(Map.of("recordKind", "COMPULSORY_MEASURE")), ACT)), "第四十七条");
        assertThat(new ContinuousRecordingRule().check(ctx(c, "record-investigation",
                request(Map.of("recordKind", "INQUIRY")), ACT)).isAllowed()).isTrue();
    }

    @Test
    void a_major_filing_is_acknowledged_by_the_superior_not_by_the_decider_per_plan_21() {
        PenaltyCase c = ordinary();
        CaseSteps.majorFiled(c, ACT, false);
        refusedWith(new FilingRules.SuperiorUnit().check(ctx(c, "acknowledge-filing", request(),
                actor(7, "UNIT_HEAD"), ACT, new Facts())), "方案第21条");
    }

    @Test
    void the_archive_is_refused_while_the_file_is_incomplete() {
        PenaltyCase c = ordinary();
        List<String> missing = FileCompletenessCheck.missing(c, Set.of("FILING_REGISTER"));
        assertThat(missing).anyMatch(m -> m.contains("行政处罚决定书") || m.contains("不予行政处罚决定书"))
                .anyMatch(m -> m.contains("送达回证"));
    }
}
