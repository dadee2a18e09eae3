package org.zhifa.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.CreditCode;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.common.PlateNumber;
import org.zhifa.inspection.InspectionProperties;
import org.zhifa.inspection.TargetKind;
import tools.jackson.databind.json.JsonMapper;

/** The 检查对象名录库: objects with their identifier, responsible unit and credit class, and every change of them. */
@Service
public class TargetDirectory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final InspectionProperties settings;
    private final AuditTrail audit;

    TargetDirectory(JdbcClient jdbc, InspectionAccess access, InspectionProperties settings, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
    }

    /** Normalised, checked values of an input: the fields to store, or the Chinese errors per field. */
    public record Checked(Map<String, Object> values, Map<String, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Checks an input as the actor would save it; nothing is stored. */
    public Checked check(TargetInput in, Actor actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> v = new LinkedHashMap<>();
        long unitId = in.unitId() == null ? actor.unitId() : in.unitId();
        if (!access.canSee(actor, unitId)) {
            errors.put("unitId", "所属单位不在您的数据范围内");
        }
        v.put("unitId", unitId);
        TargetKind kind = TargetKind.parse(in.kind()).orElse(null);
        if (kind == null) {
            errors.put("kind", "请选择对象类型");
        }
        v.put("kind", kind);
        if (in.name() == null || in.name().isBlank()) {
            errors.put("name", "请填写名称");
        }
        v.put("name", in.name() == null ? null : in.name().strip());
        String code = blank(in.creditCode()) ? null : in.creditCode().strip().toUpperCase();
        String plate = blank(in.plateNumber()) ? null : in.plateNumber();
        Boolean natural = in.naturalPerson();
        if (kind != null && kind.identifiedByPlate()) {
            String problem = PlateNumber.problem(plate);
            if (problem != null) {
                errors.put("plateNumber", problem);
            } else {
                plate = PlateNumber.of(plate).value();
            }
            if (code != null && CreditCode.problem(code) != null) {
                errors.put("creditCode", CreditCode.problem(code));
            }
            if (natural == null) {
                errors.put("naturalPerson", "请选择车辆所有人是否为个人");
            }
        } else if (kind != null) {
            String problem = CreditCode.problem(code);
            if (problem != null) {
                errors.put("creditCode", problem);
            } else {
                // 个体工商户 (code 92…) are natural persons; every other registered entity is an organisation
                natural = CreditCode.of(code).individualBusiness();
            }
            plate = null;
        }
        v.put("creditCode", code);
        v.put("plateNumber", plate);
        v.put("naturalPerson", Boolean.TRUE.equals(natural));
        v.put("address", blank(in.address()) ? null : in.address().strip());
        String creditClass = in.creditClass() == null ? null : in.creditClass().strip().toUpperCase();
        if (creditClass == null || !settings.creditClasses().contains(creditClass)) {
            errors.put("creditClass", "信用等级应为 " + String.join("、", settings.creditClasses()) + " 之一");
        }
        v.put("creditClass", creditClass);
        return new Checked(v, errors);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Transactional
    public Target create(TargetInput in, Actor actor) {
        access.requireRole(actor, InspectionAccess.RECORDERS);
        Checked c = checkOrThrow(in, actor, null);
        Map<String, Object> v = c.values();
        long id = jdbc.sql("""
                insert into insp_target (unit_id, kind, name, credit_code, plate_number, natural_person, address, credit_class)
                values (:unit, :kind, :name, :code, :plate, :natural, :address, :class) returning id""")
                .param("unit", v.get("unitId")).param("kind", ((TargetKind) v.get("kind")).name())
                .param("name", v.get("name")).param("code", v.get("creditCode")).param("plate", v.get("plateNumber"))
                .param("natural", v.get("naturalPerson")).param("address", v.get("address"))
                .param("class", v.get("creditClass")).query(Long.class).single();
        Target t = require(id);
        recordChange(id, "CREATED", snapshot(t), in.note(), actor);
        audit.success("INSPECTION_TARGET_CREATED", "INSPECTION_TARGET", id, "登记检查对象：" + t.name());
        return t;
    }

    @Transactional
    public Target update(long id, TargetInput in, Actor actor) {
        access.requireRole(actor, InspectionAccess.RECORDERS);
        Target before = find(id, actor);
        Checked c = checkOrThrow(in, actor, id);
        Map<String, Object> v = c.values();
        int expected = in.version() == null ? before.version() : in.version();
        int n = jdbc.sql("""
                update insp_target set unit_id = :unit, kind = :kind, name = :name, credit_code = :code,
                       plate_number = :plate, natural_person = :natural, address = :address, credit_class = :class,
                       version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("unit", v.get("unitId")).param("kind", ((TargetKind) v.get("kind")).name())
                .param("name", v.get("name")).param("code", v.get("creditCode")).param("plate", v.get("plateNumber"))
                .param("natural", v.get("naturalPerson")).param("address", v.get("address"))
                .param("class", v.get("creditClass")).param("id", id).param("version", expected).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("insp_target " + id);
        }
        Target after = require(id);
        Map<String, List<Object>> diff = diff(snapshot(before), snapshot(after));
        if (!diff.isEmpty()) {
            recordChange(id, "UPDATED", diff, in.note(), actor);
            audit.success("INSPECTION_TARGET_UPDATED", "INSPECTION_TARGET", id, "修改检查对象：" + after.name() + " "
                    + String.join("、", diff.keySet()));
        }
        return after;
    }

    @Transactional
    public Target setActive(long id, boolean active, String reason, Actor actor) {
        access.requireRole(actor, InspectionAccess.RECORDERS);
        Target t = find(id, actor);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("请填写原因", Map.of("reason", "请填写原因"));
        }
        if (t.active() == active) {
            return t;
        }
        jdbc.sql("update insp_target set active = :a, version = version + 1, updated_at = now() where id = :id")
                .param("a", active).param("id", id).update();
        recordChange(id, active ? "REACTIVATED" : "DEACTIVATED", Map.of("状态", List.of(t.active() ? "在册" : "停用",
                active ? "在册" : "停用")), reason.strip(), actor);
        audit.success(active ? "INSPECTION_TARGET_REACTIVATED" : "INSPECTION_TARGET_DEACTIVATED", "INSPECTION_TARGET",
                id, (active ? "恢复" : "停用") + "检查对象：" + t.name() + "（" + reason.strip() + "）");
        return require(id);
    }

    private Checked checkOrThrow(TargetInput in, Actor actor, Long selfId) {
        Checked c = check(in, actor);
        Map<String, String> errors = new LinkedHashMap<>(c.errors());
        if (errors.isEmpty()) {
            duplicate(c.values(), selfId).ifPresent(other -> errors.put(
                    ((TargetKind) c.values().get("kind")).identifiedByPlate() ? "plateNumber" : "creditCode",
                    "已登记为同类对象：" + other.name() + "（编号 " + other.id() + "）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        return c;
    }

    /** The registered object of the same kind and identifier, if any (other than {@code selfId}). */
    Optional<Target> duplicate(Map<String, Object> v, Long selfId) {
        TargetKind kind = (TargetKind) v.get("kind");
        String column = kind.identifiedByPlate() ? "plate_number" : "credit_code";
        Object identifier = kind.identifiedByPlate() ? v.get("plateNumber") : v.get("creditCode");
        return jdbc.sql("select * from insp_target where kind = :kind and " + column + " = :v and id <> :self")
                .param("kind", kind.name()).param("v", identifier).param("self", selfId == null ? -1 : selfId)
                .query(this::row).optional();
    }

    public Target find(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        Target t = jdbc.sql("select * from insp_target where id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("检查对象不存在"));
        access.requireVisible(actor, t.unitId());
        return t;
    }

    Target require(long id) {
        return jdbc.sql("select * from insp_target where id = :id").param("id", id).query(this::row).single();
    }

    public Map<Long, Target> byIds(Collection<Long> ids) {
        Map<Long, Target> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from insp_target where id in (:ids)").param("ids", ids).query(this::row).list()
                    .forEach(t -> out.put(t.id(), t));
        }
        return out;
    }

    /** A filter of the object list. */
    public record Filter(String q, String kind, String creditClass, Long unitId, Boolean active) {
    }

    public PageResult<Target> search(Filter f, int page, int size, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        size = PageResult.clampSize(size);
        page = Math.max(0, page);
        StringBuilder where = new StringBuilder(" where unit_id in (:units)");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("units", access.visibleUnits(actor));
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().strip();
            where.append(" and (name like :prefix or credit_code = :upper or plate_number = :plate or name like :contains)");
            p.put("prefix", like(q) + "%");
            p.put("contains", "%" + like(q) + "%");
            p.put("upper", q.toUpperCase());
            p.put("plate", PlateNumber.parse(q).map(PlateNumber::value).orElse(q.toUpperCase()));
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            where.append(" and kind = :kind");
            p.put("kind", f.kind());
        }
        if (f.creditClass() != null && !f.creditClass().isBlank()) {
            where.append(" and credit_class = :class");
            p.put("class", f.creditClass());
        }
        if (f.unitId() != null) {
            where.append(" and unit_id = :unit");
            p.put("unit", f.unitId());
        }
        if (f.active() != null) {
            where.append(" and active = :active");
            p.put("active", f.active());
        }
        long total = jdbc.sql("select count(*) from insp_target" + where).params(p).query(Long.class).single();
        List<Target> items = jdbc.sql("select * from insp_target" + where + " order by id desc limit :size offset :offset")
                .params(p).param("size", size).param("offset", (long) page * size).query(this::row).list();
        return new PageResult<>(items, total, page, size);
    }

    static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** One entry of an object's history. */
    public record Change(String action, Map<String, List<Object>> changes, String note, String changedBy,
            OffsetDateTime changedAt) {

        public String actionLabel() {
            return switch (action) {
                case "CREATED" -> "登记";
                case "UPDATED" -> "修改";
                case "IMPORTED" -> "导入";
                case "DEACTIVATED" -> "停用";
                case "REACTIVATED" -> "恢复";
                default -> action;
            };
        }
    }

    @SuppressWarnings("unchecked")
    public List<Change> history(long id, Actor actor) {
        find(id, actor);
        return jdbc.sql("select * from insp_target_change where target_id = :id order by id desc").param("id", id)
                .query((rs, n) -> new Change(rs.getString("action"),
                        JSON.readValue(rs.getString("changes"), LinkedHashMap.class), rs.getString("note"),
                        rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    void recordChange(long targetId, String action, Map<String, List<Object>> changes, String note, Actor actor) {
        jdbc.sql("""
                insert into insp_target_change (target_id, action, changes, note, changed_by)
                values (:t, :a, cast(:c as jsonb), :note, :by)""")
                .param("t", targetId).param("a", action).param("c", JSON.writeValueAsString(changes))
                .param("note", note == null || note.isBlank() ? null : note.strip()).param("by", actor.username())
                .update();
    }

    /** The fields as shown in the history, keyed by their Chinese label. */
    Map<String, Object> fields(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("所属单位", access.unitName(t.unitId()));
        m.put("对象类型", t.kind().label());
        m.put("名称", t.name());
        m.put("统一社会信用代码", t.creditCode());
        m.put("车牌号", t.plateNumber());
        m.put("个体/个人", t.naturalPerson() ? "是" : "否");
        m.put("地址", t.address());
        m.put("信用等级", t.creditClass());
        return m;
    }

    private Map<String, List<Object>> snapshot(Target t) {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        fields(t).forEach((k, v) -> {
            if (v != null) {
                m.put(k, java.util.Arrays.asList(null, v));
            }
        });
        return m;
    }

    static Map<String, List<Object>> diff(Map<String, List<Object>> before, Map<String, List<Object>> after) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            Object b = before.containsKey(k) ? before.get(k).get(1) : null;
            Object a = after.containsKey(k) ? after.get(k).get(1) : null;
            if (!Objects.equals(a, b)) {
                out.put(k, java.util.Arrays.asList(b, a));
            }
        }
        return out;
    }

    Target row(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new Target(rs.getLong("id"), unit, access.unitName(unit), TargetKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("credit_code"), rs.getString("plate_number"),
                rs.getBoolean("natural_person"), rs.getString("address"), rs.getString("credit_class"),
                rs.getBoolean("active"), rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** Active objects of the given kinds in the given units, for a draw (sorted by id). */
    public List<Target> candidates(Collection<Long> unitIds, Collection<TargetKind> kinds) {
        if (unitIds.isEmpty() || kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from insp_target where active and unit_id in (:units) and kind in (:kinds) order by id")
                .param("units", unitIds).param("kinds", kinds.stream().map(Enum::name).toList()).query(this::row)
                .list();
    }

    List<String> creditClasses() {
        return new ArrayList<>(settings.creditClasses());
    }
}
