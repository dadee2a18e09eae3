package org.zhifa.identity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;

/** The unit tree, maintained by the system administrator (三员分立). */
@Service
public class UnitAdministration {

    private final OrgUnits units;
    private final IdentityAdministration identity;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Validator validator;

    UnitAdministration(OrgUnits units, IdentityAdministration identity, AuditTrail audit, JdbcClient jdbc,
            Validator validator) {
        this.units = units;
        this.identity = identity;
        this.audit = audit;
        this.jdbc = jdbc;
        this.validator = validator;
    }

    @Transactional
    public long createUnit(Actor actor, Long parentId, String code, String name, String shortName, OrgUnitKind kind,
            boolean prefectureLevel) {
        identity.require(actor, Role.SYSTEM_ADMIN, "UNIT_CREATED", "三员分立：只有系统管理员可以管理单位");
        Map<String, String> errors = validateUnit(null, parentId, code, name, shortName, kind);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("单位信息有误", errors);
        }
        long id = jdbc.sql("""
                insert into org_unit (parent_id, code, name, short_name, kind, prefecture_level)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(parentId, code.trim(), name.trim(), shortName.trim(), kind.name(), prefectureLevel)
                .query(Long.class).single();
        units.reload();
        audit.success("UNIT_CREATED", "ORG_UNIT", id, "新增单位 " + name.trim() + "（简称 " + shortName.trim() + "）");
        return id;
    }

    @Transactional
    public void updateUnit(Actor actor, long unitId, Long parentId, String name, String shortName, boolean active) {
        identity.require(actor, Role.SYSTEM_ADMIN, "UNIT_UPDATED", "三员分立：只有系统管理员可以管理单位");
        OrgUnitView unit = units.require(unitId);
        Map<String, String> errors = validateUnit(unitId, parentId, unit.code(), name, shortName, unit.kind());
        if (parentId != null && units.descendantsAndSelf(unitId).stream().anyMatch(u -> u.id() == parentId)) {
            errors.put("parentId", "上级单位不能是本单位或其下级单位");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("单位信息有误", errors);
        }
        jdbc.sql("update org_unit set parent_id = ?, name = ?, short_name = ?, active = ?, version = version + 1 where id = ?")
                .params(parentId, name.trim(), shortName.trim(), active, unitId).update();
        units.reload();
        audit.success("UNIT_UPDATED", "ORG_UNIT", unitId, "修改单位 " + name.trim() + "（简称 " + shortName.trim()
                + (active ? "" : "，已撤销") + "）");
    }

    /**
     * Sets the unit's address and contact as printed on its notices (a blank value clears it). Audited with each
     * changed value before and after; nothing is written or audited when nothing changed.
     */
    @Transactional
    public OrgUnitContact updateContact(Actor actor, long unitId, OrgUnitContact contact) {
        identity.require(actor, Role.SYSTEM_ADMIN, "UNIT_CONTACT_UPDATED", "三员分立：只有系统管理员可以管理单位");
        OrgUnitView unit = units.require(unitId);
        OrgUnitContact given = contact == null ? OrgUnitContact.none() : contact;
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(given).stream()
                .sorted(Comparator.comparing((ConstraintViolation<OrgUnitContact> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(),
                        FormErrors.label(OrgUnitContact.class, v.getPropertyPath().toString()) + "：" + v.getMessage()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException("单位联系信息有误：" + String.join("；", errors.values()), errors);
        }
        List<String> changes = new ArrayList<>();
        Map<String, Map.Entry<String, String>> before = unit.contact().labelled();
        given.labelled().forEach((key, after) -> {
            String old = before.get(key).getValue();
            if (!Objects.equals(old, after.getValue())) {
                changes.add(after.getKey() + "：" + shown(old) + " → " + shown(after.getValue()));
            }
        });
        if (changes.isEmpty()) {
            return unit.contact();
        }
        jdbc.sql("""
                update org_unit set address = ?, postal_code = ?, contact_person = ?, contact_phone = ?,
                    version = version + 1 where id = ?""")
                .params(given.address(), given.postalCode(), given.contactPerson(), given.phone(), unitId).update();
        units.reload();
        audit.success("UNIT_CONTACT_UPDATED", "ORG_UNIT", unitId, "修改单位 " + unit.name() + " 的联系信息："
                + String.join("；", changes));
        return units.require(unitId).contact();
    }

    private static String shown(String value) {
        return value == null ? "（未填写）" : value;
    }

    private Map<String, String> validateUnit(Long self, Long parentId, String code, String name, String shortName,
            OrgUnitKind kind) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (code == null || !code.trim().matches("[A-Za-z0-9-]{2,32}")) {
            errors.put("code", "单位代码须为 2–32 位字母、数字或连字符");
        } else if (self == null && units.all().stream().anyMatch(u -> u.code().equalsIgnoreCase(code.trim()))) {
            errors.put("code", "单位代码已存在");
        }
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            errors.put("name", "请填写单位名称（不超过 100 字）");
        } else if (units.all().stream().anyMatch(u -> u.name().equals(name.trim()) && (self == null || u.id() != self))) {
            errors.put("name", "单位名称已存在");
        }
        if (shortName == null || shortName.isBlank() || shortName.trim().length() > 20) {
            errors.put("shortName", "请填写案号用简称（不超过 20 字）");
        }
        if (kind == null) {
            errors.put("kind", "请选择单位类型");
        }
        if (parentId != null && units.find(parentId).isEmpty()) {
            errors.put("parentId", "上级单位不存在");
        }
        return errors;
    }

}
