package org.zhifa.cases.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.cases.CaseRecords;
import org.zhifa.cases.EvaluationCategory;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.domain.CaseRepository;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.cases.rules.FileCompletenessCheck;

/** {@link CaseRecords} over the case tables, the archive check and the guards' view of personnel. */
@Component
class CaseRecordReader implements CaseRecords {

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final CaseFacts facts;

    CaseRecordReader(JdbcClient jdbc, CaseRepository cases, CaseFacts facts) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.facts = facts;
    }

    @Override
    @Transactional(readOnly = true)
    public void closedBetween(LocalDate from, LocalDate to, Consumer<Candidate> each) {
        jdbc.sql("""
                select id, unit_id, procedure, source, outcome, state, officer_ids, created_by from penalty_case
                where state in ('CLOSED', 'ARCHIVED', 'TRANSFERRED')
                  and coalesce(closed_on, last_step_on) between :from and :to
                order by id""").param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> each.accept(new Candidate(rs.getLong("id"), rs.getLong("unit_id"),
                        EvaluationCategory.of(rs.getString("procedure"), rs.getString("source"),
                                rs.getString("outcome"), rs.getString("state")),
                        longs(rs.getArray("officer_ids")), rs.getLong("created_by"))));
    }

    private static long[] longs(Array array) throws SQLException {
        if (array == null) {
            return new long[0];
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).mapToLong(v -> ((Number) v).longValue()).toArray();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseRecord> record(long caseId) {
        return cases.find(caseId).map(this::record);
    }

    private CaseRecord record(PenaltyCase c) {
        LocalDate actDate = c.act().actDate();
        List<OfficerFact> officers = new ArrayList<>();
        for (CaseOfficer o : c.officers()) {
            CaseFacts.Eligibility e = o.auxiliary() ? new CaseFacts.Eligibility(false, List.of("执法辅助人员"))
                    : facts.eligibility(o.officerId(), actDate, c.category());
            officers.add(new OfficerFact(o.officerId(), o.userId(), o.name(), o.auxiliary(), o.recused(),
                    e.eligible(), e.reasons()));
        }
        List<ClockFact> clocks = jdbc.sql("""
                select kind, basis, started_on, due_on, closed_on, state from case_clock where case_id = :id order by id
                """).param("id", c.id()).query(CaseRecordReader::clock).list();
        Map<String, Long> issued = facts.issuedDocuments(c.id());
        List<String> missing = FileCompletenessCheck.missing(c, issued);
        var d = c.decision();
        var p = c.proposal();
        boolean passed = c.review().reviews().stream().anyMatch(r -> r.agree());
        String outcome = d.outcome() == null ? null : d.outcome().name();
        return new CaseRecord(c.id(), c.caseNumber(), c.unitId(),
                EvaluationCategory.of(c.procedure().name(), c.source().name(), outcome, c.state().name()),
                c.procedure().name(), c.state().name(), outcome, actDate, List.copyOf(officers), clocks,
                Map.copyOf(issued), List.copyOf(missing), d.made() && d.fine() ? d.amountFen() : null,
                p == null ? null : p.recommendedMinFen(), p == null ? null : p.recommendedMaxFen(),
                c.review().legalReviewRequired(), passed, c.notice().servedOn(), d.decidedOn(),
                c.execution().service() != null,
                c.execution().service() == null ? null : c.execution().service().method().label());
    }

    private static ClockFact clock(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        String label = Arrays.stream(ClockKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .map(ClockKind::label).orElse(kind);
        return new ClockFact(kind, label, rs.getString("basis"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                rs.getString("state"));
    }

    @Override
    public Map<Long, String> caseNumbers(Collection<Long> caseIds) {
        Map<Long, String> numbers = new HashMap<>();
        if (caseIds.isEmpty()) {
            return numbers;
        }
        jdbc.sql("select id, coalesce(case_number, notice_number, '案件' || id) n from penalty_case where id in (:ids)")
                .param("ids", caseIds).query((RowCallbackHandler) rs -> numbers.put(rs.getLong(1), rs.getString(2)));
        return numbers;
    }

}
