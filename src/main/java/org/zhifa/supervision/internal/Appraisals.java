package org.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.identity.OrgUnitKind;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerView;
import org.zhifa.personnel.TrainingProgress;
import org.zhifa.supervision.SupervisionProperties;
import org.zhifa.supervision.UnitUsage;

/**
 * The yearly appraisal of units (评议考核) from the data, with configurable weights: enforcement = the average score of
 * the unit's files evaluated that year; supervision = the share of the unit's followed-up complaints rated satisfied or
 * basically satisfied; complaints = 100 less {@code appraisal-complaint-points} per complaint accepted about the unit
 * that year (not below 0); rules = the share of the unit's officers whose training hours reach the target; usage = the
 * system usage rate of the year (方案第33条) through the {@link UnitUsage} port that reporting implements. A component
 * without data is shown as such and left out, the other weights scaled up. The supervision bureau adjusts a unit's
 * total with a recorded reason.
 */
@Service
public class Appraisals {

    /** One unit's row: components (null: no data), weighted total, adjustments, final. */
    public record Row(long unitId, String unitName, BigDecimal enforcement, int evaluatedFiles, BigDecimal supervision,
            int followedUp, BigDecimal complaints, int complaintCount, BigDecimal rules, int officers, BigDecimal usage,
            String usageNote, BigDecimal computed, BigDecimal adjustment, List<String> adjustmentReasons,
            BigDecimal total) {
    }

    /** The report with its weights, the points per complaint and the usage definition (null: usage not connected). */
    public record Report(int year, Map<String, Integer> weights, BigDecimal complaintPoints, String usageDefinition,
            List<Row> rows) {
    }

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final OfficerDirectory officers;
    private final Optional<TrainingProgress> training;
    private final AuditTrail audit;
    private final Clock clock;
    private final SupervisionProperties settings;
    private final org.springframework.beans.factory.ObjectProvider<UnitUsage> usage;

