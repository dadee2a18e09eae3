package org.zhifa.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseStatistics;
import org.zhifa.cases.CaseStatistics.MonthlyCaseFigures;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The counting rules of docs/statistics.md on cases written for the purpose into a unit and a year no demo data uses
 * (大柴旦 brigade, 2019), each test inside a transaction that is rolled back.
 */
@ZhifaIntegrationTest
class CountingRulesTest {

    static final long UNIT = 71;
    /** Explicit ids far above any the tests create: a rolled-back insert must not advance the tables' sequences. */
    static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong(9_900_000);

    @Autowired
    CaseStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    long decided(LocalDate filed, LocalDate decided, String outcome, String kinds, long amountFen, String confiscationYuan) {
        String decision = "{\"kinds\": " + kinds + (confiscationYuan == null ? "" : ", \"confiscation\": {\"description\": \"演示\", \"amountYuan\": " + confiscationYuan + "}") + "}";
        return jdbc.sql("""
                insert into penalty_case (id, unit_id, procedure, procedure_version, state, source, act_date, act_place,
                    party_kind, party_name, registered_on, filed_on, decided_on, outcome, decision_amount_fen, decision,
                    last_step_on, created_by)
                values (?, ?, 'ORDINARY', 'test', 'SERVICE', 'INSPECTION', ?, '演示地点', 'CITIZEN', '统计规则演示当事人', ?, ?, ?, ?, ?,
                    cast(? as jsonb), ?, 1) returning id
                """).params(IDS.incrementAndGet(), UNIT, filed, filed, filed, decided, outcome, amountFen, decision, decided)
                .query(Long.class).single();
    }

