package org.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.CaseRecords;
import org.zhifa.cases.EvaluationCategory;
import org.zhifa.common.Actor;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.evidence.EvidenceIntegrity;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;

/**
 * Scoring a drawn file: the evaluator assigned by the draw sees the sheet with the system's pre-check of every item it
 * can decide, confirms or overrides each finding (an override needs a reason), deducts with reasons; a failed veto
 * item zeroes the file.
 */
@Service
public class Evaluations {

    public record EvalFile(long id, long campaignId, long caseId, String caseNumber, long unitId, String unitName,
            EvaluationCategory category, int rank, Long evaluatorUserId, String state, Boolean vetoed,
            BigDecimal score, BigDecimal formScore, BigDecimal contentScore, Integer precheckedItems,
            Integer totalItems, Instant scoredAt, String scoredByName, int version) {

        public String categoryLabel() {
            return category.label();
        }

        public String stateLabel() {
            return switch (state) {
                case "UNASSIGNED" -> "无可分配的评查人员";
                case "ASSIGNED" -> "待评查";
                default -> "已评查";
            };
        }
    }

    /** An item of the sheet with the pre-check (null when not decidable) and, once scored, the evaluator's finding. */
    public record ItemView(ScoreSheet.Item item, PreCheck.Finding precheck, String finding, BigDecimal deduction,
            String reason, boolean overridden) {
    }

    public record ItemScore(String code, String finding, BigDecimal deduction, String reason) {
    }

    public record ScoreRequest(Integer version, List<ItemScore> items) {
    }

    public record Sheet(EvalFile file, ScoreSheet sheet, CaseRecords.CaseRecord record, List<ItemView> items) {
    }

    private final JdbcClient jdbc;
    private final CaseRecords records;
    private final EvidenceIntegrity evidence;
    private final ScoreSheets sheets;
    private final OrgUnits units;
    private final DataScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    Evaluations(JdbcClient jdbc, CaseRecords records, EvidenceIntegrity evidence, ScoreSheets sheets, OrgUnits units,
            DataScope scope, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.evidence = evidence;
        this.sheets = sheets;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The supervision bureau sees every file; an evaluator their assigned files; others their units' scored files. */
    public EvalFile file(Actor actor, long id) {
        EvalFile f = jdbc.sql("select * from eval_file where id = :id").param("id", id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("评查案卷不存在"));
        boolean evaluator = f.evaluatorUserId() != null && f.evaluatorUserId() == actor.userId();
        boolean supervisor = actor.hasRole("SUPERVISOR");
        boolean unit = f.state().equals("SCORED") && actor.hasRole("UNIT_HEAD") && scope.canSee(actor, f.unitId());
        if (!evaluator && !supervisor && !unit) {
            throw new NotFoundException("未找到该记录，或不在您的数据范围内");
        }
        return f;
    }

    /** The pre-check of one file against a sheet (item code → finding), for the benchmark and the page. */
    public Map<String, PreCheck.Finding> precheck(ScoreSheet sheet, long caseId) {
        CaseRecords.CaseRecord r = records.record(caseId).orElseThrow(() -> new NotFoundException("案件不存在"));
        return precheck(sheet, r);
    }

    private Map<String, PreCheck.Finding> precheck(ScoreSheet sheet, CaseRecords.CaseRecord r) {
        Map<PreCheck.Kind, PreCheck.Finding> all = PreCheck.run(r,
                evidence.of(EvidenceTargetType.CASE, String.valueOf(r.caseId())));
        Map<String, PreCheck.Finding> m = new LinkedHashMap<>();
        for (ScoreSheet.Item i : sheet.items()) {
            if (i.precheck() != null) {
                m.put(i.code(), all.get(i.precheck()));
            }
        }
        return m;
    }

    @Transactional(readOnly = true)
    public Sheet sheet(Actor actor, long fileId) {
        EvalFile f = file(actor, fileId);
        long sheetId = jdbc.sql("select sheet_id from eval_campaign where id = :c").param("c", f.campaignId())
                .query(Long.class).single();
        ScoreSheet sheet = sheets.find(sheetId);
        CaseRecords.CaseRecord r = records.record(f.caseId()).orElseThrow(() -> new NotFoundException("案件不存在"));
        Map<String, PreCheck.Finding> pre;
        Map<String, ItemView> stored = new HashMap<>();
        jdbc.sql("select * from eval_item where file_id = :f").param("f", fileId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    String code = rs.getString("item_code");
                    String p = rs.getString("precheck");
                    stored.put(code, new ItemView(sheet.item(code), p == null ? null
                            : new PreCheck.Finding(PreCheck.Result.valueOf(p), rs.getString("precheck_evidence")),
                            rs.getString("finding"), rs.getBigDecimal("deduction"), rs.getString("reason"),
                            rs.getBoolean("overridden")));
                });
        pre = stored.isEmpty() ? precheck(sheet, r) : Map.of();
        List<ItemView> items = new ArrayList<>();
        for (ScoreSheet.Item i : sheet.items()) {
            ItemView s = stored.get(i.code());
            items.add(s != null ? s : new ItemView(i, pre.get(i.code()), null, null, null, false));
        }
        return new Sheet(f, sheet, r, items);
    }

