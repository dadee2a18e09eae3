package org.zhifa.inspection.internal;

import java.io.Serializable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.inspection.InspectionProperties;
import org.zhifa.inspection.TargetKind;

/**
 * Excel import and export of the 检查对象名录库. An import checks every row (unit, kind, identifier, credit class,
 * duplicates within the sheet) and reports each error with its row and column; by default nothing is saved while any
 * row is wrong, or only the valid rows when the user asks so. A row whose kind and identifier are already registered
 * updates that object, and the change goes into its history.
 */
@Service
public class TargetImport {

    public static final List<String> HEADER = List.of("所属单位", "对象类型", "名称", "统一社会信用代码", "车牌号",
            "车辆所有人为个人", "地址", "信用等级");
    private static final int MAX_ROWS = 20_000;

    private final TargetDirectory targets;
    private final InspectionAccess access;
    private final OrgUnits units;
    private final InspectionProperties settings;
    private final AuditTrail audit;

    TargetImport(TargetDirectory targets, InspectionAccess access, OrgUnits units, InspectionProperties settings,
            AuditTrail audit) {
        this.targets = targets;
        this.access = access;
        this.units = units;
        this.settings = settings;
        this.audit = audit;
    }

    /** One error: the sheet row, the column title and what is wrong. */
    public record RowError(int row, String column, String message) implements Serializable {
    }

    /** Outcome: rows read, created, updated, and the errors. */
    public record Result(int rows, int created, int updated, List<RowError> errors, boolean validOnly) {

        public boolean saved() {
            return created + updated > 0;
        }
    }

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("unitId", "所属单位", "kind", "对象类型",
            "name", "名称", "creditCode", "统一社会信用代码", "plateNumber", "车牌号", "naturalPerson", "车辆所有人为个人",
            "address", "地址", "creditClass", "信用等级");