    MonthlyCaseFigures month(int year, int month) {
        List<MonthlyCaseFigures> rows = statistics.monthly(YearMonth.of(year, month), List.of(UNIT));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    void rolledBack(Runnable body) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            body.run();
            status.setRollbackOnly();
        });
    }

    @Test
    void a_decision_counts_once_under_its_heaviest_penalty_kind() {
        rolledBack(() -> {
            decided(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 20), "PENALTY", "[\"WARNING\", \"FINE\", \"SUSPENSION\"]",
                    200000, null);
            decided(LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 21), "PENALTY", "[\"FINE\", \"CONFISCATION\"]", 50000, "123.45");
            decided(LocalDate.of(2019, 3, 3), LocalDate.of(2019, 3, 22), "PENALTY", "[\"WARNING\"]", 0, null);
            decided(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 23), "NO_PENALTY_MINOR", "[]", 0, null);
            MonthlyCaseFigures m = month(2019, 3);
            assertThat(m.decided()).isEqualTo(4);
            assertThat(m.penalty()).isEqualTo(3);
            assertThat(m.noPenaltyMinor()).isEqualTo(1);
            assertThat(m.heaviestSuspension()).isEqualTo(1);
            assertThat(m.heaviestConfiscation()).isEqualTo(1);
            assertThat(m.heaviestWarning()).isEqualTo(1);
            assertThat(m.heaviestFine()).isZero();
            assertThat(m.heaviestRevocation() + m.heaviestSuspension() + m.heaviestDowngrade() + m.heaviestConfiscation()
                    + m.heaviestFine() + m.heaviestWarning() + m.heaviestOther()).isEqualTo(m.penalty());
            // amounts are summed whatever kind the decision counts under
            assertThat(m.fineFen()).isEqualTo(250000);
            assertThat(m.confiscationFen()).isEqualTo(12345);
        });
    }

    @Autowired
    org.zhifa.inspection.InspectionStatistics inspections;

    long target(String creditCode) {
        return jdbc.sql("""
                insert into insp_target (id, unit_id, kind, name, credit_code, credit_class)
                values (?, ?, 'FREIGHT_OPERATOR', '统计规则演示企业（虚构）', ?, 'B') returning id
                """).params(IDS.incrementAndGet(), UNIT, creditCode).query(Long.class).single();
    }

    void inspection(long targetId, LocalDate on) {
        jdbc.sql("""
                insert into inspection (id, unit_id, target_unit_id, kind, target_id, target_name, target_kind, item_ids,
                    inspected_on, started_at, ended_at, place, officer_ids, officer_names, representative_name,
                    representative_role, signature, outcome, recorded_by, recorded_by_name)
                values (?, ?, ?, 'OTHER', ?, '统计规则演示企业（虚构）', 'FREIGHT_OPERATOR', '{}', ?, now(), now(),
                    '演示地点', '{1,2}', '演示甲、演示乙', '演示代表', '负责人', 'SIGNED', 'NO_PROBLEM', 1, '演示')
                """).params(IDS.incrementAndGet(), UNIT, UNIT, targetId, on).update();
    }

    @Test
    void an_inspection_counts_once_per_object_with_a_complete_record() {
        rolledBack(() -> {
            // two inspections of one object and one of another (objects and records written for the purpose)
            long a = target("91632890MA7ZH0001A");
            long b = target("91632890MA7ZH0002B");
            inspection(a, LocalDate.of(2019, 3, 5));
            inspection(a, LocalDate.of(2019, 3, 25));
            inspection(b, LocalDate.of(2019, 3, 26));
            LocalDate from = LocalDate.of(2019, 3, 1);
            LocalDate to = LocalDate.of(2019, 3, 31);
            assertThat(inspections.objectsInspected(List.of(UNIT), from, to)).isEqualTo(2);
            assertThat(inspections.counts(List.of(UNIT), from, to).get(0).inspections()).isEqualTo(3);
        });
    }

    @Test
    void a_decision_belongs_to_the_month_of_its_decision_date() {
        rolledBack(() -> {
            decided(LocalDate.of(2019, 5, 28), LocalDate.of(2019, 6, 1), "PENALTY", "[\"FINE\"]", 10000, null);
            decided(LocalDate.of(2019, 5, 29), LocalDate.of(2019, 5, 31), "PENALTY", "[\"FINE\"]", 20000, null);
            MonthlyCaseFigures may = month(2019, 5);
            MonthlyCaseFigures june = month(2019, 6);
            assertThat(may.filed()).isEqualTo(2);
            assertThat(may.decided()).isEqualTo(1);
            assertThat(may.fineFen()).isEqualTo(20000);
            assertThat(june.filed()).isZero();
            assertThat(june.decided()).isEqualTo(1);
            assertThat(june.fineFen()).isEqualTo(10000);
        });
    }

    @Test
    void a_transfer_counts_in_the_month_it_was_approved_and_hearings_and_reviews_in_the_month_held() {
        rolledBack(() -> {
            long id = decided(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 8, 5), "TRANSFER_TO_JUDICIAL", "[]", 0, null);
            jdbc.sql("update penalty_case set transfer = cast(? as jsonb) where id = ?")
                    .params("{\"transferredOn\": \"2019-08-03\", \"recipient\": \"演示公安机关\"}", id).update();
            for (String[] step : new String[][] {{"record-hearing", "2019-07-20"}, {"legal-review-agree", "2019-07-25"},
                    {"legal-review-problems", "2019-07-22"}, {"hearing-review-agree", "2019-08-01"}, {"decide", "2019-08-05"}}) {
                jdbc.sql("""
                        insert into case_step (id, case_id, transition, label, to_state, acted_on, entered_at)
                        values (?, ?, ?, '演示', 'X', cast(? as date), now())
                        """).params(IDS.incrementAndGet(), id, step[0], step[1]).update();
            }
            MonthlyCaseFigures july = month(2019, 7);
            MonthlyCaseFigures august = month(2019, 8);
            assertThat(july.hearings()).isEqualTo(1);
            assertThat(july.legalReviews()).isEqualTo(2);
            assertThat(july.transfers()).isZero();
            assertThat(august.legalReviews()).isEqualTo(1);
            assertThat(august.transfers()).isEqualTo(1);
            assertThat(august.transferOutcome()).isEqualTo(1);
            assertThat(august.penalty()).isZero();
        });
    }
}
