package org.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.CaseRecords;
import org.zhifa.cases.EvaluationCategory;
import org.zhifa.common.Actor;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.draw.DrawAssignee;
import org.zhifa.draw.DrawConflict;
import org.zhifa.draw.DrawInput;
import org.zhifa.draw.DrawManifest;
import org.zhifa.draw.DrawObject;
import org.zhifa.draw.DrawResult;
import org.zhifa.draw.DrawSeed;
import org.zhifa.draw.RandomDraw;
import org.zhifa.draw.StratumRule;
import org.zhifa.identity.OrgUnits;
import org.zhifa.identity.UserDirectory;
import org.zhifa.identity.UserView;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;
import org.zhifa.supervision.SupervisionProperties;

/**
 * Evaluation campaigns (案卷评查, 方案 5). Starting a campaign freezes the population (the files closed in its period),
 * the evaluators and the conflicts, and publishes the commitment of a secret seed and the hash of that input
 * ({@code org.zhifa.draw}); the draw then reveals the seed and selects, per category, at least the configured number
 * of files or all where fewer, and assigns each one evaluator who belongs to neither the file's unit nor its handlers.
 */
@Service
public class Campaigns {

    /** The one assignment pool: the supervision bureau evaluates across the prefecture. */
    static final String POOL = "HX";

    public record Campaign(long id, String number, int year, String title, LocalDate periodFrom, LocalDate periodTo,
            long sheetId, String state, int perCategory, String commitment, String headerHash, String seed,
            String resultHash, int population, String createdName, Instant createdAt, Instant drawnAt, int version) {

        public String stateLabel() {
            return switch (state) {
                case "COMMITTED" -> "已公布承诺值，待抽取";
                case "DRAWN" -> "已抽取，评查中";
                default -> "已结束";
            };
        }
    }

    public record Evaluator(long userId, String name, long unitId, String unitName, Long officerId) {
    }

    public record StartRequest(String title, Integer year, LocalDate periodFrom, LocalDate periodTo,
            List<String> evaluators) {
    }

    private final JdbcClient jdbc;
    private final CaseRecords records;
    private final ScoreSheets sheets;
    private final UserDirectory users;
    private final OrgUnits units;
    private final OfficerEligibility officers;
    private final AuditTrail audit;
    private final Clock clock;
    private final SupervisionProperties settings;
    private final SecureRandom random = new SecureRandom();
    private final PersonalDataCipher cipher;

