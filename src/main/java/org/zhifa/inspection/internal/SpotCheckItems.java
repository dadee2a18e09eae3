package org.zhifa.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.catalog.MatterCatalog;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.inspection.TargetKind;
import org.zhifa.personnel.EnforcementCategory;

/**
 * The 随机抽查事项清单 (国办发〔2015〕58号; legal-rules §8: inspect only items on the published list). Items are edited
 * as drafts and published by a unit head; a published item never changes (inspections quote its checklist), it is
 * withdrawn with a reason and replaced by a new one.
 */
@Service
public class SpotCheckItems {

    static final String LIST_RULE = "国办发〔2015〕58号（随机抽查事项清单）";

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final MatterCatalog matters;
    private final AuditTrail audit;

    SpotCheckItems(JdbcClient jdbc, InspectionAccess access, MatterCatalog matters, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.matters = matters;
        this.audit = audit;
    }

    @Transactional
    public SpotCheckItem create(ItemInput in, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        long unitId = in.unitId() == null ? actor.unitId() : in.unitId();
        access.requireVisible(actor, unitId);
        Checked c = check(in, null);
        long id = jdbc.sql("""
                insert into insp_item (unit_id, code, name, matter_code, target_kind, method, basis, category, key_item,
                                       created_by)
                values (:unit, :code, :name, :matter, :kind, :method, :basis, :category, :key, :by) returning id""")
                .param("unit", unitId).param("code", c.code()).param("name", in.name().strip())
                .param("matter", c.matterCode()).param("kind", c.kind().name()).param("method", in.method().strip())
                .param("basis", in.basis().strip()).param("category", c.category().name())
                .param("key", Boolean.TRUE.equals(in.keyItem())).param("by", actor.username()).query(Long.class).single();
        writeChecklist(id, in.checklist());
        audit.success("INSPECTION_ITEM_CREATED", "INSPECTION_ITEM", id, "新建抽查事项：" + c.code() + " " + in.name());
        return require(id);
    }

