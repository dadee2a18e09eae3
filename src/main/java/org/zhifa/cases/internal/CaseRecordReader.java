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

    private static CaseAlert alert(ResultSet rs, String kind, String detail, LocalDate date) throws SQLException {
        return new CaseAlert(rs.getLong("id"), rs.getString("n"), rs.getLong("unit_id"), kind, detail, date);
    }

    @Override
    public List<CaseAlert> overdueClocks(java.util.Set<Long> unitIds, LocalDate today, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.id, coalesce(c.case_number, '案件' || c.id) n, c.unit_id, k.kind, k.basis, k.due_on
                from case_clock k join penalty_case c on c.id = k.case_id
                where k.closed_on is null and (k.state = 'OVERDUE' or (k.state = 'RUNNING' and k.due_on < :today))
                  and c.unit_id in (:units)
                order by k.due_on limit :limit""").param("today", today).param("units", unitIds).param("limit", limit)
                .query((rs, i) -> alert(rs, "CLOCK_OVERDUE", label(rs.getString("kind")) + "（" + rs.getString("basis")
                        + "）应于 " + rs.getObject("due_on", LocalDate.class) + " 届满", rs.getObject("due_on",
                        LocalDate.class))).list();
    }

    private static String label(String kind) {
        return Arrays.stream(ClockKind.values()).filter(k -> k.name().equals(kind)).findFirst().map(ClockKind::label)
                .orElse(kind);
    }

    @Override
    public List<CaseAlert> withoutStepSince(java.util.Set<Long> unitIds, LocalDate before, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, coalesce(case_number, '案件' || id) n, unit_id, state, last_step_on from penalty_case
                where unit_id in (:units) and last_step_on < :before
                  and state not in ('CLOSED', 'ARCHIVED', 'TRANSFERRED', 'NOT_FILED')
                order by last_step_on limit :limit""").param("units", unitIds).param("before", before)
                .param("limit", limit)
                .query((rs, i) -> alert(rs, "NO_STEP", "当前环节“" + stateLabel(rs.getString("state")) + "”，最后办理于 "
                        + rs.getObject("last_step_on", LocalDate.class), rs.getObject("last_step_on", LocalDate.class)))
                .list();
    }

    private static String stateLabel(String state) {
        return Arrays.stream(org.zhifa.cases.procedure.CaseState.values()).filter(s -> s.name().equals(state))
                .findFirst().map(org.zhifa.cases.procedure.CaseState::label).orElse(state);
    }

    @Override
    public List<CaseAlert> repeatedlyReturned(java.util.Set<Long> unitIds, int times, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.id, coalesce(c.case_number, '案件' || c.id) n, c.unit_id, count(*) returns, max(s.acted_on) last
                from case_step s join penalty_case c on c.id = s.case_id
                where s.transition = 'return' and s.from_state in ('LEGAL_REVIEW', 'HEARING_LEGAL_REVIEW')
                  and c.unit_id in (:units)
                group by c.id having count(*) >= :times order by count(*) desc, max(s.acted_on) desc limit :limit""")
                .param("units", unitIds).param("times", times).param("limit", limit)
                .query((rs, i) -> alert(rs, "REPEATED_RETURN", "法制审核退回 " + rs.getInt("returns") + " 次",
                        rs.getObject("last", LocalDate.class))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TransferView> transfers(java.util.Set<Long> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                select id from penalty_case where unit_id in (:units)
                  and (state in ('TRANSFER_APPROVAL', 'TRANSFERRED') or outcome = 'TRANSFER_TO_JUDICIAL'
                       or id in (select case_id from case_clock where kind in ('TRANSFER_DECISION', 'TRANSFER_HANDOVER')))
                order by id desc limit :limit""").param("units", unitIds).param("limit", limit).query(Long.class).list();
        List<TransferView> out = new ArrayList<>();
        for (long id : ids) {
            cases.find(id).ifPresent(c -> {
                List<ClockFact> clocks = jdbc.sql("""
                        select kind, basis, started_on, due_on, closed_on, state from case_clock
                        where case_id = :id and kind in ('TRANSFER_DECISION', 'TRANSFER_HANDOVER') order by id""")
                        .param("id", id).query(CaseRecordReader::clock).list();
                ClockFact decision = clocks.stream().filter(k -> k.kind().equals("TRANSFER_DECISION")).reduce((a, b) -> b)
                        .orElse(null);
                ClockFact handover = clocks.stream().filter(k -> k.kind().equals("TRANSFER_HANDOVER")).reduce((a, b) -> b)
                        .orElse(null);
                var t = c.transfer();
                out.add(new TransferView(id, c.caseNumber() == null ? "案件" + id : c.caseNumber(), c.unitId(),
                        stateLabel(c.state().name()), t.proposedOn(), decision, t.transferredOn(), t.recipient(),
                        t.number(), handover, t.receivedOn(), t.receivedBy()));
            });
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DiscretionStat> discretion(LocalDate from) {
        String ranged = """
                with d as (
                    select c.id, c.unit_id, c.officer_ids, c.decision_amount_fen a,
                           (c.proposal->>'recommendedMinFen')::bigint lo, (c.proposal->>'recommendedMaxFen')::bigint hi
                    from penalty_case c
                    where c.outcome = 'PENALTY' and c.decided_on >= :from and c.decision_amount_fen is not null
                      and c.proposal->>'recommendedMinFen' is not null and c.proposal->>'recommendedMaxFen' is not null)
                """;
        List<DiscretionStat> out = new ArrayList<>(jdbc.sql(ranged + """
                select 'UNIT' kind, unit_id id, '' name, unit_id, count(*) n, count(*) filter (where a >= hi) top,
                       count(*) filter (where a <= lo) bottom, count(*) filter (where a < lo) reduced
                from d group by unit_id""").param("from", from).query(CaseRecordReader::stat).list());
        out.addAll(jdbc.sql(ranged + """
                select 'OFFICER' kind, o.officer_id id, max(o.name) name, max(d.unit_id) unit_id, count(*) n,
                       count(*) filter (where a >= hi) top, count(*) filter (where a <= lo) bottom,
                       count(*) filter (where a < lo) reduced
                from d join case_officer o on o.case_id = d.id and not o.auxiliary
                group by o.officer_id""").param("from", from).query(CaseRecordReader::stat).list());
        return out;
    }

    private static DiscretionStat stat(ResultSet rs, int row) throws SQLException {
        return new DiscretionStat(rs.getString("kind"), rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
                rs.getInt("n"), rs.getInt("top"), rs.getInt("bottom"), rs.getInt("reduced"));
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
