package org.zhifa.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.common.Actor;
import org.zhifa.inspection.InspectionProperties;

/**
 * The 多头检查 / 重复检查 monitor (国发〔2019〕5号: 防止多头执法、重复检查): objects inspected more than the allowed
 * number of times within the window by any unit, and drawn objects that a plan would inspect once too often (their
 * inspections in the window plus every open task of any plan).
 */
@Service
public class RepeatMonitor {

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final InspectionProperties settings;
    private final Clock clock;

    RepeatMonitor(JdbcClient jdbc, InspectionAccess access, InspectionProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One flagged object.
     *
     * @param inspections inspections in the window
     * @param units       distinct inspecting units among them (more than one: 多头检查)
     * @param openTasks   open tasks of drawn plans for it
     */
    public record Flag(long targetId, String targetName, long unitId, String unitName, long inspections, long units,
            long openTasks, String lastUnits) {

        public String kind() {
            return units > 1 ? "多头检查" : "重复检查";
        }
    }

    public int windowDays() {
        return settings.repeatWindowDays();
    }

    public int limit() {
        return settings.repeatLimit();
    }

    /** Objects of the actor's units inspected more than the limit within the window ending today. */
    public List<Flag> inspected(Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        LocalDate from = LocalDate.now(clock).minusDays(settings.repeatWindowDays());
        return jdbc.sql("""
                select g.id, g.name, g.unit_id, count(*) as inspections, count(distinct i.unit_id) as units,
                       (select count(*) from insp_task k where k.target_id = g.id and k.status = 'ASSIGNED') as open_tasks,
                       string_agg(distinct i.unit_id::text, ',') as last_units
                from inspection i join insp_target g on g.id = i.target_id
                where i.inspected_on > :from and g.unit_id in (:units)
                group by g.id, g.name, g.unit_id having count(*) > :limit
                order by count(*) desc, g.id""")
                .param("from", from).param("units", access.visibleUnits(actor)).param("limit", settings.repeatLimit())
                .query((rs, n) -> flag(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
                        rs.getLong("inspections"), rs.getLong("units"), rs.getLong("open_tasks"), rs.getString("last_units")))
                .list();
    }

    /**
     * The objects of a draw that would be inspected once too often: inspections in the window plus open tasks of
     * every plan (this one included) exceed the limit.
     */
    public List<Flag> ofDraw(long drawId) {
        LocalDate from = LocalDate.now(clock).minusDays(settings.repeatWindowDays());
        return jdbc.sql("""
                select g.id, g.name, g.unit_id,
                       (select count(*) from inspection i where i.target_id = g.id and i.inspected_on > :from) as inspections,
                       (select count(distinct i.unit_id) from inspection i where i.target_id = g.id and i.inspected_on > :from) as units,
                       (select count(*) from insp_task o where o.target_id = g.id and o.status = 'ASSIGNED') as open_tasks,
                       (select string_agg(distinct i.unit_id::text, ',') from inspection i where i.target_id = g.id
                          and i.inspected_on > :from) as last_units
                from insp_task k join insp_target g on g.id = k.target_id
                where k.draw_id = :d and k.status in ('ASSIGNED', 'UNSTAFFED')""")
                .param("from", from).param("d", drawId)
                .query((rs, n) -> flag(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
                        rs.getLong("inspections"), rs.getLong("units"), rs.getLong("open_tasks"), rs.getString("last_units")))
                .list().stream().filter(f -> f.inspections() + Math.max(1, f.openTasks()) > settings.repeatLimit())
                .toList();
    }

    private Flag flag(long id, String name, long unit, long inspections, long units, long open, String lastUnits) {
        String names = lastUnits == null ? "" : String.join("、", java.util.Arrays.stream(lastUnits.split(","))
                .map(u -> access.unitName(Long.parseLong(u))).toList());
        return new Flag(id, name, unit, access.unitName(unit), inspections, units, open, names);
    }
}
