package org.zhifa.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.common.Actor;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.draw.DrawResult;
import org.zhifa.inspection.TargetKind;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/** The tasks a draw creates: one per drawn object with the inspectors drawn for it. */
@Service
public class DrawTasks {

    private static final String SELECT = """
            select k.*, g.name as target_name, g.kind as target_kind, p.title as plan_title,
                   (select string_agg(o.id || ':' || coalesce(i.name, ''), ',' order by array_position(k.officer_ids, o.id))
                    from unnest(k.officer_ids) as o(id) left join insp_inspector i on i.officer_id = o.id) as officer_list
            from insp_task k join insp_target g on g.id = k.target_id join insp_plan p on p.id = k.plan_id
            """;

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final OfficerEligibility officers;

    DrawTasks(JdbcClient jdbc, InspectionAccess access, OfficerEligibility officers) {
        this.jdbc = jdbc;
        this.access = access;
        this.officers = officers;
    }

    /** Creates the tasks of a result in one statement; returns how many objects could not be staffed. */
    int create(Draw d, DrawResult result) {
        List<Long> targets = new ArrayList<>();
        List<String> strata = new ArrayList<>();
        List<Long> ranks = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        int unstaffed = 0;
        for (DrawResult.Selection s : result.selections()) {
            targets.add(Long.valueOf(s.objectKey().substring(1)));
            strata.add(s.stratum());
            ranks.add((long) s.rank());
            teams.add(SqlArrays.bigints(s.assignees().stream().map(k -> Long.valueOf(k.substring(1))).toList()));
            statuses.add(s.staffed() ? "ASSIGNED" : "UNSTAFFED");
            unstaffed += s.staffed() ? 0 : 1;
        }
        if (targets.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                insert into insp_task (draw_id, plan_id, target_id, unit_id, stratum, rank, officer_ids, status)
                select :d, :p, t.target_id, g.unit_id, t.stratum, t.rank, cast(t.officers as bigint[]), t.status
                from unnest(cast(:targets as bigint[]), cast(:strata as text[]), cast(:ranks as int[]),
                            cast(:teams as text[]), cast(:statuses as text[]))
                     as t(target_id, stratum, rank, officers, status)
                join insp_target g on g.id = t.target_id""")
                .param("d", d.id()).param("p", d.planId()).param("targets", SqlArrays.bigints(targets))
                .param("strata", SqlArrays.texts(strata)).param("ranks", SqlArrays.bigints(ranks))
                .param("teams", SqlArrays.texts(teams)).param("statuses", SqlArrays.texts(statuses)).update();
        return unstaffed;
    }

    public Task find(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        Task t = require(id);
        access.requireVisible(actor, t.unitId());
        return t;
    }

    public Task require(long id) {
        return jdbc.sql(SELECT + " where k.id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("检查任务不存在"));
    }

    /** The tasks of a draw, by stratum and rank. */
    public PageResult<Task> ofDraw(long drawId, int page, int size) {
        size = PageResult.clampSize(size);
        page = Math.max(0, page);
        long total = jdbc.sql("select count(*) from insp_task where draw_id = :d").param("d", drawId)
                .query(Long.class).single();
        List<Task> items = jdbc.sql(SELECT + " where k.draw_id = :d order by k.stratum, k.rank limit :s offset :o")
                .param("d", drawId).param("s", size).param("o", (long) page * size).query(this::row).list();
        return new PageResult<>(items, total, page, size);
    }

    /** Tasks waiting for the officer linked to the actor's account. */
    public List<Task> mine(Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        Long officerId = officers.findByUserId(actor.userId()).map(OfficerView::id).orElse(null);
        if (officerId == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where k.status = 'ASSIGNED' and k.officer_ids @> array[cast(:o as bigint)] order by k.id")
                .param("o", officerId).query(this::row).list();
    }

    /** Open and unstaffed tasks of the actor's units. */
    public PageResult<Task> open(Actor actor, int page, int size) {
        access.requireRole(actor, InspectionAccess.READERS);
        size = PageResult.clampSize(size);
        page = Math.max(0, page);
        String where = " where k.status in ('ASSIGNED', 'UNSTAFFED') and k.unit_id in (:u)";
        long total = jdbc.sql("select count(*) from insp_task k" + where).param("u", access.visibleUnits(actor))
                .query(Long.class).single();
        List<Task> items = jdbc.sql(SELECT + where + " order by k.status desc, k.id limit :s offset :o")
                .param("u", access.visibleUnits(actor)).param("s", size).param("o", (long) page * size)
                .query(this::row).list();
        return new PageResult<>(items, total, page, size);
    }

    void markDone(long taskId, long inspectionId) {
        jdbc.sql("update insp_task set status = 'DONE', inspection_id = :i, version = version + 1 where id = :id")
                .param("i", inspectionId).param("id", taskId).update();
    }

    private Task row(ResultSet rs, int n) throws SQLException {
        List<Task.Officer> team = new ArrayList<>();
        String list = rs.getString("officer_list");
        if (list != null && !list.isEmpty()) {
            for (String part : list.split(",")) {
                String[] p = part.split(":", 2);
                team.add(new Task.Officer(Long.parseLong(p[0]), p[1]));
            }
        }
        return new Task(rs.getLong("id"), rs.getLong("draw_id"), rs.getLong("plan_id"), rs.getString("plan_title"),
                rs.getLong("target_id"), rs.getString("target_name"), TargetKind.valueOf(rs.getString("target_kind")),
                rs.getLong("unit_id"), rs.getString("stratum"), rs.getInt("rank"), team, rs.getString("status"),
                (Long) rs.getObject("inspection_id"));
    }

    static Map<Long, String> names(List<Task.Officer> officers) {
        return officers.stream().collect(Collectors.toMap(Task.Officer::id, Task.Officer::name));
    }
}
