package org.zhifa.inspection.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.common.Rejection;
import org.zhifa.inspection.InspectionProperties;
import org.zhifa.inspection.InspectionProperties.LastInspectionRecusal;

/**
 * Annual spot-check plans. A plan is drafted and published by a unit head; only a published plan can be drawn
 * (国办发〔2015〕58号: 抽查计划 published before the draws), and a published plan never changes.
 */
@Service
public class InspectionPlans {

    static final String PLAN_RULE = "国办发〔2015〕58号；方案第23条";

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final SpotCheckItems items;
    private final InspectionProperties settings;
    private final AuditTrail audit;
    private final org.zhifa.identity.OrgUnits units;

    InspectionPlans(JdbcClient jdbc, InspectionAccess access, SpotCheckItems items, InspectionProperties settings,
            AuditTrail audit, org.zhifa.identity.OrgUnits units) {
        this.units = units;
        this.jdbc = jdbc;
        this.access = access;
        this.items = items;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public Plan create(PlanInput in, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        long unitId = in.unitId() == null ? actor.unitId() : in.unitId();
        access.requireVisible(actor, unitId);
        Checked c = check(in);
        long id = jdbc.sql("""
                insert into insp_plan (unit_id, year, title, window_start, window_end, joint_departments, recusal, created_by)
                values (:u, :y, :t, :s, :e, :j, :r, :by) returning id""")
                .param("u", unitId).param("y", c.year()).param("t", in.title().strip()).param("s", in.windowStart())
                .param("e", in.windowEnd()).param("j", blankToNull(in.jointDepartments()))
                .param("r", c.recusal().name()).param("by", actor.username()).query(Long.class).single();
        writeParts(id, in, c);
        audit.success("INSPECTION_PLAN_CREATED", "INSPECTION_PLAN", id, "新建抽查计划：" + in.title().strip());
        return require(id);
    }

    @Transactional
    public Plan update(long id, PlanInput in, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        Plan plan = find(id, actor);
        if (plan.published()) {
            throw Rejection.of(PLAN_RULE, "抽查计划公布后不得修改").exception();
        }
        Checked c = check(in);
        int n = jdbc.sql("""
                update insp_plan set year = :y, title = :t, window_start = :s, window_end = :e, joint_departments = :j,
                       recusal = :r, version = version + 1
                where id = :id and version = :v""")
                .param("y", c.year()).param("t", in.title().strip()).param("s", in.windowStart())
                .param("e", in.windowEnd()).param("j", blankToNull(in.jointDepartments()))
                .param("r", c.recusal().name()).param("id", id)
                .param("v", in.version() == null ? plan.version() : in.version()).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("insp_plan " + id);
        }
        jdbc.sql("delete from insp_plan_item where plan_id = :id").param("id", id).update();
        jdbc.sql("delete from insp_plan_stratum where plan_id = :id").param("id", id).update();
        writeParts(id, in, c);
        audit.success("INSPECTION_PLAN_UPDATED", "INSPECTION_PLAN", id, "修改抽查计划：" + in.title().strip());
        return require(id);
    }

    @Transactional
    public Plan publish(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        Plan plan = find(id, actor);
        if (plan.published()) {
            throw Rejection.of(PLAN_RULE, "该计划已公布").exception();
        }
        for (SpotCheckItem i : plan.items()) {
            if (!i.published()) {
                throw Rejection.of(SpotCheckItems.LIST_RULE, "事项“" + i.name() + "”已不在公布的抽查事项清单内").exception();
            }
        }
        jdbc.sql("""
                update insp_plan set status = 'PUBLISHED', published_at = now(), published_by = :by, version = version + 1
                where id = :id""").param("by", actor.username()).param("id", id).update();
        audit.success("INSPECTION_PLAN_PUBLISHED", "INSPECTION_PLAN", id, "公布抽查计划：" + plan.title());
        return require(id);
    }

    private record Checked(int year, LastInspectionRecusal recusal, List<SpotCheckItem> items,
            Map<String, BigDecimal> ratios, Map<String, Integer> minimums) {
    }

