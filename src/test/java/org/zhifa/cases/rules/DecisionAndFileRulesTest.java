package org.zhifa.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.rules.Cases.*;
import static org.zhifa.cases.rules.OfficerAndActRulesTest.refusedWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.Choices.ServiceMethod;
import org.zhifa.cases.domain.Confiscation;
import org.zhifa.cases.domain.DecisionRecord;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.Proposal;
import org.zhifa.cases.domain.AddressConfirmation;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.cases.steps.ConfirmServiceAddress;
import org.zhifa.cases.steps.ConcludeInvestigation;
import org.zhifa.cases.steps.Decide;
import org.zhifa.cases.steps.FileMajorDecision;
import org.zhifa.cases.steps.ImposeMeasure;
import org.zhifa.cases.steps.LegalReviewAgree;
import org.zhifa.cases.steps.RecordHearing;
import org.zhifa.cases.steps.RefuseFiling;
import org.zhifa.cases.steps.ServeDecision;
import org.zhifa.cases.steps.SubmitFiling;
import org.zhifa.catalog.PenaltyKind;

/** The decision, its service and the file (处罚法 Art. 28, 33, 34, 47, 57–61; 行政复议法 Art. 24; 方案 21). */
class DecisionAndFileRulesTest {

    private static Decide.Input decide(DecisionOutcome outcome, Set<PenaltyKind> kinds, Long yuan, LocalDate on) {
        return new Decide.Input(0, on, null, outcome, kinds, yuan == null ? null : BigDecimal.valueOf(yuan), null, null,
                null, null);
    }

    @Test
    void no_decision_before_a_required_legal_review_passed_per_article_58() {
        PenaltyCase c = ordinary();
        concluded(c, fine(6000));
        assertThat(c.review().legalReviewRequired()).isTrue();
        refusedWith(new LegalReviewPassedRule().check(ctx(c, Decide.TRANSITION, null, ACT.plusDays(9))), "第五十八条");
    }

    @Test
    void an_amount_outside_the_discretion_range_needs_a_written_reason_per_article_34() {
        PenaltyCase c = ordinary();
        var input = new ConcludeInvestigation.Input(0, ACT.plusDays(2), null, "事实", "证据", DecisionOutcome.PENALTY,
                Set.of(PenaltyKind.FINE), BigDecimal.valueOf(4000), null, null, Map.of("damage_area_m2", 10), Set.of(),
                "理由", null, false);
        refusedWith(new DiscretionReasonRule().check(ctx(c, ConcludeInvestigation.TRANSITION, input, ACT.plusDays(2))),
                "第三十四条");
        var reasoned = new ConcludeInvestigation.Input(0, ACT.plusDays(2), null, "事实", "证据", DecisionOutcome.PENALTY,
                Set.of(PenaltyKind.FINE), BigDecimal.valueOf(4000), null, null, Map.of("damage_area_m2", 10), Set.of(),
                "理由", "多次劝阻拒不改正", false);
        assertThat(new DiscretionReasonRule().check(ctx(c, ConcludeInvestigation.TRANSITION, reasoned, ACT.plusDays(2)))
                .isAllowed()).isTrue();
    }

    @Test
    void the_legal_reviewer_is_not_a_handler_and_is_qualified_per_article_58() {
        PenaltyCase c = ordinary();
        Facts facts = new Facts();
        facts.officerOfUser.put(200L, 1L);
        refusedWith(new ReviewerIndependenceRule().check(ctx(c, LegalReviewAgree.TRANSITION, null,
                actor(200, "LEGAL_REVIEWER"), ACT, facts)), "第五十八条");
        facts.qualified = false;
        refusedWith(new ReviewerIndependenceRule().check(ctx(c, LegalReviewAgree.TRANSITION, null,
                actor(300, "LEGAL_REVIEWER"), ACT, facts)), "第五十八条第二款");
    }

    @Test
    void complex_cases_are_decided_after_collective_discussion_per_article_57() {
        PenaltyCase c = ordinary();
        Proposal p = fine(1500);
        concluded(c, new Proposal(p.concludedOn(), p.facts(), p.evidence(), p.outcome(), p.kinds(), p.amountFen(), null,
                null, p.discretionReason(), p.recommendedMinFen(), p.recommendedMaxFen(), null, p.tier(), p.trail(), null,
                null, true));
        refusedWith(new CollectiveDiscussionRule().check(ctx(c, Decide.TRANSITION, null, ACT.plusDays(9))), "第五十七条第二款");
    }

