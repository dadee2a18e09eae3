package org.zhifa.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.Law;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;

/** Excel exports in the provincial layout: one unit's report version, or the prefecture's month (every unit). */
@Service
public class ReportExports {

    private final MonthlyReports reports;
    private final MonthlyStatistics statistics;
    private final ReportWorkbook workbook;
    private final DataScope scope;
    private final AuditTrail audit;
    private final org.zhifa.identity.OrgUnits units;

    ReportExports(MonthlyReports reports, MonthlyStatistics statistics, ReportWorkbook workbook, DataScope scope,
            AuditTrail audit, org.zhifa.identity.OrgUnits units) {
        this.units = units;
        this.reports = reports;
        this.statistics = statistics;
        this.workbook = workbook;
        this.scope = scope;
        this.audit = audit;
    }

    public record File(String name, byte[] bytes) {
    }

    public File monthly(Actor actor, long id) {
        MonthlyReport r = reports.read(actor, id);
        byte[] bytes = workbook.write(List.of(row(r)));
        audit.success("MONTHLY_REPORT_EXPORTED", "MONTHLY_REPORT", id, r.unitName() + r.month() + " 第" + r.version() + "版导出 Excel");
        return new File(r.unitName() + "-" + r.month() + "-第" + r.version() + "版.xlsx", bytes);
    }

    /**
     * The prefecture's month: the latest version of each reporting unit (its figures as drafted or submitted; a unit
     * without a report is computed now and marked 未报送), then the prefecture's total computed from the records.
     */
    public File prefecture(Actor actor, YearMonth month) {
        if (!scope.seesAll(actor)) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(9), "全州汇总报表由州级单位查看"));
        }
        Map<Long, Map<String, Long>> computed = statistics.perReportingUnit(month);
        List<ReportWorkbook.RowData> rows = new ArrayList<>();
        for (OrgUnitView u : statistics.reportingUnits()) {
            var latest = reports.latest(u.id(), month);
            if (latest.isPresent()) {
                rows.add(row(latest.get()));
            } else {
                rows.add(new ReportWorkbook.RowData(u.name(), u.code(), month.toString(), null, null, null,
                        computed.get(u.id()), Map.of()));
            }
        }
        rows.add(new ReportWorkbook.RowData("全州合计（按记录计算）", "HX", month.toString(), null, null, null,
                computed.get(0L), Map.of()));
        audit.success("PREFECTURE_REPORT_EXPORTED", "MONTHLY_REPORT", month, month + " 全州月度统计导出 Excel");
        return new File("全州-" + month + ".xlsx", workbook.write(rows));
    }

    private ReportWorkbook.RowData row(MonthlyReport r) {
        return new ReportWorkbook.RowData(r.unitName(), units.find(r.unitId()).map(OrgUnitView::code).orElse(null), r.month().toString(), r.version(), r.submittedAt(),
                r.submittedByName(), r.figures(), r.remedies());
    }
}