    @Transactional
    public SpotCheckItem update(long id, ItemInput in, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        SpotCheckItem item = find(id, actor);
        if (!"DRAFT".equals(item.status())) {
            throw Rejection.of(LIST_RULE, "已公布的抽查事项不得修改；如需调整，请撤回后新建事项").exception();
        }
        Checked c = check(in, id);
        int n = jdbc.sql("""
                update insp_item set code = :code, name = :name, matter_code = :matter, target_kind = :kind,
                       method = :method, basis = :basis, category = :category, key_item = :key, version = version + 1
                where id = :id and version = :version""")
                .param("code", c.code()).param("name", in.name().strip()).param("matter", c.matterCode())
                .param("kind", c.kind().name()).param("method", in.method().strip()).param("basis", in.basis().strip())
                .param("category", c.category().name()).param("key", Boolean.TRUE.equals(in.keyItem()))
                .param("id", id).param("version", in.version() == null ? item.version() : in.version()).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("insp_item " + id);
        }
        jdbc.sql("delete from insp_checklist_item where item_id = :id").param("id", id).update();
        writeChecklist(id, in.checklist());
        audit.success("INSPECTION_ITEM_UPDATED", "INSPECTION_ITEM", id, "修改抽查事项：" + c.code());
        return require(id);
    }

    @Transactional
    public SpotCheckItem publish(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        SpotCheckItem item = find(id, actor);
        if (!"DRAFT".equals(item.status())) {
            throw Rejection.of(LIST_RULE, "只有草稿状态的事项可以公布").exception();
        }
        jdbc.sql("update insp_item set status = 'PUBLISHED', published_at = now(), version = version + 1 where id = :id")
                .param("id", id).update();
        audit.success("INSPECTION_ITEM_PUBLISHED", "INSPECTION_ITEM", id, "公布抽查事项：" + item.code() + " " + item.name());
        return require(id);
    }

    @Transactional
    public SpotCheckItem withdraw(long id, String reason, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        SpotCheckItem item = find(id, actor);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("请填写撤回理由", Map.of("reason", "请填写撤回理由"));
        }
        if (!item.published()) {
            throw Rejection.of(LIST_RULE, "只有已公布的事项可以撤回").exception();
        }
        jdbc.sql("update insp_item set status = 'WITHDRAWN', withdrawn_reason = :r, version = version + 1 where id = :id")
                .param("r", reason.strip()).param("id", id).update();
        audit.success("INSPECTION_ITEM_WITHDRAWN", "INSPECTION_ITEM", id, "撤回抽查事项：" + item.code() + "（" + reason.strip() + "）");
        return require(id);
    }

    private record Checked(String code, String matterCode, TargetKind kind, EnforcementCategory category) {
    }

    private Checked check(ItemInput in, Long selfId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = in.code() == null ? "" : in.code().strip().toUpperCase();
        if (jdbc.sql("select count(*) from insp_item where code = :c and id <> :self").param("c", code)
                .param("self", selfId == null ? -1 : selfId).query(Long.class).single() > 0) {
            errors.put("code", "事项编码已存在");
        }
        var matter = matters.find(in.matterCode()).orElse(null);
        if (matter == null) {
            errors.put("matterCode", "执法事项清单中没有该事项");
        } else if (!matter.inForce()) {
            errors.put("matterCode", "该执法事项已暂停或取消");
        } else if (!matter.inspection()) {
            errors.put("matterCode", "抽查事项应为“行政检查”类执法事项");
        }
        TargetKind kind = TargetKind.parse(in.targetKind()).orElse(null);
        if (kind == null) {
            errors.put("targetKind", "请选择检查对象类型");
        }
        EnforcementCategory category = EnforcementCategory.parse(in.category()).orElse(null);
        if (category == null) {
            errors.put("category", "请选择执法门类");
        }
        if (in.checklist() == null || in.checklist().isEmpty()) {
            errors.put("checklist", "请至少填写一项检查内容");
        } else {
            for (int i = 0; i < in.checklist().size(); i++) {
                var line = in.checklist().get(i);
                if (line == null || line.text() == null || line.text().isBlank()) {
                    errors.put("checklist[" + i + "].text", "第 " + (i + 1) + " 项：请填写检查内容");
                } else if (line.article() == null || line.article().isBlank()) {
                    errors.put("checklist[" + i + "].article", "第 " + (i + 1) + " 项：请填写所依据的条款");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        return new Checked(code, matter.code(), kind, category);
    }

    private void writeChecklist(long itemId, List<ItemInput.Line> lines) {
        int position = 1;
        for (ItemInput.Line l : lines) {
            jdbc.sql("insert into insp_checklist_item (item_id, position, text, article) values (:i, :p, :t, :a)")
                    .param("i", itemId).param("p", position++).param("t", l.text().strip())
                    .param("a", l.article().strip()).update();
        }
    }

    public SpotCheckItem find(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        SpotCheckItem item = jdbc.sql("select * from insp_item where id = :id").param("id", id).query(this::row)
                .optional().orElseThrow(() -> new NotFoundException("抽查事项不存在"));
        if (!item.published()) {
            access.requireVisible(actor, item.unitId());
        }
        return item;
    }

    public SpotCheckItem require(long id) {
        return jdbc.sql("select * from insp_item where id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("抽查事项不存在"));
    }

    /** Items the actor sees: drafts and withdrawn items of their units, and every published item. */
    public List<SpotCheckItem> list(String q, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        return jdbc.sql("""
                select * from insp_item where (status = 'PUBLISHED' or unit_id in (:units))
                  and (cast(:q as text) is null or code ilike :q or name ilike :q or matter_code ilike :q)
                order by status = 'PUBLISHED' desc, code""")
                .param("units", access.visibleUnits(actor)).param("q", q == null || q.isBlank() ? null
                        : "%" + TargetDirectory.like(q.strip()) + "%")
                .query(this::row).list();
    }

    /** Every published item, for the public list. */
    public List<SpotCheckItem> published() {
        return jdbc.sql("select * from insp_item where status = 'PUBLISHED' order by code").query(this::row).list();
    }

    public List<SpotCheckItem> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from insp_item where id in (:ids) order by code").param("ids", ids)
                .query(this::row).list();
    }

    private SpotCheckItem row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        long unit = rs.getLong("unit_id");
        String matterCode = rs.getString("matter_code");
        List<SpotCheckItem.ChecklistLine> lines = new ArrayList<>(jdbc.sql(
                "select * from insp_checklist_item where item_id = :id order by position").param("id", id)
                .query((r, i) -> new SpotCheckItem.ChecklistLine(r.getLong("id"), r.getInt("position"),
                        r.getString("text"), r.getString("article"))).list());
        return new SpotCheckItem(id, unit, access.unitName(unit), rs.getString("code"), rs.getString("name"),
                matterCode, matters.find(matterCode).map(MatterCatalog.MatterSummary::name).orElse(matterCode),
                TargetKind.valueOf(rs.getString("target_kind")), rs.getString("method"), rs.getString("basis"),
                EnforcementCategory.valueOf(rs.getString("category")), rs.getBoolean("key_item"), rs.getString("status"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("withdrawn_reason"),
                rs.getInt("version"), lines);
    }
}