    /** Records the evaluator's findings: every item answered; overrides and deductions with reasons. */
    @Transactional
    public EvalFile score(Actor actor, long fileId, ScoreRequest req) {
        EvalFile f = file(actor, fileId);
        if (f.evaluatorUserId() == null || f.evaluatorUserId() != actor.userId()) {
            throw new org.springframework.security.access.AccessDeniedException("只有抽取分配的评查人员可以评分");
        }
        if (f.state().equals("SCORED")) {
            throw new ConflictException("该案卷已经评查");
        }
        if (req.version() == null || req.version() != f.version()) {
            throw new ConflictException("案卷评查已被修改，请刷新后重试");
        }
        Sheet s = sheet(actor, fileId);
        Map<String, ItemScore> given = new HashMap<>();
        if (req.items() != null) {
            req.items().forEach(i -> given.put(i.code(), i));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal form = BigDecimal.ZERO;
        BigDecimal content = BigDecimal.ZERO;
        boolean vetoed = false;
        int prechecked = 0;
        List<Object[]> rows = new ArrayList<>();
        for (ItemView v : s.items()) {
            ScoreSheet.Item item = v.item();
            ItemScore g = given.get(item.code());
            String field = "items." + item.code();
            if (g == null || g.finding() == null || !List.of("PASS", "FAIL", "NA").contains(g.finding())) {
                errors.put(field, "请对“" + item.text() + "”作出评查结论（符合、不符合或不适用）");
                continue;
            }
            String reason = g.reason() == null || g.reason().isBlank() ? null : g.reason().strip();
            BigDecimal deduction = g.deduction() == null ? BigDecimal.ZERO : g.deduction();
            boolean overridden = v.precheck() != null && !v.precheck().result().name().equals(g.finding());
            if (v.precheck() != null) {
                prechecked++;
            }
            if (overridden && reason == null) {
                errors.put(field, "“" + item.text() + "”与系统预检结论（" + v.precheck().result().label()
                        + "）不同，请说明理由");
                continue;
            }
            if (item.group() == ScoreSheet.Group.VETO) {
                deduction = BigDecimal.ZERO;
                if (g.finding().equals("FAIL")) {
                    vetoed = true;
                    if (reason == null) {
                        errors.put(field, "否决项“" + item.text() + "”不符合，请说明理由");
                        continue;
                    }
                }
            } else if (g.finding().equals("FAIL")) {
                if (deduction.signum() <= 0 || deduction.compareTo(item.points()) > 0) {
                    errors.put(field, "“" + item.text() + "”不符合，扣分应大于 0 且不超过 " + item.points() + " 分");
                    continue;
                }
                if (reason == null) {
                    errors.put(field, "“" + item.text() + "”扣分，请写明扣分理由");
                    continue;
                }
            } else {
                deduction = BigDecimal.ZERO;
            }
            BigDecimal earned = item.points().subtract(deduction);
            if (item.group() == ScoreSheet.Group.FORM) {
                form = form.add(earned);
            } else if (item.group() == ScoreSheet.Group.CONTENT) {
                content = content.add(earned);
            }
            rows.add(new Object[] {item.code(), v.precheck(), g.finding(), deduction, reason, overridden});
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.values().iterator().next(), errors);
        }
        for (Object[] r : rows) {
            PreCheck.Finding p = (PreCheck.Finding) r[1];
            jdbc.sql("""
                    insert into eval_item (file_id, item_code, precheck, precheck_evidence, finding, deduction, reason,
                        overridden) values (:f, :code, :pre, :ev, :finding, :ded, :reason, :over)""")
                    .param("f", fileId).param("code", r[0]).param("pre", p == null ? null : p.result().name())
                    .param("ev", p == null ? null : truncate(p.evidence())).param("finding", r[2]).param("ded", r[3])
                    .param("reason", r[4]).param("over", r[5]).update();
        }
        BigDecimal total = vetoed ? BigDecimal.ZERO : form.add(content);
        int updated = jdbc.sql("""
                update eval_file set state = 'SCORED', vetoed = :vetoed, score = :score, form_score = :form,
                    content_score = :content, prechecked_items = :pre, total_items = :total, scored_at = :at,
                    scored_by_name = :by, version = version + 1
                where id = :id and version = :version""")
                .param("vetoed", vetoed).param("score", total).param("form", form).param("content", content)
                .param("pre", prechecked).param("total", s.items().size())
                .param("at", java.sql.Timestamp.from(clock.instant())).param("by", actor.displayName())
                .param("id", fileId).param("version", f.version()).update();
        if (updated == 0) {
            throw new ConflictException("案卷评查已被修改，请刷新后重试");
        }
        audit.success("EVALUATION_SCORED", "EVAL_FILE", fileId, "评查案卷 " + f.caseNumber() + "，得分 " + total
                + (vetoed ? "（否决）" : ""));
        return file(actor, fileId);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
    }

