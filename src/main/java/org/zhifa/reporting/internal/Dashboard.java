package org.zhifa.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.zhifa.cases.CaseStatistics;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.Law;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.inspection.InspectionStatistics;
import org.zhifa.nonsite.NonSiteStatistics;
import org.zhifa.supervision.SupervisionFigures;

/**
 * The dashboards of heads (their unit and its subordinates) and supervisors (the prefecture): each chart's series
 * with, for every bar or slice, the list page behind it.
 */
@Service
public class Dashboard {

    private final CaseStatistics cases;
    private final NonSiteStatistics nonsite;
    private final InspectionStatistics inspections;
    private final MonthlyReports reports;
    private final UsageRates usage;
    private final ObjectProvider<SupervisionFigures> supervision;
    private final DataScope scope;
    private final Clock clock;

    Dashboard(CaseStatistics cases, NonSiteStatistics nonsite, InspectionStatistics inspections, MonthlyReports reports,
            UsageRates usage, ObjectProvider<SupervisionFigures> supervision, DataScope scope, Clock clock) {
        this.cases = cases;
        this.nonsite = nonsite;
        this.inspections = inspections;
        this.reports = reports;
        this.usage = usage;
        this.supervision = supervision;
        this.scope = scope;
        this.clock = clock;
    }

    /** A point of a chart: its label, value and the list it opens. */
    public record Point(String name, Object value, String link) {
    }

    /** A chart: title, kind (bar, pie, line), its series (name to points). */
    public record Chart(String id, String title, String kind, Map<String, List<Point>> series) {
    }

    public List<Chart> charts(Actor actor) {
        if (!(actor.hasRole("UNIT_HEAD") || actor.hasRole("SUPERVISOR"))) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(33), "看板供单位负责人和执法监督人员使用"));
        }
        Set<Long> units = scope.visibleUnitIds(actor);
        LocalDate today = LocalDate.now(clock);
        YearMonth now = YearMonth.from(today);
        List<Chart> charts = new ArrayList<>();

        List<Point> stages = new ArrayList<>();
        cases.openByState(units).forEach(c -> stages.add(new Point(c.label(), c.cases(), "/cases?state=" + c.state())));
        charts.add(new Chart("stages", "办理中案件（按环节）", "bar", Map.of("案件", stages)));

        long overdue = cases.overdue(units, today);
        long open = stages.stream().mapToLong(p -> (Long) p.value()).sum();
        charts.add(new Chart("clocks", "办理中案件的法定期限", "pie", Map.of("案件", List.of(
                new Point("已超期", overdue, "/cases?overdue=true"),
                new Point("未超期", Math.max(0, open - overdue), "/cases")))));

        List<Point> fines = new ArrayList<>();
        List<Point> passages = new ArrayList<>();
        List<Point> over = new ArrayList<>();
        List<Point> clues = new ArrayList<>();
        List<Point> random = new ArrayList<>();
        List<Point> daily = new ArrayList<>();
        List<Point> patrols = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth m = now.minusMonths(i);
            long fen = cases.monthly(m, units).stream().mapToLong(CaseStatistics.MonthlyCaseFigures::fineFen).sum();
            fines.add(new Point(m.toString(), BigDecimal.valueOf(fen, 2), "/reporting/monthly?month=" + m));
            var n = nonsite.monthly(m, units);
            String link = "/nonsite/stats?from=" + m.atDay(1) + "&to=" + m.atEndOfMonth();
            passages.add(new Point(m.toString(), n.passages(), link));
            over.add(new Point(m.toString(), n.overLimit(), link));
            clues.add(new Point(m.toString(), n.clues(), link));
            var counts = inspections.counts(units, m.atDay(1), m.atEndOfMonth());
            String records = "/inspection/records?from=" + m.atDay(1) + "&to=" + m.atEndOfMonth();
            random.add(new Point(m.toString(), counts.stream().mapToLong(InspectionStatistics.UnitCounts::randomInspections)
                    .sum(), records));
            daily.add(new Point(m.toString(), counts.stream().mapToLong(InspectionStatistics.UnitCounts::otherInspections)
                    .sum(), records));
            patrols.add(new Point(m.toString(), counts.stream().mapToLong(InspectionStatistics.UnitCounts::patrols).sum(),
                    "/patrol"));
        }
        charts.add(new Chart("fines", "罚款金额（元，按决定月份）", "bar", Map.of("罚款", fines)));
        Map<String, List<Point>> flow = new LinkedHashMap<>();
        flow.put("过车", passages);
        flow.put("超限", over);
        flow.put("线索", clues);
        charts.add(new Chart("nonsite", "非现场执法流量", "line", flow));
        Map<String, List<Point>> inspected = new LinkedHashMap<>();
        inspected.put("双随机抽查", random);
        inspected.put("其他检查", daily);
        inspected.put("巡查", patrols);
        charts.add(new Chart("inspections", "执法检查与巡查（按月）", "bar", inspected));

        List<Point> rates = new ArrayList<>();
        for (var u : usage.usage(actor, List.of(now))) {
            rates.add(new Point(u.unitName(), u.rate(), "/reporting/usage?month=" + now));
        }
        charts.add(new Chart("usage", "本月系统使用率（%）", "bar", Map.of("使用率", rates)));

        SupervisionFigures s = supervision.getIfAvailable();
        if (s != null) {
            List<Point> scores = new ArrayList<>();
            for (int i = 11; i >= 0; i--) {
                YearMonth m = now.minusMonths(i);
                scores.add(new Point(m.toString(), s.monthly(m, units).meanScore(), "/supervision"));
            }
            charts.add(new Chart("evaluations", "案卷评查平均分", "line", Map.of("平均分", scores)));
        }

        YearMonth last = now.minusMonths(1);
        long flagged = reports.submissions(actor, last).stream().filter(x -> x.flag().flagged()).count();
        long pending = reports.submissions(actor, last).stream().filter(x -> x.flag() == MonthlyReports.Flag.PENDING).count();
        charts.add(new Chart("overdue", "逾期事项", "bar", Map.of("件数", List.of(
                new Point("案件期限超期", overdue, "/cases?overdue=true"),
                new Point(last + " 月报逾期或未报", flagged, "/reporting/monthly?month=" + last),
                new Point(last + " 月报待报送", pending, "/reporting/monthly?month=" + last)))));
        return charts;
    }
}
