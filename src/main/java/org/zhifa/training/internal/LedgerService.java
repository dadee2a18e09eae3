package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.common.Actor;
import org.zhifa.common.PageResult;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerView;
import org.zhifa.training.TrainingCategory;
import org.zhifa.training.TrainingFormat;
import org.zhifa.training.TrainingProperties;

/** The training ledger (培训台账) of a year: per officer, per unit, and who is below the target. */
@Service
@Transactional(readOnly = true)
public class LedgerService {

    private final LedgerQueries queries;
    private final OfficerDirectory directory;
    private final TrainingAccess access;
    private final TrainingProperties properties;
    private final JdbcClient jdbc;

    LedgerService(LedgerQueries queries, OfficerDirectory directory, TrainingAccess access,
            TrainingProperties properties, JdbcClient jdbc) {
        this.queries = queries;
        this.directory = directory;
        this.access = access;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** A unit's progress: how many officers met the target, and the average counted hours. */
    public record UnitProgress(long unitId, String unitName, int officers, int met, BigDecimal averageHours,
            int percent) {
    }

    public record Ledger(int year, BigDecimal target, List<UnitProgress> units, PageResult<LedgerLine> lines,
            long belowTarget, long officers) {
    }

    public Ledger ledger(Actor actor, int year, Long unitId, boolean belowOnly, String q, int page, int size) {
        List<LedgerLine> all = lines(actor, year, unitId);
        BigDecimal target = properties.annualTargetHours();
        Map<Long, List<LedgerLine>> byUnit = new LinkedHashMap<>();
        all.forEach(l -> byUnit.computeIfAbsent(l.unitId(), k -> new ArrayList<>()).add(l));
        List<UnitProgress> units = byUnit.entrySet().stream().map(e -> {
            List<LedgerLine> ls = e.getValue();
            BigDecimal sum = ls.stream().map(LedgerLine::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal avg = sum.divide(BigDecimal.valueOf(ls.size()), 1, RoundingMode.HALF_UP);
            int met = (int) ls.stream().filter(l -> !l.belowTarget()).count();
            return new UnitProgress(e.getKey(), ls.get(0).unitName(), ls.size(), met, avg,
                    TrainingTargetPolicy.percent(new TrainingHours(avg, null, null, null), target));
        }).toList();
        List<LedgerLine> filtered = all.stream()
                .filter(l -> !belowOnly || l.belowTarget())
                .filter(l -> q == null || q.isBlank() || l.name().contains(q.trim()))
                .toList();
        int from = Math.min(page * size, filtered.size());
        int to = Math.min(from + size, filtered.size());
        long below = all.stream().filter(LedgerLine::belowTarget).count();
        return new Ledger(year, target, units, new PageResult<>(filtered.subList(from, to), filtered.size(), page, size),
                below, all.size());
    }

    /** Every ledger line the actor may see for the year (officers in post, ordered by unit and name). */
    public List<LedgerLine> lines(Actor actor, int year, Long unitId) {
        List<OfficerView> officers = directory.inPost(access.unitsUnder(actor, unitId), false);
        Map<Long, TrainingHours> hours = queries.hours(year, officers.stream().map(OfficerView::id).toList());
        BigDecimal target = properties.annualTargetHours();
        Map<Long, String> unitNames = new java.util.HashMap<>();
        return officers.stream().map(o -> new LedgerLine(o.id(), o.name(), o.unitId(),
                unitNames.computeIfAbsent(o.unitId(), access::unitName),
                hours.getOrDefault(o.id(), TrainingHours.NONE), target)).toList();
    }

    public LedgerLine line(OfficerView o, int year) {
        return new LedgerLine(o.id(), o.name(), o.unitId(), access.unitName(o.unitId()),
                queries.hours(year, List.of(o.id())).getOrDefault(o.id(), TrainingHours.NONE),
                properties.annualTargetHours());
    }

    /** A session an officer attended. */
    public record Attended(long sessionId, String title, LocalDate heldOn, TrainingCategory category,
            TrainingFormat form, BigDecimal hours) {
    }

    public List<Attended> attended(long officerId, int year) {
        return jdbc.sql("""
                select s.id, s.title, s.held_on, a.category, s.form, a.hours
                from training_attendance a join training_session s on s.id = a.session_id
                where a.officer_id = ? and a.year = ? order by s.held_on, s.id
                """).params(officerId, year)
                .query((rs, n) -> new Attended(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        TrainingCategory.valueOf(rs.getString(4)), TrainingFormat.valueOf(rs.getString(5)),
                        rs.getBigDecimal(6)))
                .list();
    }
}
