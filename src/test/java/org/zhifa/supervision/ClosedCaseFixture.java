package org.zhifa.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Closed case files of a past year for evaluation tests, written like bench/cases-generate.sql (fictitious parties
 * named 评查测试当事人, source note SUPERVISION-TEST) and removed again after the test class, so that the shared demo
 * data other tests count stays as it was.
 */
final class ClosedCaseFixture {

    private final JdbcClient jdbc;
    private final List<Long> ids = new ArrayList<>();

    ClosedCaseFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code n} closed cases of the unit, handled by the unit's first two active officers, registered by the user. */
    List<Long> add(int n, long unitId, String procedure, String source, String outcome, LocalDate closedOn,
            long createdBy) {
        List<Long> made = new ArrayList<>();
        List<Long> officers = jdbc.sql("""
                select id from officer where unit_id = :u and kind = 'OFFICER' and status = 'ACTIVE'
                order by user_id nulls last, id limit 2""").param("u", unitId).query(Long.class).list();
        for (int i = 0; i < n; i++) {
            long id = jdbc.sql("""
                    insert into penalty_case (unit_id, procedure, procedure_version, category, state, case_number,
                        source, source_note, act_date, act_place, facts, discovered_on, party_kind, party_name,
                        violation_codes, officer_names, officer_ids, registered_on, filed_on, decided_on, outcome,
                        decision_amount_fen, closed_on, last_step_on, created_by)
                    values (:unit, :procedure, '2021-07-15/2', 'HIGHWAY_ADMINISTRATION', 'CLOSED', :number, :source,
                        'SUPERVISION-TEST', :act, 'G315线 K100+200', '评查测试数据', :act, 'CITIZEN', :party,
                        array['GLF-77-1'], '测试', cast(:officers as bigint[]), :act, :act, :closed, :outcome, 100000,
                        :closed, :closed, :by) returning id""")
                    .param("unit", unitId).param("procedure", procedure)
                    .param("number", "评查测试" + unitId + "〔" + closedOn.getYear() + "〕" + (ids.size() + 1) + "号")
                    .param("source", source).param("act", closedOn.minusDays(40))
                    .param("party", "评查测试当事人" + (ids.size() + 1))
                    .param("officers", "{" + officers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + "}").param("closed", closedOn)
                    .param("outcome", outcome).param("by", createdBy).query(Long.class).single();
            int pos = 0;
            for (long o : officers) {
                jdbc.sql("""
                        insert into case_officer (case_id, officer_id, user_id, name, position)
                        select :c, id, user_id, name, :pos from officer where id = :o""")
                        .param("c", id).param("o", o).param("pos", pos++).update();
            }
            ids.add(id);
            made.add(id);
        }
        return made;
    }

    void removeAll() {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("delete from case_clock where case_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from case_step where case_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from case_officer where case_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from penalty_case where id in (:ids)").param("ids", ids).update();
        ids.clear();
    }
}
