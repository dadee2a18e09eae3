package org.zhifa.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;

/**
 * Road segments and their jurisdiction, so that patrols and findings land with the right unit. Several units may
 * share a road, and overlapping segments of different units are shared jurisdiction: the look-up returns them all.
 */
@Service
public class RoadSegments {

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final AuditTrail audit;

    RoadSegments(JdbcClient jdbc, InspectionAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** A segment as entered. */
    public record Input(Long unitId, String roadCode, String roadName, String start, String end, String note) {
    }

    @Transactional
    public RoadSegment add(Input in, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        long unitId = in.unitId() == null ? actor.unitId() : in.unitId();
        access.requireVisible(actor, unitId);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String road = in.roadCode() == null ? "" : in.roadCode().strip().toUpperCase();
        if (!road.matches("[GSXYZC]\\d{1,4}")) {
            errors.put("roadCode", "路线编号格式应为 G315、S303 等");
        }
        String sp = StakeNumber.problem(in.start());
        String ep = StakeNumber.problem(in.end());
        if (sp != null) {
            errors.put("start", sp);
        }
        if (ep != null) {
            errors.put("end", ep);
        }
        if (sp == null && ep == null && StakeNumber.parse(in.end()).metres() <= StakeNumber.parse(in.start()).metres()) {
            errors.put("end", "终点桩号应大于起点桩号");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        long id = jdbc.sql("""
                insert into insp_road_segment (road_code, road_name, start_m, end_m, unit_id, note, created_by)
                values (:r, :n, :s, :e, :u, :note, :by) returning id""")
                .param("r", road).param("n", in.roadName() == null || in.roadName().isBlank() ? null : in.roadName().strip())
                .param("s", StakeNumber.parse(in.start()).metres()).param("e", StakeNumber.parse(in.end()).metres())
                .param("u", unitId).param("note", in.note() == null || in.note().isBlank() ? null : in.note().strip())
                .param("by", actor.username()).query(Long.class).single();
        RoadSegment s = require(id);
        audit.success("ROAD_SEGMENT_ADDED", "ROAD_SEGMENT", id, "登记路段管辖：" + s.label());
        return s;
    }

    @Transactional
    public RoadSegment deactivate(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        RoadSegment s = find(id, actor);
        jdbc.sql("update insp_road_segment set active = false, version = version + 1 where id = :id").param("id", id)
                .update();
        audit.success("ROAD_SEGMENT_DEACTIVATED", "ROAD_SEGMENT", id, "停用路段：" + s.label());
        return require(id);
    }

    public RoadSegment find(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        RoadSegment s = jdbc.sql("select * from insp_road_segment where id = :id").param("id", id).query(this::row)
                .optional().orElseThrow(() -> new NotFoundException("路段不存在"));
        access.requireVisible(actor, s.unitId());
        return s;
    }

    RoadSegment require(long id) {
        return jdbc.sql("select * from insp_road_segment where id = :id").param("id", id).query(this::row).single();
    }

    /** Segments of the actor's units (all roads, or one), active first. */
    public List<RoadSegment> list(String road, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        return jdbc.sql("""
                select * from insp_road_segment where unit_id in (:units)
                  and (cast(:road as text) is null or road_code = :road)
                order by active desc, road_code, start_m, id""")
                .param("units", access.visibleUnits(actor))
                .param("road", road == null || road.isBlank() ? null : road.strip().toUpperCase())
                .query(this::row).list();
    }

    /** Every active segment of any unit covering the stake: who has jurisdiction there (may be several units). */
    public List<RoadSegment> jurisdiction(String roadCode, int metres) {
        return jdbc.sql("""
                select * from insp_road_segment where active and road_code = :r and start_m <= :m and end_m >= :m
                order by unit_id, id""")
                .param("r", roadCode == null ? "" : roadCode.strip().toUpperCase()).param("m", metres)
                .query(this::row).list();
    }

    private RoadSegment row(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new RoadSegment(rs.getLong("id"), rs.getString("road_code"), rs.getString("road_name"),
                rs.getInt("start_m"), rs.getInt("end_m"), unit, access.unitName(unit), rs.getString("note"),
                rs.getBoolean("active"));
    }
}