    @Transactional
    public Result run(InputStream xlsx, boolean validOnly, Actor actor) {
        access.requireRole(actor, InspectionAccess.RECORDERS);
        List<Sheets.SheetRow> rows = Sheets.read(xlsx, HEADER, MAX_ROWS);
        List<RowError> errors = new ArrayList<>();
        List<Map.Entry<Integer, TargetInput>> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sheets.SheetRow r : rows) {
            List<RowError> rowErrors = new ArrayList<>();
            Long unitId = null;
            String unitName = r.cell(0);
            if (unitName.isEmpty()) {
                unitId = actor.unitId();
            } else {
                OrgUnitView u = units.findByName(unitName).orElse(null);
                if (u == null) {
                    rowErrors.add(new RowError(r.number(), "所属单位", "没有名为“" + unitName + "”的单位"));
                } else {
                    unitId = u.id();
                }
            }
            String natural = r.cell(5);
            Boolean naturalPerson = natural.isEmpty() ? null : "是".equals(natural) ? Boolean.TRUE
                    : "否".equals(natural) ? Boolean.FALSE : null;
            if (!natural.isEmpty() && naturalPerson == null) {
                rowErrors.add(new RowError(r.number(), "车辆所有人为个人", "请填写“是”或“否”"));
            }
            TargetInput in = new TargetInput(unitId, r.cell(1), r.cell(2), r.cell(3), r.cell(4), naturalPerson,
                    r.cell(6), r.cell(7), null, "Excel 导入");
            if (rowErrors.isEmpty()) {
                TargetDirectory.Checked c = targets.check(in, actor);
                c.errors().forEach((field, message) -> rowErrors.add(new RowError(r.number(),
                        COLUMN_OF_FIELD.getOrDefault(field, field), message)));
                if (c.valid()) {
                    TargetKind kind = (TargetKind) c.values().get("kind");
                    String key = kind + "/" + (kind.identifiedByPlate() ? c.values().get("plateNumber")
                            : c.values().get("creditCode"));
                    if (!seen.add(key)) {
                        rowErrors.add(new RowError(r.number(), kind.identifiedByPlate() ? "车牌号" : "统一社会信用代码",
                                "与表中前面的行重复"));
                    }
                }
            }
            if (rowErrors.isEmpty()) {
                valid.add(Map.entry(r.number(), in));
            }
            errors.addAll(rowErrors);
        }
        int created = 0;
        int updated = 0;
        if (errors.isEmpty() || validOnly) {
            for (var e : valid) {
                TargetDirectory.Checked c = targets.check(e.getValue(), actor);
                var existing = targets.duplicate(c.values(), null);
                if (existing.isPresent()) {
                    if (!access.canSee(actor, existing.get().unitId())) {
                        errors.add(new RowError(e.getKey(), "所属单位", "该对象已由您数据范围以外的单位登记"));
                        continue;
                    }
                    var t = existing.get();
                    targets.update(t.id(), withVersion(e.getValue(), t.version()), actor);
                    updated++;
                } else {
                    targets.create(e.getValue(), actor);
                    created++;
                }
            }
        }
        audit.success("INSPECTION_TARGET_IMPORT", "INSPECTION_TARGET", null, "导入检查对象：" + rows.size() + " 行，新增 "
                + created + "，更新 " + updated + "，错误 " + errors.size());
        return new Result(rows.size(), created, updated, errors, validOnly);
    }

    private static TargetInput withVersion(TargetInput in, int version) {
        return new TargetInput(in.unitId(), in.kind(), in.name(), in.creditCode(), in.plateNumber(), in.naturalPerson(),
                in.address(), in.creditClass(), version, in.note());
    }

    /** The template: the header, an example row clearly marked, and the allowed values. */
    public byte[] template() {
        List<String> example = List.of("德令哈市交通运输综合行政执法大队", TargetKind.FREIGHT_OPERATOR.label(),
                "示例货运有限公司（请删除本行）", "91632800MA7XXXXXXX", "", "", "青海省海西州德令哈市示例路1号", "B");
        List<String> notes = new ArrayList<>(List.of(
                "第2行是示例，导入前请删除。所属单位填单位全称，留空为本人所在单位；只能导入本人数据范围内的单位。",
                "对象类型：" + String.join("、", java.util.Arrays.stream(TargetKind.values()).map(TargetKind::label).toList()),
                "营运车辆填车牌号，并填写“车辆所有人为个人”（是/否）；其他类型填18位统一社会信用代码（系统校验校验位）。",
                "统一社会信用代码第1、2位为“92”（个体工商户）的，名称公示时按个人信息处理。",
                "信用等级：" + String.join("、", settings.creditClasses()) + "。",
                "已登记的同类对象（类型与代码或车牌相同）按表中内容更新，变更记入对象的变更记录。",
                "任何一行有错误时默认不导入；如需只导入无误的行，请在导入页选择“仅导入有效行”。"));
        return Sheets.write("检查对象名录", header(), List.of(example), notes);
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>();
        for (String c : HEADER) {
            h.add(c.equals("地址") || c.equals("车辆所有人为个人") || c.equals("统一社会信用代码") || c.equals("车牌号")
                    ? c : c + " *");
        }
        return h;
    }

    /** The directory as an Excel sheet in the import's columns (plus state), for the actor's scope and filter. */
    public byte[] export(TargetDirectory.Filter filter, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        List<List<String>> rows = new ArrayList<>();
        int page = 0;
        while (true) {
            var result = targets.search(filter, page++, 200, actor);
            for (Target t : result.items()) {
                rows.add(List.of(t.unitName(), t.kind().label(), t.name(), t.creditCode() == null ? "" : t.creditCode(),
                        t.plateNumber() == null ? "" : t.plateNumber(),
                        t.kind().identifiedByPlate() ? (t.naturalPerson() ? "是" : "否") : "",
                        t.address() == null ? "" : t.address(), t.creditClass(), t.active() ? "在册" : "停用"));
            }
            if (!result.hasNext()) {
                break;
            }
        }
        List<String> h = new ArrayList<>(header());
        h.add("状态");
        return Sheets.write("检查对象名录", h, rows, List.of());
    }
}
