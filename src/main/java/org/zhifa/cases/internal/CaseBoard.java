package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.common.Actor;
import org.zhifa.identity.DataScope;

/**
 * The deadline board (every running clock due within three days or overdue) and the incoming filings of major
 * decisions (方案 21) with late and missing filings flagged, both within the caller's data scope.
 */
@Service
public class CaseBoard {

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;

    CaseBoard(JdbcClient jdbc, DataScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    public record DeadlineLine(long caseId, String caseNumber, String partyName, long unitId, String clock,
            String clockLabel, String basis, LocalDate dueOn, boolean overdue, boolean provisional) {
    }

    public record FilingLine(long caseId, String caseNumber, long unitId, String partyName, LocalDate decidedOn,
            LocalDate filedOn, boolean filedLate, boolean missingOverdue, LocalDate dueOn, String acknowledgedBy,
            LocalDate acknowledgedOn) {
    }

    public List<DeadlineLine> deadlines(Actor actor, boolean mine) {
        Set<Long> units = scope.visibleUnitIds(actor);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select k.case_id, c.case_number, c.party_name, c.unit_id, k.kind, k.basis, k.due_on, k.provisional, k.state
                from case_clock k join penalty_case c on c.id = k.case_id
                where k.closed_on is null and k.state in ('RUNNING', 'OVERDUE') and k.due_on <= :soon and c.unit_id in (:units)
                  and (not :mine or exists (select 1 from case_officer o where o.case_id = c.id and o.user_id = :user
                       and not o.recused))
                order by k.due_on, k.id limit 500
                """).param("soon", today.plusDays(3)).param("units", units).param("mine", mine)
                .param("user", actor.userId())
                .query((rs, i) -> {
                    ClockKind kind = ClockKind.valueOf(rs.getString("kind"));
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new DeadlineLine(rs.getLong("case_id"), rs.getString("case_number"), rs.getString("party_name"),
                            rs.getLong("unit_id"), kind.name(), kind.label(), rs.getString("basis"), due,
                            // the same test as the sweep and the list's overdue filter (next_due_on < today)
                            due.isBefore(today) || "OVERDUE".equals(rs.getString("state")), rs.getBoolean("provisional"));
                }).list();
    }

    public List<FilingLine> filings(Actor actor) {
        Set<Long> units = scope.visibleUnitIds(actor);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select c.id, c.case_number, c.unit_id, c.party_name, c.decided_on,
                       cast(c.execution ->> 'majorFiledOn' as date) as filed_on,
                       coalesce(cast(c.execution ->> 'majorFiledLate' as boolean), false) as late,
                       c.execution ->> 'majorAcknowledgedBy' as ack_by,
                       cast(c.execution ->> 'majorAcknowledgedOn' as date) as ack_on,
                       (select max(k.due_on) from case_clock k where k.case_id = c.id and k.kind = 'MAJOR_FILING') as due
                from penalty_case c
                where c.unit_id in (:units) and c.decision ->> 'major' = 'true'
                order by c.decided_on desc, c.id desc limit 500
                """).param("units", units)
                .query((rs, i) -> {
                    LocalDate filed = rs.getObject("filed_on", LocalDate.class);
                    LocalDate due = rs.getObject("due", LocalDate.class);
                    return new FilingLine(rs.getLong("id"), rs.getString("case_number"), rs.getLong("unit_id"),
                            rs.getString("party_name"), rs.getObject("decided_on", LocalDate.class), filed,
                            rs.getBoolean("late"), filed == null && due != null && due.isBefore(today), due,
                            rs.getString("ack_by"), rs.getObject("ack_on", LocalDate.class));
                }).list();
    }
}