    @Test
    void the_decision_is_made_within_the_case_limit_per_article_60() {
        PenaltyCase c = ordinary();
        concluded(c, fine(1500));
        refusedWith(new CaseTimeLimitRule().check(ctx(c, Decide.TRANSITION, null, c.timeLimitDue().plusDays(1))), "第六十条");
    }

    @Test
    void a_no_penalty_decision_for_a_minor_violation_needs_education_and_commitment_records_per_article_33() {
        PenaltyCase c = ordinary();
        concluded(c, fine(1500));
        refusedWith(new ExemptionRecordsRule().check(ctx(c, Decide.TRANSITION,
                decide(DecisionOutcome.NO_PENALTY_MINOR, Set.of(), null, ACT.plusDays(9)), ACT.plusDays(9))), "第三十三条第三款");
    }

    @Test
    void confiscation_is_decided_only_where_the_penalty_provision_provides_it_per_article_28() {
        PenaltyCase c = ordinary();
        var confiscate = new Decide.Input(0, ACT.plusDays(9), null, DecisionOutcome.PENALTY,
                Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION), BigDecimal.valueOf(1500),
                new Confiscation("运费收入", BigDecimal.valueOf(800)), null, null, null);
        refusedWith(new PenaltyProvidedRule().check(ctx(c, Decide.TRANSITION, confiscate, ACT.plusDays(9))), "第二十八条");
        Facts facts = new Facts();
        facts.provided = Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION);
        assertThat(new PenaltyProvidedRule().check(ctx(c, Decide.TRANSITION, confiscate, actor(1, "UNIT_HEAD"),
                ACT.plusDays(9), facts)).isAllowed()).isTrue();
    }

    @Test
    void the_reconsideration_body_is_the_government_configured_for_the_unit_per_reconsideration_law_article_24() {
        PenaltyCase c = ordinary();
        Facts facts = new Facts();
        facts.remedies = null;
        refusedWith(new ReconsiderationBodyRule().check(ctx(c, Decide.TRANSITION, null, actor(1, "UNIT_HEAD"), ACT, facts)),
                "《行政复议法》第二十四条第一款第（一）项");
    }

    private static ServeDecision.Input served(ServiceFacts s) {
        return new ServeDecision.Input(0, s.servedAt().toLocalDate(), null, s);
    }

    @Test
    void electronic_service_needs_an_address_confirmation_signed_before_the_service_per_article_61() {
        PenaltyCase c = ordinary();
        concluded(c, fine(1000));
        LocalDate on = ACT.plusDays(10);
        var electronic = new ServiceFacts(ServiceMethod.ELECTRONIC, on.atTime(9, 0), null, "当事人", null, null, null, null,
                "party@example.test", null);
        refusedWith(new ServiceMethodRule().check(ctx(c, ServeDecision.TRANSITION, served(electronic), on)), "第六十一条第二款");
        // a confirmation signed after the service does not cover it; one that refuses electronic service never does
        c.confirmServiceAddress(check(ConfirmServiceAddress.TRANSITION, on.plusDays(1)), new AddressConfirmation(on.plusDays(1),
                "当事人住所（测试）", null, "当事人", true, "party@example.test", "当事人", 1));
        refusedWith(new ServiceMethodRule().check(ctx(c, ServeDecision.TRANSITION, served(electronic), on)), "第六十一条第二款");
        c.confirmServiceAddress(check(ConfirmServiceAddress.TRANSITION, ACT), new AddressConfirmation(ACT,
                "当事人住所（测试）", null, "当事人", false, null, "当事人", 2));
        refusedWith(new ServiceMethodRule().check(ctx(c, ServeDecision.TRANSITION, served(electronic), on)), "第六十一条第二款");
        c.confirmServiceAddress(check(ConfirmServiceAddress.TRANSITION, ACT.plusDays(2)), new AddressConfirmation(ACT.plusDays(2),
                "当事人住所（测试）", null, "当事人", true, "party@example.test", "当事人", 3));
        assertThat(new ServiceMethodRule().check(ctx(c, ServeDecision.TRANSITION, served(electronic), on)).isAllowed()).isTrue();
        // only to the address the party confirmed
        var elsewhere = new ServiceFacts(ServiceMethod.ELECTRONIC, on.atTime(9, 0), null, "当事人", null, null, null, null,
                "other@example.test", null);
        refusedWith(new ServiceMethodRule().check(ctx(c, ServeDecision.TRANSITION, served(elsewhere), on)), "第六十一条第二款");
    }

    @Test
    void service_left_at_the_address_records_the_refusal_and_a_witness_per_civil_procedure_article_89() {
        PenaltyCase c = ordinary();
        LocalDate on = ACT.plusDays(10);
        var noWitness = new ServiceFacts(ServiceMethod.LEFT_AT_ADDRESS, on.atTime(9, 0), "当事人住所", "当事人", null, "拒收",
                null, null, null, null);
        refusedWith(new ServiceMethodRule().check(ctx(c, ServeDecision.TRANSITION, served(noWitness), on)), "第八十九条");
    }

    @Test
    void a_mailed_document_is_served_on_the_signed_receipt_date_and_a_public_notice_thirty_days_after_per_article_61() {
        var mail = new ServiceFacts(ServiceMethod.MAIL, LocalDate.of(2026, 9, 14).atTime(15, 0), null, "当事人", "当事人",
                null, null, "EMS1", null, null);
        assertThat(mail.servedOn()).isEqualTo(LocalDate.of(2026, 9, 14));
        var notice = new ServiceFacts(ServiceMethod.PUBLIC_NOTICE, LocalDate.of(2026, 9, 1).atTime(9, 0), null, "当事人",
                null, null, null, null, null, "海西日报");
        assertThat(notice.servedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void compulsory_measures_and_hearings_need_a_continuous_recording_per_article_47() {
        PenaltyCase c = ordinary();
        refusedWith(new ContinuousRecordingRule().check(ctx(c, ImposeMeasure.TRANSITION, null, ACT)), "第四十七条");
        refusedWith(new ContinuousRecordingRule().check(ctx(c, RecordHearing.TRANSITION, null, ACT)), "第四十七条");
        assertThat(new ContinuousRecordingRule().check(ctx(c, SubmitFiling.TRANSITION, null, ACT)).isAllowed()).isTrue();
    }

    @Test
    void a_case_not_filed_archives_with_its_own_short_file() {
        PenaltyCase c = ordinary();
        c.submitFiling(check(SubmitFiling.TRANSITION, ACT), "建议立案");
        c.refuseFiling(check(RefuseFiling.TRANSITION, ACT), "负责人", "证据不足");
        assertThat(FileCompletenessCheck.missing(c, Map.of())).containsExactly("缺少案件来源登记表");
        assertThat(FileCompletenessCheck.missing(c, Map.of("CASE_SOURCE_REGISTER", 1L))).isEmpty();
    }

    @Test
    void archiving_checks_each_document_and_each_proof_of_service_of_the_path() {
        PenaltyCase c = ordinary();
        notified(c, fine(1500), ACT.plusDays(3));
        toDecision(c, ACT.plusDays(9));
        c.decide(check(Decide.TRANSITION, ACT.plusDays(9)), new DecisionRecord.Made(DecisionOutcome.PENALTY,
                Set.of(PenaltyKind.FINE), 150_000, null, null, ACT.plusDays(9), "罚〔2026〕1号", 1, "负责人", false, false,
                null, "德令哈市人民政府", null), k -> "event");
        Map<String, Long> issued = Map.of("FILING_REGISTER", 1L, "INVESTIGATION_REPORT", 1L, "CASE_REVIEW_FORM", 1L,
                "VIOLATION_NOTICE", 1L, "PENALTY_DECISION", 1L, "CLOSURE_REPORT", 1L, "PROOF_OF_SERVICE", 1L);
        List<String> missing = FileCompletenessCheck.missing(c, issued);
        assertThat(missing).anyMatch(m -> m.contains("送达回证")).anyMatch(m -> m.contains("决定书没有送达记录"));
    }

    @Test
    void a_major_filing_is_acknowledged_by_the_superior_not_by_the_decider_per_plan_21() {
        PenaltyCase c = ordinary();
        refusedWith(new FilingRules.SuperiorUnit().check(ctx(c, FileMajorDecision.TRANSITION, null, actor(2, "SUPERVISOR"),
                ACT, new Facts())), "第二十一条");
    }
}
