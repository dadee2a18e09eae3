package org.zhifa.inspection.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.draw.DrawManifest;
import org.zhifa.draw.DrawResult;
import org.zhifa.draw.DrawSeed;
import org.zhifa.draw.RandomDraw;
import org.zhifa.draw.Replacement;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The draws of a plan (docs/random-draw.md): {@link #commit} freezes the lists and publishes the commitment;
 * {@link #draw} reveals the seed, computes the result and creates the tasks; {@link #redraw} supersedes a draw only with
 * a recorded reason (it stays published) and commits a new one; {@link #replace} draws a replacement for an inspector
 * who withdraws (回避), from the same seed.
 */
@Service
public class InspectionDraws {

    static final String DRAW_RULE = "国办发〔2015〕58号（随机抽取检查对象、随机选派执法检查人员）";
    static final String RECUSAL_RULE = "《行政处罚法》第四十三条";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final InspectionPlans plans;
    private final DrawCandidates candidates;
    private final InspectionAccess access;
    private final PersonalDataCipher cipher;
    private final DrawTasks tasks;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    InspectionDraws(JdbcClient jdbc, InspectionPlans plans, DrawCandidates candidates, InspectionAccess access,
            PersonalDataCipher cipher, DrawTasks tasks, AuditTrail audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.candidates = candidates;
        this.access = access;
        this.cipher = cipher;
        this.tasks = tasks;
        this.audit = audit;
    }

    /** Freezes the lists of a published plan and publishes the commitment (the plan's first draw). */
    @Transactional
    public Draw commit(long planId, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        Plan plan = plans.find(planId, actor);
        lockPlan(planId);
        if (!plan.published()) {
            throw Rejection.of(InspectionPlans.PLAN_RULE, "抽查计划应当先公布，再抽取检查对象和检查人员").exception();
        }
        if (live(planId) != null) {
            throw Rejection.of(DRAW_RULE, "该计划已有抽取记录；重新抽取须说明理由").exception();
        }
        return commitNew(plan, null, actor);
    }

    private Draw commitNew(Plan plan, Long supersedes, Actor actor) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from insp_draw where plan_id = :p")
                .param("p", plan.id()).query(Integer.class).single();
        String reference = access.unit(plan.unitId()).code() + "-" + plan.year() + "-" + plan.id() + "-" + number;
        DrawCandidates.Frozen frozen = candidates.freeze(plan, reference);
        DrawSeed seed = DrawSeed.generate(random);
        String manifest = new DrawManifest(frozen.input(), seed.commitment(), null, null, List.of()).toJson();
        long id = jdbc.sql("""
                insert into insp_draw (plan_id, number, reference, state, commitment, seed_cipher, header_hash, manifest,
                                       object_count, assignee_count, excluded_inspectors, committed_at, committed_by,
                                       supersedes_id)
                values (:p, :n, :r, 'COMMITTED', :c, :sc, :h, :m, :oc, :ac, cast(:ex as jsonb), now(), :by, :sup)
                returning id""")
                .param("p", plan.id()).param("n", number).param("r", reference).param("c", seed.commitment())
                .param("sc", cipher.encrypt(seed.hex())).param("h", frozen.input().headerHashHex()).param("m", manifest)
                .param("oc", frozen.input().objects().size()).param("ac", frozen.input().assignees().size())
                .param("ex", JSON.writeValueAsString(frozen.excluded())).param("by", actor.username())
                .param("sup", supersedes).query(Long.class).single();
        audit.success("INSPECTION_DRAW_COMMITTED", "INSPECTION_DRAW", id, "冻结抽取名单并公布承诺：" + reference
                + "，对象 " + frozen.input().objects().size() + "，检查人员 " + frozen.input().assignees().size()
                + "，承诺 " + seed.commitment());
        return require(id);
    }

    /** Reveals the seed of a committed draw, computes the result and creates one task per drawn object. */
    @Transactional
    public Draw draw(long drawId, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        Draw d = find(drawId, actor);
        lockPlan(d.planId());
        d = require(drawId);
        if (!"COMMITTED".equals(d.state())) {
            throw Rejection.of(DRAW_RULE, "该抽取已" + d.stateLabel() + "，不能再次抽取").exception();
        }
        String sealed = jdbc.sql("select seed_cipher from insp_draw where id = :id").param("id", drawId)
                .query(String.class).single();
        DrawSeed seed = DrawSeed.fromHex(cipher.decrypt(sealed));
        DrawManifest.Published frozen = DrawManifest.parse(jdbc.sql("select manifest from insp_draw where id = :id")
                .param("id", drawId).query(String.class).single());
        if (!frozen.input().headerHashHex().equals(d.headerHash()) || !seed.commitment().equals(d.commitment())) {
            throw new IllegalStateException("抽取记录 " + d.reference() + " 与公布的承诺不一致");
        }
        DrawResult result = RandomDraw.draw(frozen.input(), seed);
        int unstaffed = tasks.create(d, result);
        String manifest = new DrawManifest(frozen.input(), d.commitment(), seed, result, List.of()).toJson();
        jdbc.sql("""
                update insp_draw set state = 'DRAWN', seed = :s, seed_cipher = null, manifest = :m, result_hash = :h,
                       selected_count = :n, unstaffed_count = :u, drawn_at = now(), drawn_by = :by, version = version + 1
                where id = :id""")
                .param("s", seed.hex()).param("m", manifest).param("h", result.hash())
                .param("n", result.selections().size()).param("u", unstaffed).param("by", actor.username())
                .param("id", drawId).update();
        audit.success("INSPECTION_DRAW_DRAWN", "INSPECTION_DRAW", drawId, "揭示种子并抽取：" + d.reference() + "，抽中 "
                + result.selections().size() + " 个对象，结果哈希 " + result.hash());
        return require(drawId);
    }

    /**
     * Supersedes the plan's live draw with a recorded reason and commits a new one. Refused once any drawn object has
     * been inspected: the draw has then been acted on.
     */
    @Transactional
    /** Whether a redraw would be accepted now (the same conditions {@link #redraw} enforces, reason aside). */
    public boolean redrawable(Draw d) {
        return !d.superseded() && !anyInspected(d.id());
    }

    private boolean anyInspected(long drawId) {
        return jdbc.sql("select count(*) from insp_task where draw_id = :d and status = 'DONE'").param("d", drawId)
                .query(Long.class).single() > 0;
    }

    public Draw redraw(long drawId, String reason, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("重新抽取须说明理由", Map.of("reason", "请填写重新抽取的理由"));
        }
        Draw d = find(drawId, actor);
        lockPlan(d.planId());
        d = require(drawId);
        if (d.superseded()) {
            throw Rejection.of(DRAW_RULE, "该抽取已作废").exception();
        }
        if (anyInspected(drawId)) {
            throw Rejection.of(DRAW_RULE, "已有抽中对象完成检查，不得重新抽取").exception();
        }
        jdbc.sql("update insp_task set status = 'CANCELLED', version = version + 1 where draw_id = :d")
                .param("d", drawId).update();
        jdbc.sql("""
                update insp_draw set state = 'SUPERSEDED', superseded_reason = :r, superseded_at = now(),
                       superseded_by = :by, seed_cipher = null, version = version + 1
                where id = :id""").param("r", reason.strip()).param("by", actor.username()).param("id", drawId).update();
        audit.success("INSPECTION_DRAW_SUPERSEDED", "INSPECTION_DRAW", drawId, "重新抽取，原抽取 " + d.reference()
                + " 作废，理由：" + reason.strip());
        return commitNew(plans.require(d.planId()), drawId, actor);
    }

    /**
     * An inspector withdraws from a drawn object (回避, 《行政处罚法》第四十三条): recorded with the reason by the unit
     * head, and a replacement is drawn from the same seed and lists (docs/random-draw.md §7).
     */
    @Transactional
    public Task replace(long taskId, long officerId, String reason, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("请填写回避理由", Map.of("reason", "请填写回避理由"));
        }
        Task task = tasks.find(taskId, actor);
        Draw d = require(task.drawId());
        lockPlan(d.planId());
        if (!"DRAWN".equals(d.state()) || !"ASSIGNED".equals(tasks.require(taskId).status())) {
            throw Rejection.of(RECUSAL_RULE, "只有待检查的抽取结果可以办理回避").exception();
        }
        if (task.officers().stream().noneMatch(o -> o.id() == officerId)) {
            throw new InvalidInputException("该人员不是此对象的检查人员", Map.of("officerId", "该人员不是此对象的检查人员"));
        }
        DrawManifest.Published p = DrawManifest.parse(jdbc.sql("select manifest from insp_draw where id = :id")
                .param("id", d.id()).query(String.class).single());
        DrawResult result = new DrawResult(p.input().headerHashHex(), p.seed().hex(), p.selections());
        List<RandomDraw.Withdrawal> withdrawals = new ArrayList<>();
        p.replacements().forEach(r -> withdrawals.add(new RandomDraw.Withdrawal(r.objectKey(), r.withdrawn(), r.reason())));
        withdrawals.add(new RandomDraw.Withdrawal("T" + task.targetId(), "P" + officerId, reason.strip()));
        List<Replacement> all = RandomDraw.replace(p.input(), p.seed(), result, withdrawals);
        Replacement latest = all.get(all.size() - 1);
        Long replacementId = latest.replacement() == null ? null : Long.valueOf(latest.replacement().substring(1));
        List<Long> team = new ArrayList<>(task.officers().stream().map(Task.Officer::id).toList());
        int position = team.indexOf(officerId);
        if (replacementId == null) {
            team.remove(position);
        } else {
            team.set(position, replacementId);
        }
        jdbc.sql("""
                insert into insp_replacement (draw_id, task_id, round, withdrawn_officer_id, replacement_officer_id,
                                              reason, recorded_by)
                values (:d, :t, :r, :w, :n, :reason, :by)""")
                .param("d", d.id()).param("t", taskId).param("r", latest.round()).param("w", officerId)
                .param("n", replacementId).param("reason", reason.strip()).param("by", actor.username()).update();
        jdbc.sql("""
                update insp_task set officer_ids = cast(:o as bigint[]), status = :s, version = version + 1
                where id = :id""")
                .param("o", SqlArrays.bigints(team)).param("s", team.size() < 2 ? "UNSTAFFED" : "ASSIGNED")
                .param("id", taskId).update();
        jdbc.sql("update insp_draw set manifest = :m, version = version + 1 where id = :id")
                .param("m", new DrawManifest(p.input(), d.commitment(), p.seed(), result, all).toJson())
                .param("id", d.id()).update();
        audit.success("INSPECTION_INSPECTOR_RECUSED", "INSPECTION_TASK", taskId, "检查人员回避：" + task.targetName()
                + "，回避人员 " + officerId + "，替换人员 " + (replacementId == null ? "无（可分配人员不足）" : replacementId)
                + "，理由：" + reason.strip());
        return tasks.require(taskId);
    }

    private void lockPlan(long planId) {
        jdbc.sql("select id from insp_plan where id = :id for update").param("id", planId).query(Long.class).single();
    }

    /** The plan's committed or drawn draw, if any. */
    Draw live(long planId) {
        return jdbc.sql("select * from insp_draw where plan_id = :p and state <> 'SUPERSEDED'").param("p", planId)
                .query(this::row).optional().orElse(null);
    }

    public Draw find(long id, Actor actor) {
        Draw d = require(id);
        plans.find(d.planId(), actor);
        return d;
    }

    public Draw require(long id) {
        return jdbc.sql("select * from insp_draw where id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("抽取记录不存在"));
    }

    /** Every draw of a plan, newest first (superseded ones stay listed with their reason). */
    public List<Draw> ofPlan(long planId) {
        return jdbc.sql("select * from insp_draw where plan_id = :p order by number desc").param("p", planId)
                .query(this::row).list();
    }

    /** The published manifest (JSON) of a draw of a published plan; the seed appears only once drawn. */
    public String manifest(long drawId) {
        return jdbc.sql("select manifest from insp_draw where id = :id").param("id", drawId).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("抽取记录不存在"));
    }

    /** Replacements of a draw with names, for the pages. */
    public record ReplacementView(long taskId, String targetName, int round, String withdrawn, String replacement,
            String reason, String recordedBy, OffsetDateTime recordedAt) {
    }

    public List<ReplacementView> replacements(long drawId) {
        return jdbc.sql("""
                select r.*, t.target_id, g.name as target_name, w.name as withdrawn_name, n.name as replacement_name
                from insp_replacement r join insp_task t on t.id = r.task_id join insp_target g on g.id = t.target_id
                left join insp_inspector w on w.officer_id = r.withdrawn_officer_id
                left join insp_inspector n on n.officer_id = r.replacement_officer_id
                where r.draw_id = :d order by r.id""")
                .param("d", drawId)
                .query((rs, n) -> new ReplacementView(rs.getLong("task_id"), rs.getString("target_name"), rs.getInt("round"),
                        rs.getString("withdrawn_name"), rs.getString("replacement_name"), rs.getString("reason"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    private Draw row(ResultSet rs, int n) throws SQLException {
        List<Draw.Excluded> excluded = JSON.readValue(rs.getString("excluded_inspectors"),
                new TypeReference<List<Map<String, String>>>() { }).stream()
                .map(m -> new Draw.Excluded(m.get("key"), m.get("name"), m.get("reason"))).toList();
        return new Draw(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("number"), rs.getString("reference"),
                rs.getString("state"), rs.getString("commitment"), rs.getString("seed"), rs.getString("header_hash"),
                rs.getString("result_hash"), rs.getInt("object_count"), rs.getInt("assignee_count"),
                (Integer) rs.getObject("selected_count"), (Integer) rs.getObject("unstaffed_count"), excluded,
                rs.getObject("committed_at", OffsetDateTime.class), rs.getString("committed_by"),
                rs.getObject("drawn_at", OffsetDateTime.class), rs.getString("drawn_by"),
                (Long) rs.getObject("supersedes_id"), rs.getString("superseded_reason"),
                rs.getObject("superseded_at", OffsetDateTime.class), rs.getString("superseded_by"));
    }

}