    Campaigns(PersonalDataCipher cipher, JdbcClient jdbc, CaseRecords records, ScoreSheets sheets,
            UserDirectory users, OrgUnits units, OfficerEligibility officers, AuditTrail audit, Clock clock,
            SupervisionProperties settings) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.records = records;
        this.sheets = sheets;
        this.users = users;
        this.units = units;
        this.officers = officers;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** Freezes the population and evaluators and publishes the commitment; the seed stays secret until the draw. */
    @Transactional
    public Campaign start(Actor actor, StartRequest req) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (req.title() == null || req.title().isBlank()) {
            errors.put("title", "请填写评查活动名称");
        }
        if (req.year() == null) {
            errors.put("year", "请填写评查年度");
        }
        if (req.periodFrom() == null) {
            errors.put("periodFrom", "请填写案卷结案日期的起始日");
        }
        if (req.periodTo() == null) {
            errors.put("periodTo", "请填写案卷结案日期的截止日");
        }
        if (req.evaluators() == null || req.evaluators().stream().allMatch(s -> s == null || s.isBlank())) {
            errors.put("evaluators", "请指定评查人员");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.values().iterator().next(), errors);
        }
        if (req.periodTo().isBefore(req.periodFrom())) {
            throw new InvalidInputException("截止日早于起始日", Map.of("periodTo", "截止日早于起始日"));
        }
        List<Evaluator> evaluators = new ArrayList<>();
        for (String name : req.evaluators()) {
            if (name == null || name.isBlank()) {
                continue;
            }
            UserView u = users.findByUsername(name.strip()).filter(UserView::enabled).orElseThrow(
                    () -> new InvalidInputException("评查人员不存在或已停用：" + name.strip(),
                            Map.of("evaluators", "评查人员不存在或已停用：" + name.strip())));
            if (evaluators.stream().noneMatch(e -> e.userId() == u.id())) {
                Long officerId = officers.findByUserId(u.id()).map(OfficerView::id).orElse(null);
                evaluators.add(new Evaluator(u.id(), u.displayName(), u.unitId(), u.unitName(), officerId));
            }
        }
        ScoreSheet sheet = sheets.current();
        int year = req.year();
        long seq = jdbc.sql("select count(*) from eval_campaign where year = :y").param("y", year)
                .query(Long.class).single() + 1;
        String number = "PC-" + year + "-" + seq;

        List<DrawObject> objects = new ArrayList<>();
        List<DrawConflict> conflicts = new ArrayList<>();
        records.closedBetween(req.periodFrom(), req.periodTo(), c -> {
            String key = "C" + c.caseId();
            objects.add(new DrawObject(key, c.category().name(), POOL, Set.of("U" + c.unitId())));
            for (Evaluator e : evaluators) {
                boolean handled = c.createdBy() == e.userId();
                if (!handled && e.officerId() != null) {
                    for (long o : c.officerIds()) {
                        handled |= o == e.officerId();
                    }
                }
                if (handled) {
                    conflicts.add(new DrawConflict(key, "E" + e.userId()));
                }
            }
        });
        List<StratumRule> rules = new ArrayList<>();
        for (EvaluationCategory cat : EvaluationCategory.values()) {
            rules.add(new StratumRule(cat.name(), BigDecimal.ZERO, settings.perCategoryMinimum()));
        }
        List<DrawAssignee> assignees = evaluators.stream()
                .map(e -> new DrawAssignee("E" + e.userId(), POOL, "U" + e.unitId())).toList();
        DrawInput input = new DrawInput(number, 1, rules, objects, assignees, conflicts);
        DrawSeed seed = DrawSeed.generate(random);
        long id = jdbc.sql("""
                insert into eval_campaign (number, year, title, period_from, period_to, sheet_id, state, per_category,
                    commitment, header_hash, seed_enc, population, created_by, created_name, created_at)
                values (:number, :year, :title, :from, :to, :sheet, 'COMMITTED', :per, :commitment, :header, :seed,
                    :population, :by, :byName, :at) returning id""")
                .param("number", number).param("year", year).param("title", req.title().strip())
                .param("from", req.periodFrom()).param("to", req.periodTo()).param("sheet", sheet.id())
                .param("per", settings.perCategoryMinimum()).param("commitment", seed.commitment())
                .param("header", input.headerHashHex()).param("seed", cipher.encrypt(seed.hex()))
                .param("population", objects.size())
                .param("by", actor.userId()).param("byName", actor.displayName())
                .param("at", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        for (Evaluator e : evaluators) {
            jdbc.sql("""
                    insert into eval_campaign_evaluator (campaign_id, user_id, name, unit_id, officer_id)
                    values (:c, :u, :n, :unit, :o)""").param("c", id).param("u", e.userId()).param("n", e.name())
                    .param("unit", e.unitId()).param("o", e.officerId()).update();
        }
        jdbc.sql("insert into eval_campaign_manifest (campaign_id, manifest) values (:c, :m)").param("c", id)
                .param("m", new DrawManifest(input, seed.commitment(), null, null, List.of()).toJson()).update();
        audit.success("EVALUATION_CAMPAIGN_STARTED", "EVAL_CAMPAIGN", id, "开展案卷评查 " + number + "，案卷总体 "
                + objects.size() + " 件，承诺值 " + seed.commitment());
        return find(id);
    }

    /** Reveals the seed, draws per category and creates the evaluation of each drawn file. */
    @Transactional
    public Campaign draw(Actor actor, long id) {
        Campaign c = jdbc.sql("select * from eval_campaign where id = :id for update").param("id", id)
                .query(this::map).optional().orElseThrow(() -> new NotFoundException("评查活动不存在"));
        if (!c.state().equals("COMMITTED")) {
            throw new ConflictException("该评查活动已经抽取");
        }
        DrawManifest.Published published = DrawManifest.parse(manifestText(id));
        DrawSeed seed = DrawSeed.fromHex(cipher.decrypt(jdbc.sql("select seed_enc from eval_campaign where id = :id")
                .param("id", id).query(String.class).single()));
        DrawResult result = RandomDraw.draw(published.input(), seed);
        Map<Long, CaseInfo> info = caseInfo(published.input());
        Map<Long, String> numbers = records.caseNumbers(result.selections().stream()
                .map(s -> Long.parseLong(s.objectKey().substring(1))).toList());
        for (DrawResult.Selection s : result.selections()) {
            long caseId = Long.parseLong(s.objectKey().substring(1));
            Long evaluator = s.staffed() ? Long.parseLong(s.assignees().get(0).substring(1)) : null;
            jdbc.sql("""
                    insert into eval_file (campaign_id, case_id, case_number, unit_id, category, rank, evaluator_user_id,
                        state) values (:c, :case, :number, :unit, :cat, :rank, :ev, :state)""")
                    .param("c", id).param("case", caseId).param("number", numbers.getOrDefault(caseId, "案件" + caseId))
                    .param("unit", info.get(caseId).unitId()).param("cat", s.stratum()).param("rank", s.rank())
                    .param("ev", evaluator).param("state", evaluator == null ? "UNASSIGNED" : "ASSIGNED").update();
        }
        jdbc.sql("update eval_campaign_manifest set manifest = :m where campaign_id = :c").param("c", id)
                .param("m", new DrawManifest(published.input(), c.commitment(), seed, result, List.of()).toJson())
                .update();
        jdbc.sql("""
                update eval_campaign set state = 'DRAWN', result_hash = :hash, drawn_at = :at, version = version + 1
                where id = :id""").param("hash", result.hash()).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("id", id).update();
        audit.success("EVALUATION_CAMPAIGN_DRAWN", "EVAL_CAMPAIGN", id, "抽取案卷 " + result.selections().size()
                + " 件，种子 " + seed.hex() + "，结果哈希 " + result.hash());
        return find(id);
    }

    private record CaseInfo(long unitId) {
    }

    private static Map<Long, CaseInfo> caseInfo(DrawInput input) {
        Map<Long, CaseInfo> m = new java.util.HashMap<>();
        for (DrawObject o : input.objects()) {
            m.put(Long.parseLong(o.key().substring(1)),
                    new CaseInfo(Long.parseLong(o.blocked().iterator().next().substring(1))));
        }
        return m;
    }

    public String manifestText(long id) {
        return jdbc.sql("select manifest from eval_campaign_manifest where campaign_id = :c").param("c", id)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("评查活动不存在"));
    }

    public Campaign find(long id) {
        return jdbc.sql("select * from eval_campaign where id = :id").param("id", id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("评查活动不存在"));
    }

    public Campaign findByNumber(String number) {
        return jdbc.sql("select * from eval_campaign where number = :n").param("n", number).query(this::map)
                .optional().orElseThrow(() -> new NotFoundException("评查活动不存在"));
    }

    public PageResult<Campaign> list(String q, int page, int size) {
        String where = q == null || q.isBlank() ? "" : " where number ilike :q or title ilike :q";
        var count = jdbc.sql("select count(*) from eval_campaign" + where);
        var rows = jdbc.sql("select * from eval_campaign" + where + " order by id desc limit :size offset :off");
        if (!where.isEmpty()) {
            String like = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            count = count.param("q", like);
            rows = rows.param("q", like);
        }
        long total = count.query(Long.class).single();
        return new PageResult<>(rows.param("size", size).param("off", page * size).query(this::map).list(),
                total, page, size);
    }

    /** Whether a campaign was started this year (方案 5: at least once a year). */
    public boolean heldThisYear() {
        int year = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        return jdbc.sql("select count(*) from eval_campaign where year = :y").param("y", year).query(Long.class)
                .single() > 0;
    }

    public List<Evaluator> evaluators(long campaignId) {
        return jdbc.sql("select * from eval_campaign_evaluator where campaign_id = :c order by user_id")
                .param("c", campaignId).query((rs, i) -> new Evaluator(rs.getLong("user_id"), rs.getString("name"),
                        rs.getLong("unit_id"), units.find(rs.getLong("unit_id")).map(u -> u.name()).orElse(""),
                        (Long) rs.getObject("officer_id"))).list();
    }

    /** Population and drawn files per category (category label → [population, drawn]). */
    public Map<EvaluationCategory, int[]> strata(long campaignId) {
        Map<EvaluationCategory, int[]> m = new EnumMap<>(EvaluationCategory.class);
        for (EvaluationCategory cat : EvaluationCategory.values()) {
            m.put(cat, new int[2]);
        }
        DrawManifest.Published p = DrawManifest.parse(manifestText(campaignId));
        p.input().objects().forEach(o -> m.get(EvaluationCategory.valueOf(o.stratum()))[0]++);
        jdbc.sql("select category, count(*) n from eval_file where campaign_id = :c group by category")
                .param("c", campaignId).query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        m.get(EvaluationCategory.valueOf(rs.getString(1)))[1] = rs.getInt(2));
        return m;
    }

    private String revealedSeed(String resultHash, String encrypted) {
        return resultHash == null ? null : cipher.decrypt(encrypted);
    }

    Campaign map(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp drawn = rs.getTimestamp("drawn_at");
        String state = rs.getString("state");
        return new Campaign(rs.getLong("id"), rs.getString("number"), rs.getInt("year"), rs.getString("title"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getLong("sheet_id"), state, rs.getInt("per_category"), rs.getString("commitment"),
                rs.getString("header_hash"), revealedSeed(rs.getString("result_hash"), rs.getString("seed_enc")),
                rs.getString("result_hash"), rs.getInt("population"), rs.getString("created_name"),
                rs.getTimestamp("created_at").toInstant(), drawn == null ? null : drawn.toInstant(),
                rs.getInt("version"));
    }
}