    Appraisals(JdbcClient jdbc, OrgUnits units, OfficerDirectory officers, Optional<TrainingProgress> training,
            AuditTrail audit, Clock clock, SupervisionProperties settings,
            org.springframework.beans.factory.ObjectProvider<UnitUsage> usage) {
        this.usage = usage;
        this.jdbc = jdbc;
        this.units = units;
        this.officers = officers;
        this.training = training;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    public Report report(int year) {
        Map<Long, BigDecimal[]> eval = new HashMap<>();
        jdbc.sql("""
                select unit_id, avg(score), count(*) from eval_file
                where state = 'SCORED' and extract(year from scored_at at time zone 'Asia/Shanghai') = :y
                group by unit_id""").param("y", year).query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                eval.put(rs.getLong(1), new BigDecimal[] {rs.getBigDecimal(2), BigDecimal.valueOf(rs.getLong(3))}));
        Map<Long, long[]> complaints = new HashMap<>();
        jdbc.sql("""
                select unit_id, count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY')), count(*)
                from complaint_handling where satisfaction is not null and extract(year from accepted_on) = :y
                group by unit_id""").param("y", year).query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                complaints.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}));
        // complaints accepted in the year about the unit: the unit it was assigned to, else the unit named
        Map<Long, Integer> accepted = new HashMap<>();
        jdbc.sql("""
                select coalesce(unit_id, concerned_unit_id), count(*) from complaint_handling
                where coalesce(unit_id, concerned_unit_id) is not null and extract(year from accepted_on) = :y
                group by 1""").param("y", year).query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                accepted.put(rs.getLong(1), rs.getInt(2)));
        UnitUsage usagePort = usage.getIfAvailable();
        String usageDefinition = null;
        Map<Long, BigDecimal[]> adjustments = new HashMap<>();
        Map<Long, List<String>> reasons = new HashMap<>();
        jdbc.sql("select unit_id, points, reason, adjusted_by from appraisal_adjustment where year = :y order by id")
                .param("y", year).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    adjustments.computeIfAbsent(rs.getLong(1), k -> new BigDecimal[] {BigDecimal.ZERO})[0] =
                            adjustments.get(rs.getLong(1))[0].add(rs.getBigDecimal(2));
                    reasons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getBigDecimal(2)
                            .toPlainString() + " 分：" + rs.getString(3) + "（" + rs.getString(4) + "）");
                });
        List<Row> rows = new ArrayList<>();
        for (var u : units.all()) {
            if (u.kind() != OrgUnitKind.BRIGADE && u.kind() != OrgUnitKind.COUNTY_BUREAU) {
                continue;
            }
            BigDecimal[] e = eval.get(u.id());
            BigDecimal enforcement = e == null ? null : e[0].setScale(2, RoundingMode.HALF_UP);
            long[] c = complaints.get(u.id());
            BigDecimal supervision = c == null || c[1] == 0 ? null
                    : BigDecimal.valueOf(100 * c[0]).divide(BigDecimal.valueOf(c[1]), 2, RoundingMode.HALF_UP);
            List<OfficerView> staff = officers.inPost(List.of(u.id()), false);
            BigDecimal rules = null;
            if (!staff.isEmpty() && training.isPresent()) {
                Map<Long, BigDecimal> hours = training.get().countedHours(year,
                        staff.stream().map(OfficerView::id).toList());
                long reached = staff.stream().filter(o -> hours.getOrDefault(o.id(), BigDecimal.ZERO)
                        .compareTo(training.get().annualTarget()) >= 0).count();
                rules = BigDecimal.valueOf(100 * reached).divide(BigDecimal.valueOf(staff.size()), 2,
                        RoundingMode.HALF_UP);
            }
            int complaintCount = accepted.getOrDefault(u.id(), 0);
            BigDecimal complaintScore = complaintsScore(complaintCount, settings.appraisalComplaintPoints());
            BigDecimal usageRate = null;
            String usageNote = "未接入";
            if (usagePort != null) {
                Optional<UnitUsage.Rate> rate = usagePort.yearly(year, u.id());
                usageRate = rate.map(UnitUsage.Rate::percent).orElse(null);
                usageNote = rate.map(r -> r.reportingUnitName() + (r.percent() == null ? "：" + r.why() : ""))
                        .orElse("无数据");
                if (usageDefinition == null && rate.isPresent()) {
                    usageDefinition = rate.get().definition();
                }
            }
            Map<String, BigDecimal> parts = new HashMap<>();
            parts.put("enforcement", enforcement);
            parts.put("supervision", supervision);
            parts.put("complaints", complaintScore);
            parts.put("rules", rules);
            parts.put("usage", usageRate);
            BigDecimal computed = weighted(settings.appraisalWeights(), parts);
            BigDecimal adj = adjustments.containsKey(u.id()) ? adjustments.get(u.id())[0] : BigDecimal.ZERO;
            rows.add(new Row(u.id(), u.name(), enforcement, e == null ? 0 : e[1].intValue(), supervision,
                    c == null ? 0 : (int) c[1], complaintScore, complaintCount, rules, staff.size(), usageRate,
                    usageNote, computed, adj, reasons.getOrDefault(u.id(), List.of()),
                    computed == null ? null : computed.add(adj)));
        }
        return new Report(year, settings.appraisalWeights(), settings.appraisalComplaintPoints(), usageDefinition,
                rows);
    }

    /** 100 less the points per complaint accepted about the unit, not below 0. */
    static BigDecimal complaintsScore(int complaints, BigDecimal pointsEach) {
        BigDecimal s = BigDecimal.valueOf(100).subtract(pointsEach.multiply(BigDecimal.valueOf(complaints)));
        return s.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /** Weighted mean of the components that have data (weights of the others left out). */
    static BigDecimal weighted(Map<String, Integer> weights, Map<String, BigDecimal> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        int weight = 0;
        for (String k : SupervisionProperties.APPRAISAL_COMPONENTS) {
            int pw = weights.getOrDefault(k, 0);
            BigDecimal v = parts.get(k);
            if (v != null && pw > 0) {
                sum = sum.add(v.multiply(BigDecimal.valueOf(pw)));
                weight += pw;
            }
        }
        return weight == 0 ? null : sum.divide(BigDecimal.valueOf(weight), 2, RoundingMode.HALF_UP);
    }

    @Transactional
    public void adjust(Actor actor, int year, Long unitId, BigDecimal points, String reason) {
        if (!actor.hasRole("SUPERVISOR")) {
            throw new AccessDeniedException("评议考核结果由执法监督局调整");
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (unitId == null || units.find(unitId).isEmpty()) {
            errors.put("unitId", "请选择单位");
        }
        if (points == null || points.signum() == 0) {
            errors.put("points", "请填写调整分值（不为零）");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "请填写调整理由");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.values().iterator().next(), errors);
        }
        jdbc.sql("""
                insert into appraisal_adjustment (year, unit_id, points, reason, adjusted_by, adjusted_at)
                values (:y, :u, :p, :r, :by, :at)""").param("y", year).param("u", unitId).param("p", points)
                .param("r", reason.strip()).param("by", actor.displayName())
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
        audit.success("APPRAISAL_ADJUSTED", "APPRAISAL", year + "/" + unitId, "调整评议考核 " + points + " 分："
                + reason.strip());
    }
}
