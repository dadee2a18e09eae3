package org.zhifa.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Law;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.reporting.Figure;
import org.zhifa.reporting.ReportingProperties;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monthly reports (方案第9条): drafted from the statistics, checked and submitted by the head of the reporting unit by
 * the due day, locked after submission (also by a database trigger), corrected as a new version with a reason.
 */
@Service
public class MonthlyReports {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Long>> FIGURES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final MonthlyStatistics statistics;
    private final DataScope scope;
    private final OrgUnits units;
    private final AuditTrail audit;
    private final ReportingProperties properties;
    private final Clock clock;

    MonthlyReports(JdbcClient jdbc, MonthlyStatistics statistics, DataScope scope, OrgUnits units, AuditTrail audit,
            ReportingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The day the report of {@code month} is due: the due day of the next month (setting). */
    public LocalDate dueOn(YearMonth month) {
        return month.plusMonths(1).atDay(properties.dueDay());
    }

    /**
     * Drafts (or, while still a draft, recomputes) the report of a reporting unit. A submitted report is left as it
     * is. {@code by} names who drafted: a user or the monthly job.
     */
    @Transactional
    public MonthlyReport draft(long unitId, YearMonth month, String by) {
        requireReportingUnit(unitId);
        Optional<MonthlyReport> latest = latest(unitId, month);
        Map<String, Long> figures = statistics.figures(month, statistics.covered(unitId));
        if (latest.isEmpty()) {
            long id = jdbc.sql("""
                    insert into monthly_report (unit_id, month, version, state, figures, drafted_at, drafted_by)
                    values (?, ?, 1, 'DRAFT', cast(? as jsonb), ?, ?) returning id
                    """).params(unitId, month.atDay(1), JSON.writeValueAsString(figures), now(), by)
                    .query(Long.class).single();
            audit.success("MONTHLY_REPORT_DRAFTED", "MONTHLY_REPORT", id, unitName(unitId) + month + " 月度统计报表起草");
            return require(id);
        }
        MonthlyReport r = latest.get();
        if (r.submitted()) {
            return r;
        }
        jdbc.sql("""
                update monthly_report set figures = cast(? as jsonb), drafted_at = ?, drafted_by = ?,
                       row_version = row_version + 1 where id = ?
                """).params(JSON.writeValueAsString(figures), now(), by, r.id()).update();
        audit.success("MONTHLY_REPORT_DRAFTED", "MONTHLY_REPORT", r.id(), unitName(unitId) + month + " 月度统计报表重新计算");
        return require(r.id());
    }

    /** A head drafts or recomputes the report of their own unit. */
    @Transactional
    public MonthlyReport draft(Actor actor, long unitId, YearMonth month) {
        requireHeadOf(actor, unitId);
        if (month.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException("不能起草尚未开始的月份的报表", Map.of("month", "月份尚未开始"));
        }
        return draft(unitId, month, actor.username());
    }

    /** The reconsideration and litigation figures the unit enters (only while a draft). */
    @Transactional
    public MonthlyReport enterRemedies(Actor actor, long id, int rowVersion, Map<String, Long> remedies) {
        MonthlyReport r = require(id);
        requireHeadOf(actor, r.unitId());
        requireDraft(r);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Long> clean = new LinkedHashMap<>(r.remedies());
        remedies.forEach((k, v) -> {
            Optional<Figure> f = Figure.byKey(k).filter(x -> x.kind() == Figure.Kind.ENTERED);
            if (f.isEmpty()) {
                errors.put(k, "不是单位填报的统计项");
            } else if (v == null || v < 0) {
                errors.put(k, f.get().label() + "应为不小于零的整数");
            } else {
                clean.put(k, v);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException("填报的数字有误", errors);
        }
        int n = jdbc.sql("""
                update monthly_report set remedies = cast(? as jsonb), row_version = row_version + 1
                where id = ? and row_version = ?
                """).params(JSON.writeValueAsString(clean), id, rowVersion).update();
        if (n == 0) {
            throw new ConflictException("报表已被他人修改，请刷新后重试");
        }
        audit.success("MONTHLY_REPORT_REMEDIES", "MONTHLY_REPORT", id, r.unitName() + r.month() + " 填报复议诉讼数据 " + clean);
        return require(id);
    }

    /**
     * The head submits: the figures are recomputed and frozen, the version is locked. Every figure the unit enters
     * must be filled (a missing one is named).
     */
    @Transactional
    public MonthlyReport submit(Actor actor, long id, int rowVersion) {
        MonthlyReport r = require(id);
        requireHeadOf(actor, r.unitId());
        requireDraft(r);
        Map<String, String> missing = new LinkedHashMap<>();
        for (Figure f : Figure.values()) {
            if (f.kind() == Figure.Kind.ENTERED && !r.remedies().containsKey(f.key())) {
                missing.put(f.key(), "请填报" + f.label().replace("（单位填报）", "") + "（没有的填 0）");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("报送前请填报行政复议和行政诉讼数据", missing);
        }
        Map<String, Long> figures = statistics.figures(r.month(), statistics.covered(r.unitId()));
        int n = jdbc.sql("""
                update monthly_report set state = 'SUBMITTED', figures = cast(? as jsonb), submitted_at = ?,
                       submitted_by = ?, submitted_by_name = ?, row_version = row_version + 1
                where id = ? and row_version = ? and state = 'DRAFT'
                """).params(JSON.writeValueAsString(figures), now(), actor.username(), actor.displayName(), id, rowVersion)
                .update();
        if (n == 0) {
            throw new ConflictException("报表已被他人修改，请刷新后重试");
        }
        boolean late = LocalDate.now(clock).isAfter(dueOn(r.month()));
        audit.success("MONTHLY_REPORT_SUBMITTED", "MONTHLY_REPORT", id, r.unitName() + r.month() + " 月度统计报表第"
                + r.version() + "版报送" + (late ? "（逾期）" : ""));
        return require(id);
    }

    /** A correction of a submitted report: a new draft version with the reason; the submitted one stays as it was. */
    @Transactional
    public MonthlyReport correct(Actor actor, long id, String reason) {
        MonthlyReport r = require(id);
        requireHeadOf(actor, r.unitId());
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("请说明更正理由", Map.of("reason", "请填写更正理由"));
        }
        MonthlyReport latest = latest(r.unitId(), r.month()).orElseThrow();
        if (latest.id() != r.id() || !r.submitted()) {
            throw new ConflictException("只能更正最新的已报送版本（当前最新为第" + latest.version() + "版，" + latest.stateLabel() + "）");
        }
        Map<String, Long> figures = statistics.figures(r.month(), statistics.covered(r.unitId()));
        long newId = jdbc.sql("""
                insert into monthly_report (unit_id, month, version, state, figures, remedies, drafted_at, drafted_by,
                                            correction_reason)
                values (?, ?, ?, 'DRAFT', cast(? as jsonb), cast(? as jsonb), ?, ?, ?) returning id
                """).params(r.unitId(), r.month().atDay(1), r.version() + 1, JSON.writeValueAsString(figures),
                JSON.writeValueAsString(r.remedies()), now(), actor.username(), reason.strip())
                .query(Long.class).single();
        audit.success("MONTHLY_REPORT_CORRECTED", "MONTHLY_REPORT", newId, r.unitName() + r.month() + " 月度统计报表更正为第"
                + (r.version() + 1) + "版：" + reason.strip());
        return require(newId);
    }

    /** Drafts the previous month's reports of every reporting unit (the job on the 1st). */
    public int draftAll(YearMonth month) {
        int n = 0;
        for (OrgUnitView u : statistics.reportingUnits()) {
            draft(u.id(), month, "系统（每月1日自动起草）");
            n++;
        }
        return n;
    }

    public MonthlyReport read(Actor actor, long id) {
        MonthlyReport r = require(id);
        requireReader(actor, r.unitId());
        return r;
    }

    /** Every version of a unit's report for a month, newest first. */
    public List<MonthlyReport> versions(Actor actor, long unitId, YearMonth month) {
        requireReader(actor, unitId);
        return jdbc.sql("select * from monthly_report where unit_id = ? and month = ? order by version desc")
                .params(unitId, month.atDay(1)).query((rs, i) -> map(rs)).list();
    }

    public Optional<MonthlyReport> latest(long unitId, YearMonth month) {
        return jdbc.sql("select * from monthly_report where unit_id = ? and month = ? order by version desc limit 1")
                .params(unitId, month.atDay(1)).query((rs, i) -> map(rs)).optional();
    }

    /** The state of every reporting unit's report of a month, with late and missing submissions flagged. */
    public List<Submission> submissions(Actor actor, YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = dueOn(month);
        List<Submission> out = new ArrayList<>();
        for (OrgUnitView u : statistics.reportingUnits()) {
            if (!scope.canSee(actor, u.id())) {
                continue;
            }
            Instant first = jdbc.sql("""
                    select min(submitted_at) from monthly_report where unit_id = ? and month = ? and state = 'SUBMITTED'
                    """).params(u.id(), month.atDay(1)).query(Timestamp.class).optional().map(Timestamp::toInstant)
                    .orElse(null);
            Optional<MonthlyReport> latest = latest(u.id(), month);
            LocalDate firstDay = first == null ? null : first.atZone(ChinaTime.ZONE).toLocalDate();
            Flag flag;
            if (firstDay != null) {
                flag = firstDay.isAfter(due) ? Flag.LATE : Flag.ON_TIME;
            } else {
                flag = today.isAfter(due) ? Flag.MISSING : Flag.PENDING;
            }
            out.add(new Submission(u.id(), u.name(), month, due, latest.orElse(null), firstDay, flag));
        }
        return out;
    }

    /** Late or missing, as the supervision bureau sees them. */
    public enum Flag {
        ON_TIME("按期报送"), LATE("逾期报送"), MISSING("逾期未报送"), PENDING("未到期");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean flagged() {
            return this == LATE || this == MISSING;
        }
    }

    public record Submission(long unitId, String unitName, YearMonth month, LocalDate dueOn, MonthlyReport latest,
            LocalDate firstSubmittedOn, Flag flag) {
    }

    public MonthlyReport require(long id) {
        return jdbc.sql("select * from monthly_report where id = ?").param(id).query((rs, i) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("报表不存在"));
    }

    void requireReader(Actor actor, long unitId) {
        if (!(actor.hasRole("UNIT_HEAD") || actor.hasRole("SUPERVISOR"))) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(9),
                    "统计报表由单位负责人审核报送，执法监督人员查看"));
        }
        scope.requireVisible(actor, unitId);
    }

