package org.zhifa.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseStatistics;
import org.zhifa.cases.CaseStatistics.MonthlyCaseFigures;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.nonsite.NonSiteStatistics;
import org.zhifa.publicity.ComplaintStatistics;
import org.zhifa.reporting.Figure;
import org.zhifa.reporting.ReportingProperties;
import org.zhifa.supervision.SupervisionFigures;

/**
 * The monthly statistics of a reporting unit (itself and its subordinate units) or of the prefecture, from the other
 * modules' public statistics. A figure whose source is not deployed is absent from the map (printed 未接入), never 0.
 */
@Component
public class MonthlyStatistics {

    private final CaseStatistics cases;
    private final NonSiteStatistics nonsite;
    private final ComplaintStatistics complaints;
    private final ObjectProvider<SupervisionFigures> supervision;
    private final org.zhifa.inspection.InspectionStatistics inspections;
    private final OrgUnits units;
    private final ReportingProperties properties;

    MonthlyStatistics(CaseStatistics cases, NonSiteStatistics nonsite, ComplaintStatistics complaints,
            ObjectProvider<SupervisionFigures> supervision, org.zhifa.inspection.InspectionStatistics inspections,
            OrgUnits units, ReportingProperties properties) {
        this.inspections = inspections;
        this.cases = cases;
        this.nonsite = nonsite;
        this.complaints = complaints;
        this.supervision = supervision;
        this.units = units;
        this.properties = properties;
    }

    /** The units that submit a monthly report (setting {@code zhifa.reporting.reporting-unit-kinds}). */
    public List<OrgUnitView> reportingUnits() {
        return units.all().stream().filter(OrgUnitView::active)
                .filter(u -> properties.reportingUnitKinds().contains(u.kind().name())).toList();
    }

    public boolean isReportingUnit(long unitId) {
        return reportingUnits().stream().anyMatch(u -> u.id() == unitId);
    }

    /** The unit and every unit under it: what its report covers. */
    public Set<Long> covered(long unitId) {
        return units.descendantsAndSelf(unitId).stream().map(OrgUnitView::id).collect(Collectors.toSet());
    }

    /** Every unit of the prefecture (the prefecture report). */
    public Set<Long> prefecture() {
        return units.all().stream().map(OrgUnitView::id).collect(Collectors.toSet());
    }

    /** The figures of the month for the given units together (without the figures the unit enters). */
    public Map<String, Long> figures(YearMonth month, Collection<Long> unitIds) {
        return figures(month, unitIds, cases.monthly(month, unitIds));
    }

    /** Figures per reporting unit and for the prefecture, the case figures in one statement. */
    public Map<Long, Map<String, Long>> perReportingUnit(YearMonth month) {
        Set<Long> all = prefecture();
        List<MonthlyCaseFigures> rows = cases.monthly(month, all);
        Map<Long, Map<String, Long>> out = new LinkedHashMap<>();
        for (OrgUnitView u : reportingUnits()) {
            Set<Long> covered = covered(u.id());
            out.put(u.id(), figures(month, covered, rows.stream().filter(r -> covered.contains(r.unitId())).toList()));
        }
        out.put(0L, figures(month, all, rows));
        return out;
    }

