package org.zhifa.inspection.internal;

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
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;
import org.zhifa.workbench.TodoItem;
import org.zhifa.workbench.TodoSource;

/**
 * The inspection work waiting for a person: for an officer, the drawn tasks assigned to them (by the end of the plan's
 * window) and the orders to correct from their own inspections whose follow-up (复查) is due; for a unit head, the
 * results of the units in scope still to be published (国办发〔2015〕58号) and the drawn objects nobody could be
 * assigned to. Done: the inspections the officer took part in lately.
 */
@Component
class InspectionTodos implements TodoSource {

    private static final String TASKS = "双随机检查";
    private static final String FOLLOW_UP = "整改复查";
    private static final String PUBLICATION = "检查结果公示";

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final OfficerEligibility officers;
    private final Clock clock;

    InspectionTodos(JdbcClient jdbc, InspectionAccess access, OfficerEligibility officers, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.officers = officers;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todos(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (actor.hasRole("OFFICER")) {
            officers.findByUserId(actor.userId()).map(OfficerView::id).ifPresent(id -> officer(actor, id, items));
        }
        if (actor.hasRole("UNIT_HEAD")) {
            head(actor, items);
        }
        return items;
    }

    private void officer(Actor actor, long officerId, List<TodoItem> items) {
        var units = access.visibleUnits(actor);
        if (units.isEmpty()) {
            return;
        }
        jdbc.sql("""
                select k.id, g.name, p.title, p.window_end from insp_task k
                join insp_target g on g.id = k.target_id join insp_plan p on p.id = k.plan_id
                where k.status = 'ASSIGNED' and k.officer_ids @> array[cast(:o as bigint)] and k.unit_id in (:u)
                order by p.window_end, k.id limit 200""")
                .param("o", officerId).param("u", units)
                .query((rs, n) -> TodoItem.waiting(TASKS, rs.getString("name") + "（" + rs.getString("title") + "）",
                        "实施检查，填写检查记录", "/inspection/tasks/" + rs.getLong("id") + "/inspect",
                        rs.getObject("window_end", LocalDate.class)))
                .list().forEach(items::add);
        jdbc.sql("""
                select i.id, g.name, i.correction_requirement, i.correction_deadline from inspection i
                join insp_target g on g.id = i.target_id
                where i.correction_state in ('RUNNING', 'OVERDUE') and i.follow_up_id is null
                  and i.officer_ids @> array[cast(:o as bigint)] and i.unit_id in (:u)
                order by i.correction_deadline, i.id limit 200""")
                .param("o", officerId).param("u", units)
                .query((rs, n) -> TodoItem.waiting(FOLLOW_UP, rs.getString("name") + "：" + rs.getString("correction_requirement"),
                        "期限届满后复查整改情况", "/inspection/records/" + rs.getLong("id") + "/follow-up",
                        rs.getObject("correction_deadline", LocalDate.class)))
                .list().forEach(items::add);
        int done = jdbc.sql("""
                select count(*) from inspection where officer_ids @> array[cast(:o as bigint)] and unit_id in (:u)
                  and recorded_at >= :since""")
                .param("o", officerId).param("u", units)
                .param("since", Timestamp.from(clock.instant().minus(TodoItem.DONE_DAYS, ChronoUnit.DAYS)))
                .query(Integer.class).single();
        if (done > 0) {
            items.add(TodoItem.handledMany(TASKS, "近 " + TodoItem.DONE_DAYS + " 日参与的检查 " + done + " 次", "已检查",
                    "/inspection/records", done));
        }
    }

    private void head(Actor actor, List<TodoItem> items) {
        var units = access.visibleUnits(actor);
        if (units.isEmpty()) {
            return;
        }
        var pending = jdbc.sql("""
                select count(*) as n, min(publication_due) as due from inspection
                where publication_state = 'PENDING' and unit_id in (:u)""").param("u", units)
                .query((rs, n) -> new Object[] {rs.getInt("n"), rs.getObject("due", LocalDate.class)}).single();
        int n = (Integer) pending[0];
        if (n > 0) {
            LocalDate due = (LocalDate) pending[1];
            items.add(TodoItem.queue(PUBLICATION, "待公示的检查结果 " + n + " 条"
                    + (due == null ? "" : "（最早应于 " + ChinaTime.date(due) + " 前公示）"), "审核并公示",
                    "/inspection/publications", due, n));
        }
        var unstaffed = jdbc.sql("""
                select count(*) as n, min(p.window_end) as due from insp_task k join insp_plan p on p.id = k.plan_id
                where k.status = 'UNSTAFFED' and k.unit_id in (:u)""").param("u", units)
                .query((rs, i) -> new Object[] {rs.getInt("n"), rs.getObject("due", LocalDate.class)}).single();
        int u = (Integer) unstaffed[0];
        if (u > 0) {
            items.add(TodoItem.queue(TASKS, "可分配检查人员不足的抽取对象 " + u + " 个", "安排检查人员",
                    "/inspection", (LocalDate) unstaffed[1], u));
        }
    }
}
