package org.zhifa.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/**
 * The 执法检查人员名录库 and the relations inspectors declare with objects (回避, 《行政处罚法》第四十三条). Entries name
 * officers of personnel; whether an officer may inspect on a day is always decided by personnel's
 * {@link OfficerEligibility} for that day and field, never by the entry.
 */
@Service
public class InspectorDirectory {

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final OfficerEligibility eligibility;
    private final AuditTrail audit;
    private final Clock clock;

    InspectorDirectory(JdbcClient jdbc, InspectionAccess access, OfficerEligibility eligibility, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.eligibility = eligibility;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Inspector add(long officerId, Collection<String> categoryCodes, String note, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        OfficerView o = eligibility.find(officerId).orElseThrow(() -> new InvalidInputException("执法人员不存在",
                Map.of("officerId", "执法人员不存在")));
        if (!access.canSee(actor, o.unitId())) {
            throw new InvalidInputException("该人员不在您的数据范围内", Map.of("officerId", "该人员不在您的数据范围内"));
        }
        Set<EnforcementCategory> categories = categories(categoryCodes, o.auxiliary());
        if (jdbc.sql("select count(*) from insp_inspector where officer_id = :o").param("o", officerId)
                .query(Long.class).single() > 0) {
            throw new InvalidInputException("该人员已在名录库中", Map.of("officerId", "该人员已在名录库中"));
        }
        long id = jdbc.sql("""
                insert into insp_inspector (officer_id, unit_id, name, auxiliary, categories, note, created_by)
                values (:o, :u, :n, :aux, :c, :note, :by) returning id""")
                .param("o", officerId).param("u", o.unitId()).param("n", o.name()).param("aux", o.auxiliary())
                .param("c", join(categories)).param("note", note == null || note.isBlank() ? null : note.strip())
                .param("by", actor.username()).query(Long.class).single();
        audit.success("INSPECTOR_ADDED", "INSPECTOR", id, "加入执法检查人员名录库：" + o.name()
                + (o.auxiliary() ? "（辅助人员，不计入检查人数）" : ""));
        return require(id);
    }

    private static Set<EnforcementCategory> categories(Collection<String> codes, boolean auxiliary) {
        Set<EnforcementCategory> out = EnumSet.noneOf(EnforcementCategory.class);
        for (String c : codes == null ? List.<String>of() : codes) {
            out.add(EnforcementCategory.parse(c).orElseThrow(() -> new InvalidInputException("未知执法门类：" + c,
                    Map.of("categories", "未知执法门类"))));
        }
        if (out.isEmpty() && !auxiliary) {
            throw new InvalidInputException("请选择检查的执法门类", Map.of("categories", "请选择检查的执法门类"));
        }
        return out;
    }

    @Transactional
    public Inspector setActive(long id, boolean active, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        Inspector i = find(id, actor);
        jdbc.sql("update insp_inspector set active = :a, version = version + 1 where id = :id").param("a", active)
                .param("id", id).update();
        audit.success(active ? "INSPECTOR_REACTIVATED" : "INSPECTOR_DEACTIVATED", "INSPECTOR", id,
                (active ? "恢复" : "移出") + "执法检查人员名录库：" + i.name());
        return require(id);
    }

    public Inspector find(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        Inspector i = jdbc.sql("select * from insp_inspector where id = :id").param("id", id).query(this::row)
                .optional().orElseThrow(() -> new NotFoundException("名录库中没有该人员"));
        access.requireVisible(actor, i.unitId());
        return i;
    }

    Inspector require(long id) {
        return jdbc.sql("select * from insp_inspector where id = :id").param("id", id).query(this::row).single();
    }

    public List<Inspector> list(Long unitId, String q, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        return jdbc.sql("""
                select * from insp_inspector where unit_id in (:units)
                  and (cast(:unit as bigint) is null or unit_id = :unit)
                  and (cast(:q as text) is null or name like :q)
                order by unit_id, auxiliary, name, id""")
                .param("units", access.visibleUnits(actor)).param("unit", unitId)
                .param("q", q == null || q.isBlank() ? null : "%" + TargetDirectory.like(q.strip()) + "%")
                .query(this::row).list();
    }

    /** Active non-auxiliary entries of the given units: the candidates of a draw before the eligibility check. */
    public List<Inspector> activeOfficers(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from insp_inspector where active and not auxiliary and unit_id in (:u) order by officer_id")
                .param("u", unitIds).query(this::row).list();
    }

    public java.util.Optional<Inspector> byOfficer(long officerId) {
        return jdbc.sql("select * from insp_inspector where officer_id = :o").param("o", officerId).query(this::row)
                .optional();
    }

    private Inspector row(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        long officerId = rs.getLong("officer_id");
        Set<EnforcementCategory> categories = Arrays.stream(rs.getString("categories").split(","))
                .filter(s -> !s.isBlank()).map(EnforcementCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EnforcementCategory.class)));
        String cert = eligibility.find(officerId).map(OfficerView::certificateNumber).orElse(null);
        return new Inspector(rs.getLong("id"), officerId, unit, access.unitName(unit), rs.getString("name"),
                rs.getBoolean("auxiliary"), categories, rs.getBoolean("active"), rs.getString("note"), cert);
    }

    private static String join(Set<EnforcementCategory> c) {
        return c.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    // —— relations (回避) ——

    /** A declared relation between an inspector and an object. */
    public record Relation(long id, long officerId, String officerName, long targetId, String targetName,
            String relation, LocalDate declaredOn, String declaredBy, OffsetDateTime createdAt) {
    }

    /**
     * Declares a relation: by the officer themself, or by a unit head for an officer of their scope. From then on the
     * officer is never drawn for the object (《行政处罚法》第四十三条).
     */
    @Transactional
    public Relation declare(long officerId, long targetId, String relation, LocalDate declaredOn, Actor actor,
            TargetDirectory targets) {
        access.requireRole(actor, InspectionAccess.RECORDERS);
        OfficerView o = eligibility.find(officerId).orElseThrow(() -> new InvalidInputException("执法人员不存在",
                Map.of("officerId", "执法人员不存在")));
        boolean self = o.userId() != null && o.userId() == actor.userId();
        if (!self && !actor.hasRole("UNIT_HEAD")) {
            throw new org.zhifa.common.AccessRefusedException(org.zhifa.common.Rejection.of("《行政处罚法》第四十三条",
                    "执法人员本人或单位负责人方可登记回避关系"));
        }
        access.requireVisible(actor, o.unitId());
        Target t = targets.find(targetId, actor);
        if (relation == null || relation.isBlank()) {
            throw new InvalidInputException("请填写关系", Map.of("relation", "请填写与检查对象的关系"));
        }
        if (declaredOn == null) {
            throw new InvalidInputException("请填写申报日期", Map.of("declaredOn", "请填写申报日期"));
        }
        if (declaredOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("申报日期不能晚于今天", Map.of("declaredOn", "申报日期不能晚于今天"));
        }
        if (jdbc.sql("select count(*) from insp_relation where active and officer_id = :o and target_id = :t")
                .param("o", officerId).param("t", targetId).query(Long.class).single() > 0) {
            throw new InvalidInputException("该回避关系已登记", Map.of("targetId", "该回避关系已登记"));
        }
        long id = jdbc.sql("""
                insert into insp_relation (officer_id, target_id, relation, declared_on, declared_by)
                values (:o, :t, :r, :d, :by) returning id""")
                .param("o", officerId).param("t", targetId).param("r", relation.strip()).param("d", declaredOn)
                .param("by", actor.username()).query(Long.class).single();
        audit.success("INSPECTION_RELATION_DECLARED", "INSPECTION_TARGET", targetId, "登记回避关系：" + o.name() + " 与 "
                + t.name() + "（" + relation.strip() + "）");
        return relations(List.of(targetId), null).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Active relations of the given objects (and/or officer). */
    public List<Relation> relations(Collection<Long> targetIds, Long officerId) {
        return jdbc.sql("""
                select r.*, t.name as target_name, i.name as officer_name from insp_relation r
                join insp_target t on t.id = r.target_id
                left join insp_inspector i on i.officer_id = r.officer_id
                where r.active and (cast(:o as bigint) is null or r.officer_id = :o)
                  and (:all or r.target_id in (:t))
                order by r.id""")
                .param("o", officerId).param("all", targetIds == null)
                .param("t", targetIds == null || targetIds.isEmpty() ? List.of(-1L) : targetIds)
                .query((rs, n) -> new Relation(rs.getLong("id"), rs.getLong("officer_id"),
                        rs.getString("officer_name") == null ? eligibility.find(rs.getLong("officer_id"))
                                .map(OfficerView::name).orElse("") : rs.getString("officer_name"),
                        rs.getLong("target_id"), rs.getString("target_name"), rs.getString("relation"),
                        rs.getObject("declared_on", LocalDate.class), rs.getString("declared_by"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
