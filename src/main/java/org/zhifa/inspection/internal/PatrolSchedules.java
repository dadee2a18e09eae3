package org.zhifa.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;

/** Patrol schedules (巡查计划): which road segment a unit patrols on which weekdays, in which shift. */
@Service
public class PatrolSchedules {

    private static final String[] DAY = {"", "一", "二", "三", "四", "五", "六", "日"};

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final RoadSegments segments;
    private final AuditTrail audit;

    PatrolSchedules(JdbcClient jdbc, InspectionAccess access, RoadSegments segments, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.segments = segments;
        this.audit = audit;
    }

    /** A schedule. */
    public record Schedule(long id, long unitId, String unitName, RoadSegment segment, List<Integer> weekdays,
            String shift, LocalDate validFrom, LocalDate validTo, String note, boolean active) {

        public String weekdayLabel() {
            return "周" + String.join("、", weekdays.stream().map(d -> DAY[d]).toList());
        }

        public boolean appliesOn(LocalDate day) {
            return active && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo))
                    && weekdays.contains(day.getDayOfWeek().getValue());
        }
    }

    /** A schedule as entered. */
    public record Input(Long segmentId, List<Integer> weekdays, String shift, LocalDate validFrom, LocalDate validTo,
            String note) {
    }

    @Transactional
    public Schedule add(Input in, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        Map<String, String> errors = new LinkedHashMap<>();
        RoadSegment segment = null;
        if (in.segmentId() == null) {
            errors.put("segmentId", "请选择路段");
        } else {
            segment = segments.find(in.segmentId(), actor);
        }
        TreeSet<Integer> days = new TreeSet<>(in.weekdays() == null ? List.of() : in.weekdays());
        if (days.isEmpty() || days.first() < 1 || days.last() > 7) {
            errors.put("weekdays", "请选择巡查的星期（一至日）");
        }
        if (in.shift() == null || in.shift().isBlank()) {
            errors.put("shift", "请填写巡查班次，如 08:30—12:00");
        }
        if (in.validFrom() == null) {
            errors.put("validFrom", "请填写开始日期");
        } else if (in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            errors.put("validTo", "结束日期不得早于开始日期");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        long id = jdbc.sql("""
                insert into patrol_schedule (unit_id, segment_id, weekdays, shift, valid_from, valid_to, note, created_by)
                values (:u, :s, :w, :shift, :from, :to, :note, :by) returning id""")
                .param("u", segment.unitId()).param("s", segment.id())
                .param("w", String.join(",", days.stream().map(String::valueOf).toList()))
                .param("shift", in.shift().strip()).param("from", in.validFrom()).param("to", in.validTo())
                .param("note", in.note() == null || in.note().isBlank() ? null : in.note().strip())
                .param("by", actor.username()).query(Long.class).single();
        audit.success("PATROL_SCHEDULE_ADDED", "PATROL_SCHEDULE", id, "巡查计划：" + segment.label());
        return require(id);
    }

    @Transactional
    public Schedule deactivate(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        Schedule s = find(id, actor);
        jdbc.sql("update patrol_schedule set active = false, version = version + 1 where id = :id").param("id", id)
                .update();
        audit.success("PATROL_SCHEDULE_DEACTIVATED", "PATROL_SCHEDULE", id, "停用巡查计划：" + s.segment().label());
        return require(id);
    }

    public Schedule find(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        Schedule s = require(id);
        access.requireVisible(actor, s.unitId());
        return s;
    }

    Schedule require(long id) {
        return jdbc.sql("select * from patrol_schedule where id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("巡查计划不存在"));
    }

    public List<Schedule> list(Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        return jdbc.sql("select * from patrol_schedule where unit_id in (:u) order by active desc, unit_id, id")
                .param("u", access.visibleUnits(actor)).query(this::row).list();
    }

    /** The schedules of a unit that apply on a day. */
    public List<Schedule> on(long unitId, LocalDate day) {
        List<Schedule> out = new ArrayList<>();
        jdbc.sql("select * from patrol_schedule where unit_id = :u and active").param("u", unitId).query(this::row)
                .list().stream().filter(s -> s.appliesOn(day)).forEach(out::add);
        return out;
    }

    private Schedule row(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new Schedule(rs.getLong("id"), unit, access.unitName(unit), segments.require(rs.getLong("segment_id")),
                Arrays.stream(rs.getString("weekdays").split(",")).map(Integer::valueOf).toList(), rs.getString("shift"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("note"), rs.getBoolean("active"));
    }
}