    void requireHeadOf(Actor actor, long unitId) {
        scope.requireVisible(actor, unitId);
        if (!actor.hasRole("UNIT_HEAD") || actor.unitId() != unitId) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(9),
                    "月度统计报表由本单位负责人审核报送"));
        }
        requireReportingUnit(unitId);
    }

    private void requireReportingUnit(long unitId) {
        if (!statistics.isReportingUnit(unitId)) {
            throw new InvalidInputException("该单位不报送月度统计报表（报送单位见 zhifa.reporting.reporting-unit-kinds）",
                    Map.of("unitId", "不是报送单位"));
        }
    }

    private static void requireDraft(MonthlyReport r) {
        if (r.submitted()) {
            throw new ConflictException("第" + r.version() + "版已报送并锁定；如需更正，请另起新版本并说明理由");
        }
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(OrgUnitView::name).orElse("单位" + unitId);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private MonthlyReport map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long unitId = rs.getLong("unit_id");
        YearMonth month = YearMonth.from(rs.getDate("month").toLocalDate());
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new MonthlyReport(rs.getLong("id"), unitId, unitName(unitId), month, rs.getInt("version"),
                rs.getString("state"), JSON.readValue(rs.getString("figures"), FIGURES),
                JSON.readValue(rs.getString("remedies"), FIGURES), rs.getTimestamp("drafted_at").toInstant(),
                rs.getString("drafted_by"), rs.getString("correction_reason"),
                submitted == null ? null : submitted.toInstant(), rs.getString("submitted_by"),
                rs.getString("submitted_by_name"), rs.getInt("row_version"), dueOn(month));
    }
}