    /** The files of a campaign (supervisors), optionally only those assigned to the actor. */
    public PageResult<EvalFile> files(Actor actor, long campaignId, boolean mine, int page, int size) {
        String where = " where campaign_id = :c" + (mine || !actor.hasRole("SUPERVISOR") ? " and evaluator_user_id = :u" : "");
        long total = jdbc.sql("select count(*) from eval_file" + where).param("c", campaignId)
                .param("u", actor.userId()).query(Long.class).single();
        List<EvalFile> items = jdbc.sql("select * from eval_file" + where
                + " order by category, rank limit :size offset :off").param("c", campaignId).param("u", actor.userId())
                .param("size", size).param("off", page * size).query(this::map).list();
        return new PageResult<>(items, total, page, size);
    }

    /** Files assigned to the actor across campaigns, unscored first. */
    public List<EvalFile> assignedTo(Actor actor) {
        return jdbc.sql("""
                select * from eval_file where evaluator_user_id = :u order by state = 'SCORED', campaign_id desc, rank
                limit 200""").param("u", actor.userId()).query(this::map).list();
    }

    /** Per unit of a campaign: files, scored, average score, vetoed. */
    public record UnitResult(long unitId, String unitName, int files, int scored, BigDecimal average, int vetoed) {
    }

    public List<UnitResult> byUnit(long campaignId) {
        return jdbc.sql("""
                select unit_id, count(*) files, count(*) filter (where state = 'SCORED') scored,
                       round(avg(score) filter (where state = 'SCORED'), 2) average,
                       count(*) filter (where vetoed) vetoed
                from eval_file where campaign_id = :c group by unit_id order by unit_id""").param("c", campaignId)
                .query((rs, i) -> new UnitResult(rs.getLong("unit_id"), unitName(rs.getLong("unit_id")),
                        rs.getInt("files"), rs.getInt("scored"), rs.getBigDecimal("average"), rs.getInt("vetoed")))
                .list();
    }

    /** The deductions of a scored file (item text, finding, points deducted, reason). */
    public record Deduction(String code, String text, String finding, BigDecimal deduction, String reason) {
    }

    public List<Deduction> deductions(long fileId, ScoreSheet sheet) {
        return jdbc.sql("""
                select item_code, finding, deduction, reason from eval_item
                where file_id = :f and finding = 'FAIL' order by item_code""").param("f", fileId)
                .query((rs, i) -> {
                    ScoreSheet.Item item = sheet.item(rs.getString(1));
                    return new Deduction(rs.getString(1), item == null ? rs.getString(1) : item.text(),
                            rs.getString(2), rs.getBigDecimal(3), rs.getString(4));
                }).list();
    }

    public Optional<Long> sheetIdOf(long campaignId) {
        return jdbc.sql("select sheet_id from eval_campaign where id = :c").param("c", campaignId).query(Long.class)
                .optional();
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(u -> u.name()).orElse(String.valueOf(unitId));
    }

    private EvalFile map(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp("scored_at");
        return new EvalFile(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("case_id"),
                rs.getString("case_number"), rs.getLong("unit_id"), unitName(rs.getLong("unit_id")),
                EvaluationCategory.valueOf(rs.getString("category")), rs.getInt("rank"),
                (Long) rs.getObject("evaluator_user_id"), rs.getString("state"), (Boolean) rs.getObject("vetoed"),
                rs.getBigDecimal("score"), rs.getBigDecimal("form_score"), rs.getBigDecimal("content_score"),
                (Integer) rs.getObject("prechecked_items"), (Integer) rs.getObject("total_items"),
                at == null ? null : at.toInstant(), rs.getString("scored_by_name"), rs.getInt("version"));
    }
}
