package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.Actor;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.Role;
import org.zhifa.workbench.TodoItem;
import org.zhifa.workbench.TodoSource;

/**
 * The case work waiting for a person, read from the procedure definition: a case waits for a role (法制审核,
 * approvals, 作出决定…) when a forward step of its state is granted to that role and not to officers; it waits for its
 * acting officers (承办人员) when a forward step is theirs. Heads and supervisors also see the overdue clocks of their
 * units and the major-decision filings of subordinate units still to be acknowledged (方案 21).
 */
@Component
class CaseTodos implements TodoSource {

    private static final String CATEGORY_CASE = "案件办理";
    private static final String CATEGORY_CLOCK = "超期期限";
    private static final String CATEGORY_FILING = "重大决定备案";

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final ProcedureCatalog catalog;
    private final CaseBoard board;
    private final Clock clock;

    CaseTodos(JdbcClient jdbc, DataScope scope, ProcedureCatalog catalog, CaseBoard board, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.catalog = catalog;
        this.board = board;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todos(Actor actor) {
        List<TodoItem> items = new ArrayList<>(waiting(actor));
        boolean oversees = actor.hasRole(Role.UNIT_HEAD.name()) || actor.hasRole(Role.SUPERVISOR.name());
        if (oversees) {
            board.deadlines(actor, false).stream().filter(CaseBoard.DeadlineLine::overdue)
                    .map(d -> TodoItem.waiting(CATEGORY_CLOCK, title(d.caseNumber(), d.caseId(), d.partyName()),
                            d.clockLabel() + "已超期", "/cases/" + d.caseId() + "#clocks", d.dueOn()))
                    .forEach(items::add);
            board.filings(actor).stream()
                    .filter(f -> f.filedOn() != null && f.acknowledgedBy() == null && f.unitId() != actor.unitId())
                    .map(f -> TodoItem.waiting(CATEGORY_FILING, title(f.caseNumber(), f.caseId(), f.partyName()),
                            "签收备案", "/cases/" + f.caseId() + "?step=acknowledge-filing#step-acknowledge-filing", null))
                    .forEach(items::add);
        }
        items.addAll(done(actor));
        return items;
    }

    /** The forward step of a state for a person: moves the case on (to another state), not a return. */
    static boolean forward(Transition t) {
        return t.to() != null && !t.returns();
    }

    private List<TodoItem> waiting(Actor actor) {
        Map<Procedure, Map<CaseState, Transition>> byRole = new EnumMap<>(Procedure.class);
        Map<Procedure, Map<CaseState, Transition>> byHandler = new EnumMap<>(Procedure.class);
        for (Procedure p : Procedure.values()) {
            Map<CaseState, Transition> role = new EnumMap<>(CaseState.class);
            Map<CaseState, Transition> handler = new EnumMap<>(CaseState.class);
            for (CaseState s : p.states()) {
                for (Transition t : catalog.definition(p).from(s)) {
                    if (!forward(t)) {
                        continue;
                    }
                    boolean officers = t.roles().contains(Role.OFFICER);
                    if (officers && actor.hasRole(Role.OFFICER.name())) {
                        handler.merge(s, t, CaseTodos::preferred);
                    } else if (!officers && t.roles().stream().map(Role::name).anyMatch(actor::hasRole)) {
                        role.merge(s, t, CaseTodos::preferred);
                    }
                }
            }
            byRole.put(p, role);
            byHandler.put(p, handler);
        }
        Set<String> states = new java.util.HashSet<>();
        byRole.values().forEach(m -> m.keySet().forEach(s -> states.add(s.name())));
        byHandler.values().forEach(m -> m.keySet().forEach(s -> states.add(s.name())));
        if (states.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.id, c.case_number, c.party_name, c.procedure, c.state, c.next_due_on,
                       exists (select 1 from case_officer o where o.case_id = c.id and o.user_id = :user
                               and not o.recused) as handler
                from penalty_case c
                where c.unit_id in (:units) and c.state in (:states) and c.archived_at is null
                order by c.next_due_on nulls last, c.id limit 300
                """).param("user", actor.userId()).param("units", scope.visibleUnitIds(actor))
                .param("states", states)
                .query((rs, i) -> {
                    Procedure p = Procedure.valueOf(rs.getString("procedure"));
                    CaseState s = CaseState.valueOf(rs.getString("state"));
                    Transition t = byRole.get(p).get(s);
                    if (t == null && rs.getBoolean("handler")) {
                        t = byHandler.get(p).get(s);
                    }
                    if (t == null) {
                        return null;
                    }
                    long id = rs.getLong("id");
                    return TodoItem.waiting(CATEGORY_CASE, title(rs.getString("case_number"), id, rs.getString("party_name")),
                            s.label() + "：" + t.label(), "/cases/" + id + "?step=" + t.name() + "#step-" + t.name(),
                            rs.getObject("next_due_on", LocalDate.class));
                }).list().stream().filter(java.util.Objects::nonNull).toList();
    }

    private List<TodoItem> done(Actor actor) {
        Instant since = clock.instant().minus(TodoItem.DONE_DAYS, ChronoUnit.DAYS);
        return jdbc.sql("""
                select s.case_id, s.label, c.case_number, c.party_name
                from case_step s join penalty_case c on c.id = s.case_id
                where s.actor_user_id = :user and s.recorded_at >= :since and c.unit_id in (:units)
                order by s.recorded_at desc, s.id desc limit 50
                """).param("user", actor.userId()).param("since", java.sql.Timestamp.from(since))
                .param("units", scope.visibleUnitIds(actor))
                .query((rs, i) -> TodoItem.handled(CATEGORY_CASE,
                        title(rs.getString("case_number"), rs.getLong("case_id"), rs.getString("party_name")),
                        rs.getString("label"), "/cases/" + rs.getLong("case_id")))
                .list();
    }

    /** A non-destructive step before a destructive one (批准立案 before 不予立案). */
    private static Transition preferred(Transition a, Transition b) {
        return a.destructive() && !b.destructive() ? b : a;
    }

    private static String title(String caseNumber, long id, String party) {
        return (caseNumber != null ? caseNumber : "案源 #" + id) + " " + (party == null ? "" : party);
    }
}