    private Map<String, Long> figures(YearMonth month, Collection<Long> unitIds, List<MonthlyCaseFigures> caseRows) {
        Map<String, Long> f = new LinkedHashMap<>();
        put(f, Figure.CASES_FILED, caseRows, MonthlyCaseFigures::filed);
        put(f, Figure.CASES_DECIDED, caseRows, MonthlyCaseFigures::decided);
        put(f, Figure.CASES_PENALTY, caseRows, MonthlyCaseFigures::penalty);
        put(f, Figure.CASES_NO_PENALTY_MINOR, caseRows, MonthlyCaseFigures::noPenaltyMinor);
        put(f, Figure.CASES_NO_PENALTY_NOT_ESTABLISHED, caseRows, MonthlyCaseFigures::noPenaltyNotEstablished);
        put(f, Figure.CASES_TRANSFER_OUTCOME, caseRows, MonthlyCaseFigures::transferOutcome);
        put(f, Figure.HEAVIEST_REVOCATION, caseRows, MonthlyCaseFigures::heaviestRevocation);
        put(f, Figure.HEAVIEST_SUSPENSION, caseRows, MonthlyCaseFigures::heaviestSuspension);
        put(f, Figure.HEAVIEST_DOWNGRADE, caseRows, MonthlyCaseFigures::heaviestDowngrade);
        put(f, Figure.HEAVIEST_CONFISCATION, caseRows, MonthlyCaseFigures::heaviestConfiscation);
        put(f, Figure.HEAVIEST_FINE, caseRows, MonthlyCaseFigures::heaviestFine);
        put(f, Figure.HEAVIEST_WARNING, caseRows, MonthlyCaseFigures::heaviestWarning);
        put(f, Figure.HEAVIEST_OTHER, caseRows, MonthlyCaseFigures::heaviestOther);
        put(f, Figure.CASES_SIMPLIFIED, caseRows, MonthlyCaseFigures::simplified);
        put(f, Figure.FINE_FEN, caseRows, MonthlyCaseFigures::fineFen);
        put(f, Figure.CONFISCATION_FEN, caseRows, MonthlyCaseFigures::confiscationFen);
        put(f, Figure.HEARINGS, caseRows, MonthlyCaseFigures::hearings);
        put(f, Figure.LEGAL_REVIEWS, caseRows, MonthlyCaseFigures::legalReviews);
        put(f, Figure.TRANSFERS, caseRows, MonthlyCaseFigures::transfers);
        java.time.LocalDate first = month.atDay(1);
        java.time.LocalDate last = month.atEndOfMonth();
        f.put(Figure.INSPECTED_OBJECTS.key(), inspections.objectsInspected(unitIds, first, last));
        var ic = inspections.counts(unitIds, first, last);
        f.put(Figure.INSPECTIONS_RANDOM.key(), ic.stream().mapToLong(x -> x.randomInspections()).sum());
        f.put(Figure.INSPECTIONS_FOLLOW_UP.key(), ic.stream().mapToLong(x -> x.followUps()).sum());
        f.put(Figure.INSPECTIONS_CORRECTIONS.key(), ic.stream().mapToLong(x -> x.corrections()).sum());
        f.put(Figure.INSPECTIONS_CASE_SOURCES.key(), ic.stream().mapToLong(x -> x.caseSources()).sum());
        f.put(Figure.PATROLS.key(), ic.stream().mapToLong(x -> x.patrols()).sum());
        f.put(Figure.PATROL_FINDINGS.key(), ic.stream().mapToLong(x -> x.patrolFindings()).sum());
        var c = complaints.monthly(month, unitIds);
        f.put(Figure.COMPLAINTS_RECEIVED.key(), c.received());
        f.put(Figure.COMPLAINTS_ACKNOWLEDGED.key(), c.acknowledged());
        f.put(Figure.COMPLAINTS_GREEN.key(), c.greenChannel());
        SupervisionFigures s = supervision.getIfAvailable();
        if (s != null) {
            f.put(Figure.EVALUATIONS.key(), s.monthly(month, unitIds).evaluated());
        }
        var n = nonsite.monthly(month, unitIds);
        f.put(Figure.NONSITE_PASSAGES.key(), n.passages());
        f.put(Figure.NONSITE_OVER_LIMIT.key(), n.overLimit());
        f.put(Figure.NONSITE_CLUES.key(), n.clues());
        f.put(Figure.NONSITE_CASES.key(), n.cases());
        return f;
    }

    private static void put(Map<String, Long> f, Figure figure, List<MonthlyCaseFigures> rows,
            java.util.function.ToLongFunction<MonthlyCaseFigures> value) {
        f.put(figure.key(), rows.stream().mapToLong(value).sum());
    }

    /** The figures in the order of {@link Figure}, as label/value lines for pages and documents. */
    public static List<Line> lines(Map<String, Long> figures, Map<String, Long> entered) {
        List<Line> out = new ArrayList<>();
        for (Figure f : Figure.values()) {
            Long v = f.kind() == Figure.Kind.ENTERED ? entered.get(f.key()) : figures.get(f.key());
            out.add(new Line(f, v));
        }
        return out;
    }

    /** A figure and its value (null: source not connected, or not entered yet). */
    public record Line(Figure figure, Long value) {
        public String text() {
            if (value == null) {
                return figure.kind() == Figure.Kind.ENTERED ? "未填报" : "未接入";
            }
            if (figure.kind() == Figure.Kind.MONEY) {
                return java.math.BigDecimal.valueOf(value, 2).toPlainString();
            }
            return Long.toString(value);
        }
    }
}