    private Checked check(PlanInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.title() == null || in.title().isBlank()) {
            errors.put("title", "请填写计划名称");
        } else if (in.title().strip().length() > 200) {
            errors.put("title", "计划名称不超过200字");
        }
        if (in.windowStart() == null) {
            errors.put("windowStart", "请填写检查开始日期");
        }
        if (in.windowEnd() == null) {
            errors.put("windowEnd", "请填写检查结束日期");
        }
        if (in.windowStart() != null && in.windowEnd() != null && in.windowEnd().isBefore(in.windowStart())) {
            errors.put("windowEnd", "结束日期不得早于开始日期");
        }
        int year = in.year() != null ? in.year() : in.windowStart() == null ? 0 : in.windowStart().getYear();
        if (in.windowStart() != null && in.windowEnd() != null
                && (in.windowStart().getYear() != year || in.windowEnd().getYear() != year)) {
            errors.put("windowEnd", "检查期间应在计划年度（" + year + " 年）内");
        }
        LastInspectionRecusal recusal = settings.lastInspectionRecusal();
        if (in.recusal() != null && !in.recusal().isBlank()) {
            try {
                recusal = LastInspectionRecusal.valueOf(in.recusal().strip());
            } catch (IllegalArgumentException e) {
                errors.put("recusal", "回避方式应为 NONE、INSPECTORS 或 UNIT");
            }
        }
        List<SpotCheckItem> chosen = in.itemIds() == null ? List.of() : items.byIds(in.itemIds());
        if (chosen.isEmpty()) {
            errors.put("itemIds", "请至少选择一项抽查事项");
        }
        Map<String, BigDecimal> ratios = new LinkedHashMap<>();
        Map<String, Integer> minimums = new LinkedHashMap<>();
        for (String c : settings.creditClasses()) {
            BigDecimal r = in.ratios() == null || in.ratios().get(c) == null ? settings.ratio(c) : in.ratios().get(c);
            if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0 || r.stripTrailingZeros().scale() > 6) {
                errors.put("ratios." + c, c + " 级抽查比例应在 0 到 1 之间（最多六位小数）");
            }
            ratios.put(c, r);
            Integer m = in.minimums() == null || in.minimums().get(c) == null ? 0 : in.minimums().get(c);
            if (m < 0) {
                errors.put("minimums." + c, c + " 级最少抽取数不能为负数");
            }
            minimums.put(c, m);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        for (SpotCheckItem i : chosen) {
            if (!i.published()) {
                throw Rejection.of(SpotCheckItems.LIST_RULE, "只能检查已公布的抽查事项清单内的事项：“" + i.name() + "”未公布")
                        .exception();
            }
        }
        return new Checked(year, recusal, chosen, ratios, minimums);
    }

    private void writeParts(long planId, PlanInput in, Checked c) {
        for (SpotCheckItem i : c.items()) {
            jdbc.sql("insert into insp_plan_item (plan_id, item_id) values (:p, :i)").param("p", planId)
                    .param("i", i.id()).update();
        }
        for (String cls : settings.creditClasses()) {
            jdbc.sql("insert into insp_plan_stratum (plan_id, credit_class, ratio, minimum) values (:p, :c, :r, :m)")
                    .param("p", planId).param("c", cls).param("r", c.ratios().get(cls)).param("m", c.minimums().get(cls))
                    .update();
        }
    }

    public Plan find(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        Plan p = require(id);
        access.requireVisible(actor, p.unitId());
        return p;
    }

    public Plan require(long id) {
        return jdbc.sql("select * from insp_plan where id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("抽查计划不存在"));
    }

    public PageResult<Plan> list(Integer year, int page, int size, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        size = PageResult.clampSize(size);
        page = Math.max(0, page);
        String where = " where unit_id in (:units) and (cast(:y as integer) is null or year = :y)";
        long total = jdbc.sql("select count(*) from insp_plan" + where).param("units", access.visibleUnits(actor))
                .param("y", year).query(Long.class).single();
        List<Plan> plans = jdbc.sql("select * from insp_plan" + where + " order by year desc, id desc limit :s offset :o")
                .param("units", access.visibleUnits(actor)).param("y", year).param("s", size)
                .param("o", (long) page * size).query(this::row).list();
        return new PageResult<>(plans, total, page, size);
    }

    /** Published plans of every unit, newest first, for the portal. */
    public PageResult<Plan> published(int page, int size) {
        size = PageResult.clampSize(size);
        page = Math.max(0, page);
        long total = jdbc.sql("select count(*) from insp_plan where status <> 'DRAFT'").query(Long.class).single();
        List<Plan> plans = jdbc.sql("""
                select * from insp_plan where status <> 'DRAFT' order by published_at desc, id desc limit :s offset :o""")
                .param("s", size).param("o", (long) page * size).query(this::row).list();
        return new PageResult<>(plans, total, page, size);
    }

    private Plan row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        long unit = rs.getLong("unit_id");
        List<Long> itemIds = jdbc.sql("select item_id from insp_plan_item where plan_id = :id").param("id", id)
                .query(Long.class).list();
        List<Plan.Stratum> strata = jdbc.sql("select * from insp_plan_stratum where plan_id = :id").param("id", id)
                .query((r, i) -> new Plan.Stratum(r.getString("credit_class"), r.getBigDecimal("ratio").stripTrailingZeros(),
                        r.getInt("minimum"))).list().stream()
                .sorted(java.util.Comparator.comparingInt(s -> classOrder(s.creditClass()))).toList();
        return new Plan(id, unit, access.unitName(unit), rs.getInt("year"), rs.getString("title"),
                rs.getObject("window_start", LocalDate.class), rs.getObject("window_end", LocalDate.class),
                rs.getString("joint_departments"), LastInspectionRecusal.valueOf(rs.getString("recusal")),
                rs.getString("status"), rs.getObject("published_at", OffsetDateTime.class), rs.getString("published_by"),
                rs.getInt("version"), items.byIds(itemIds), strata);
    }

    private int classOrder(String c) {
        int i = settings.creditClasses().indexOf(c);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The share of an item's objects a plan would draw, against the yearly minimum of legal-rules §8 (cfg: key items
     * 10 %, general items 5 %): a plan below it is flagged before it is published.
     *
     * @param objects  active objects of the item's kind in the plan's units
     * @param expected how many the plan's ratios would draw from them today
     * @param below    the share is below the minimum (and there are objects)
     */
    public record Coverage(SpotCheckItem item, long objects, long expected, BigDecimal share, BigDecimal minimum,
            boolean below) {

        public String sharePercent() {
            return share.multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
        }

        public String minimumPercent() {
            return minimum.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
        }
    }

    public List<Coverage> coverage(Plan plan) {
        List<Long> scope = units.descendantsAndSelf(plan.unitId()).stream().map(org.zhifa.identity.OrgUnitView::id)
                .toList();
        List<Coverage> out = new java.util.ArrayList<>();
        for (SpotCheckItem item : plan.items()) {
            Map<String, Long> perClass = new LinkedHashMap<>();
            jdbc.sql("""
                    select credit_class, count(*) as n from insp_target
                    where active and kind = :k and unit_id in (:u) group by credit_class""")
                    .param("k", item.targetKind().name()).param("u", scope)
                    .query(rs -> {
                        perClass.put(rs.getString("credit_class"), rs.getLong("n"));
                    });
            long total = 0;
            long expected = 0;
            for (Plan.Stratum s : plan.strata()) {
                long n = perClass.getOrDefault(s.creditClass(), 0L);
                total += n;
                expected += new org.zhifa.draw.StratumRule(s.creditClass(), s.ratio(), s.minimum()).sampleSize((int) n);
            }
            BigDecimal share = total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(expected).divide(BigDecimal.valueOf(total), 4, java.math.RoundingMode.HALF_UP);
            BigDecimal minimum = item.keyItem() ? settings.keyItemMinRatio() : settings.generalItemMinRatio();
            out.add(new Coverage(item, total, expected, share, minimum, total > 0 && share.compareTo(minimum) < 0));
        }
        return out;
    }
}
