package org.zhifa.nonsite.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.identity.DataScope;
import org.zhifa.workbench.TodoItem;
import org.zhifa.workbench.TodoSource;

/** The clue review queue of the units in scope (one line with its size) and the clues this person reviewed. */
@Component
class ClueTodos implements TodoSource {

    private static final String CATEGORY = "非现场线索";

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;

    ClueTodos(JdbcClient jdbc, DataScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todos(Actor actor) {
        if (!actor.hasRole("OFFICER") && !actor.hasRole("UNIT_HEAD")) {
            return List.of();
        }
        var units = scope.visibleUnitIds(actor);
        List<TodoItem> items = new ArrayList<>();
        var pending = jdbc.sql("""
                select count(*) as n, min(first_detected_at) as oldest from nonsite_clue
                where status = 'PENDING' and unit_id in (:units)
                """).param("units", units).query((rs, i) -> new Object[] {rs.getInt("n"), rs.getTimestamp("oldest")})
                .single();
        int n = (Integer) pending[0];
        if (n > 0) {
            LocalDate oldest = LocalDate.ofInstant(((Timestamp) pending[1]).toInstant(), ChinaTime.ZONE);
            items.add(TodoItem.queue(CATEGORY, "待审核线索 " + n + " 条（最早检测于 " + ChinaTime.date(oldest) + "）",
                    "逐条审核", "/nonsite/clues", null, n));
        }
        int reviewed = jdbc.sql("""
                select count(*) from nonsite_clue
                where reviewer_user_id = :user and reviewed_at >= :since and unit_id in (:units)
                """).param("user", actor.userId())
                .param("since", Timestamp.from(clock.instant().minus(TodoItem.DONE_DAYS, ChronoUnit.DAYS)))
                .param("units", units).query(Integer.class).single();
        if (reviewed > 0) {
            items.add(TodoItem.handledMany(CATEGORY, "近 " + TodoItem.DONE_DAYS + " 日审核的线索 " + reviewed + " 条",
                    "已审核", "/nonsite/clues?status=CONFIRMED", reviewed));
        }
        return items;
    }
}
