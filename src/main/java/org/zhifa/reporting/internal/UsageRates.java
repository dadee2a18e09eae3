package org.zhifa.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditActivity;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.CaseStatistics;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.ConflictException;
import org.zhifa.common.HomeNotices;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Law;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.UserDirectory;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerView;
import org.zhifa.reporting.ReportingProperties;
import org.zhifa.reporting.ReportingProperties.UsageDefinition;

/**
 * The system usage rate (方案第33条) per reporting unit and month, under the definition set in
 * {@code zhifa.reporting.usage-definition} and printed with every figure; the unit's paper-register count; the
 * quarterly bulletin naming the units under the target, shown on their heads' home pages.
 */
@Service
public class UsageRates implements HomeNotices {

    private final JdbcClient jdbc;
    private final CaseStatistics cases;
    private final OfficerDirectory officers;
    private final UserDirectory users;
    private final AuditActivity activity;
    private final MonthlyStatistics statistics;
    private final DataScope scope;
    private final AuditTrail audit;
    private final ReportingProperties properties;
    private final Clock clock;

    UsageRates(JdbcClient jdbc, CaseStatistics cases, OfficerDirectory officers, UserDirectory users,
            AuditActivity activity, MonthlyStatistics statistics, DataScope scope, AuditTrail audit,
            ReportingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.officers = officers;
        this.users = users;
        this.activity = activity;
        this.statistics = statistics;
        this.scope = scope;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One unit's usage in a period: cases in zhifa, the paper-register count (null: not entered), officers in post
     * and those active, and the rate in percent (null when a part of the definition is missing).
     */
    public record Usage(long unitId, String unitName, String period, long zhifaCases, Long paperCases, long officers,
            long activeOfficers, BigDecimal casesRate, BigDecimal officersRate, BigDecimal rate, String definition,
            boolean below) {

        public String rateText() {
            return rate == null ? "无法计算（" + (paperCases == null ? "未填报纸质登记数" : "无在岗执法人员") + "）" : rate.toPlainString() + " %";
        }
    }

    public String definition() {
        return properties.usageDefinition().text();
    }

    public BigDecimal target() {
        return properties.usageTargetPercent();
    }

    /** Usage of every reporting unit visible to the actor over the months given (a month or a quarter). */
    public List<Usage> usage(Actor actor, List<YearMonth> months) {
        requireReader(actor);
        List<Usage> out = new ArrayList<>();
        for (OrgUnitView u : statistics.reportingUnits()) {
            if (scope.canSee(actor, u.id())) {
                out.add(usage(u, months));
            }
        }
        return out;
    }

    Usage usage(OrgUnitView unit, List<YearMonth> months) {
        Set<Long> covered = statistics.covered(unit.id());
        long zhifa = 0;
        Long paper = 0L;
        for (YearMonth m : months) {
            zhifa += cases.registered(m, covered);
            Optional<Integer> p = jdbc.sql("select cases from usage_register_count where unit_id = ? and month = ?")
                    .params(unit.id(), m.atDay(1)).query(Integer.class).optional();
            paper = paper == null || p.isEmpty() ? null : paper + p.get();
        }
        List<OfficerView> inPost = officers.inPost(covered, false);
        Set<String> names = inPost.stream().map(OfficerView::userId).filter(Objects::nonNull)
                .map(id -> users.find(id).map(v -> v.username()).orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Instant from = months.get(0).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant to = months.get(months.size() - 1).plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        long active = activity.activeAmong(names, from, to).size();
        BigDecimal casesRate = paper == null ? null : percent(zhifa, zhifa + paper);
        BigDecimal officersRate = inPost.isEmpty() ? null : percent(active, inPost.size());
        UsageDefinition d = properties.usageDefinition();
        BigDecimal rate = switch (d) {
            case CASES -> casesRate;
            case OFFICERS -> officersRate;
            case CASES_AND_OFFICERS -> casesRate == null || officersRate == null ? null : casesRate.min(officersRate);
        };
        String period = months.size() == 1 ? months.get(0).toString() : months.get(0) + " 至 " + months.get(months.size() - 1);
        return new Usage(unit.id(), unit.name(), period, zhifa, paper, inPost.size(), active, casesRate, officersRate,
                rate, d.text(), rate != null && rate.compareTo(target()) < 0);
    }

    /** zhifa + paper = 0 cases: nothing to handle, the rate is 100 %. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return new BigDecimal("100.0");
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The head enters the unit's paper-register count of a month (all cases recorded outside zhifa). */
    @Transactional
    public void enterPaperCount(Actor actor, long unitId, YearMonth month, Integer count) {
        if (!actor.hasRole("UNIT_HEAD") || actor.unitId() != unitId) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(33), "纸质登记数由本单位负责人填报"));
        }
        if (count == null || count < 0) {
            throw new InvalidInputException("请填写纸质登记的案件数（不小于 0）", Map.of("cases", "请填写不小于 0 的整数"));
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException("月份尚未开始", Map.of("month", "月份尚未开始"));
        }
        jdbc.sql("""
                insert into usage_register_count (unit_id, month, cases, entered_by, entered_at) values (?, ?, ?, ?, ?)
                on conflict (unit_id, month) do update set cases = excluded.cases, entered_by = excluded.entered_by,
                    entered_at = excluded.entered_at
                """).params(unitId, month.atDay(1), count, actor.username(), Timestamp.from(clock.instant())).update();
        audit.success("USAGE_PAPER_COUNT", "USAGE_REGISTER_COUNT", unitId + "/" + month, month + " 纸质登记案件 " + count + " 件");
    }

    /** Columns of the paper-register import: one row per month of the head's unit. */
    public static final List<String> IMPORT_COLUMNS = List.of("月份", "纸质登记案件数");

    /**
     * Imports the unit's paper-register counts from an Excel sheet (月份 as yyyy-MM, 纸质登记案件数): all rows or none;
     * a bad row is named.
     */
    @Transactional
    public int importPaperCounts(Actor actor, java.io.InputStream xlsx) {
        List<Object[]> rows = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx)) {
            var sheet = wb.getSheetAt(0);
            var f = new org.apache.poi.ss.usermodel.DataFormatter();
            var header = sheet.getRow(0);
            for (int i = 0; i < IMPORT_COLUMNS.size(); i++) {
                String h = header == null || header.getCell(i) == null ? "" : f.formatCellValue(header.getCell(i)).strip();
                if (!IMPORT_COLUMNS.get(i).equals(h)) {
                    throw new InvalidInputException("第1行应为表头：" + String.join("、", IMPORT_COLUMNS),
                            Map.of("file", "表头应为 " + String.join("、", IMPORT_COLUMNS)));
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String month = row.getCell(0) == null ? "" : f.formatCellValue(row.getCell(0)).strip();
                String count = row.getCell(1) == null ? "" : f.formatCellValue(row.getCell(1)).strip();
                if (month.isEmpty() && count.isEmpty()) {
                    continue;
                }
                try {
                    rows.add(new Object[] {YearMonth.parse(month), Integer.parseInt(count)});
                } catch (RuntimeException e) {
                    errors.put("第" + (r + 1) + "行", "月份应为 yyyy-MM，案件数应为整数");
                }
            }
        } catch (java.io.IOException | org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new InvalidInputException("无法读取 Excel 文件", Map.of("file", "不是有效的 Excel 文件"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("导入未进行：" + String.join("；", errors.keySet()) + " 有误", errors);
        }
        for (Object[] row : rows) {
            enterPaperCount(actor, actor.unitId(), (YearMonth) row[0], (Integer) row[1]);
        }
        return rows.size();
    }

    public static List<YearMonth> quarter(int year, int quarter) {
        List<YearMonth> months = new ArrayList<>();
        for (int m = (quarter - 1) * 3 + 1; m <= quarter * 3; m++) {
            months.add(YearMonth.of(year, m));
        }
        return months;
    }

    /** The supervision bureau issues the quarter's bulletin once the quarter has ended, naming the units under target. */
    @Transactional
    public Bulletin issue(Actor actor, int year, int quarter) {
        if (!actor.hasRole("SUPERVISOR") || !scope.seesAll(actor)) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(33), "系统应用情况通报由州执法监督局发布"));
        }
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInputException("季度应为 1–4", Map.of("quarter", "季度应为 1–4"));
        }
        List<YearMonth> months = quarter(year, quarter);
        if (!YearMonth.now(clock).isAfter(months.get(2))) {
            throw new InvalidInputException("季度尚未结束，不能通报", Map.of("quarter", "季度尚未结束"));
        }
        List<Usage> all = usage(actor, months);
        Map<String, Object> rates = new LinkedHashMap<>();
        for (Usage u : all) {
            rates.put(Long.toString(u.unitId()), Map.of("unitName", u.unitName(), "rate", u.rate() == null ? "" : u.rate().toPlainString(),
                    "below", u.below(), "missing", u.rate() == null));
        }
        try {
            jdbc.sql("""
                    insert into usage_bulletin (year, quarter, definition, target, rates, issued_at, issued_by)
                    values (?, ?, ?, ?, cast(? as jsonb), ?, ?)
                    """).params(year, quarter, definition(), target(), MonthlyReports.JSON.writeValueAsString(rates),
                    Timestamp.from(clock.instant()), actor.username()).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException(year + " 年第" + quarter + "季度的通报已发布");
        }
        String named = all.stream().filter(u -> u.below() || u.rate() == null).map(Usage::unitName).collect(Collectors.joining("、"));
        audit.success("USAGE_BULLETIN_ISSUED", "USAGE_BULLETIN", year + "Q" + quarter, year + " 年第" + quarter
                + "季度系统应用情况通报" + (named.isEmpty() ? "：各单位均达标" : "：通报 " + named));
        return latestBulletin().orElseThrow();
    }

    /** A bulletin: the units named (under target, or whose rate cannot be computed) with their rates. */
    public record Bulletin(int year, int quarter, String definition, BigDecimal target, List<Named> named, Instant issuedAt) {
    }

    public record Named(long unitId, String unitName, String rate, boolean missing) {
    }

    public Optional<Bulletin> latestBulletin() {
        return jdbc.sql("select * from usage_bulletin order by year desc, quarter desc limit 1").query((rs, i) -> {
            Map<String, Map<String, Object>> rates = MonthlyReports.JSON.readValue(rs.getString("rates"),
                    new tools.jackson.core.type.TypeReference<Map<String, Map<String, Object>>>() { });
            List<Named> named = new ArrayList<>();
            rates.forEach((id, r) -> {
                if (Boolean.TRUE.equals(r.get("below")) || Boolean.TRUE.equals(r.get("missing"))) {
                    named.add(new Named(Long.parseLong(id), (String) r.get("unitName"), (String) r.get("rate"),
                            Boolean.TRUE.equals(r.get("missing"))));
                }
            });
            return new Bulletin(rs.getInt("year"), rs.getInt("quarter"), rs.getString("definition"),
                    rs.getBigDecimal("target"), named, rs.getTimestamp("issued_at").toInstant());
        }).optional();
    }

    /** A head whose unit the latest bulletin names sees it on the home page. */
    @Override
    public List<Notice> noticesFor(Actor actor) {
        if (!actor.hasRole("UNIT_HEAD")) {
            return List.of();
        }
        return latestBulletin().stream().flatMap(b -> b.named().stream().filter(n -> n.unitId() == actor.unitId())
                .map(n -> new Notice(b.year() + " 年第" + b.quarter() + "季度系统应用情况通报：本单位使用率"
                        + (n.missing() ? "无法计算（未填报纸质登记数）" : n.rate() + " %") + "，低于 " + b.target().stripTrailingZeros().toPlainString()
                        + " %（方案第33条）", "/reporting/usage"))).toList();
    }

    private static void requireReader(Actor actor) {
        if (!(actor.hasRole("UNIT_HEAD") || actor.hasRole("SUPERVISOR"))) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(33), "系统使用率由单位负责人和执法监督人员查看"));
        }
    }
}
