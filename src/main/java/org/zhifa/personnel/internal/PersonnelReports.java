package org.zhifa.personnel.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;
import org.zhifa.identity.OrgUnitKind;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.identity.UserDirectory;
import org.zhifa.identity.UserView;
import org.zhifa.personnel.PersonnelProperties;

/** Alerts on certificates and the legal reviewer ratio of units. */
@Component
public class PersonnelReports {

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final UserDirectory users;
    private final PersonnelProperties properties;
    private final Clock clock;

    PersonnelReports(JdbcClient jdbc, OrgUnits units, UserDirectory users, PersonnelProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.properties = properties;
        this.users = users;
        this.clock = clock;
    }

    /** A certificate needing attention. */
    public record CertificateAlert(long officerId, String officerName, long unitId, String unitName, String number,
            LocalDate expiresOn, long days, String userState) {
    }

    /** Someone who left the post whose certificate has not yet been cancelled (方案第6条). */
    public record CancellationAlert(long taskId, long officerId, String officerName, long unitId, String unitName,
            LocalDate leftOn, LocalDate reportedOn, long daysOpen) {
    }

    public record Alerts(int warningDays, List<CertificateAlert> expiring, List<CertificateAlert> expiredActiveUsers,
            List<CancellationAlert> openCancellations) {

        public int total() {
            return expiring.size() + expiredActiveUsers.size() + openCancellations.size();
        }
    }

    public Alerts alerts(Collection<Long> unitIds) {
        LocalDate today = LocalDate.now(clock);
        int days = properties.expiryWarningDays();
        if (unitIds.isEmpty()) {
            return new Alerts(days, List.of(), List.of(), List.of());
        }
        List<CertificateAlert> expiring = jdbc.sql("""
                select o.id, o.name, o.unit_id, c.number, c.expires_on, o.user_id
                from enforcement_certificate c join officer o on o.id = c.officer_id
                where c.state = 'VALID' and c.expires_on between :today and :until and o.status = 'ACTIVE'
                  and o.unit_id in (:units)
                order by c.expires_on, o.name
                """).param("today", today).param("until", today.plusDays(days)).param("units", unitIds)
                .query((rs, n) -> alert(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), today, null))
                .list();
        // Expired certificates still attached to an enabled account: the person can still log in and act.
        List<CertificateAlert> expired = new ArrayList<>();
        jdbc.sql("select o.id, o.name, o.unit_id, cc.number, cc.expires_on, o.user_id from officer o "
                        + OfficerQueries.CURRENT_CERTIFICATE
                        + " where cc.eff = 'EXPIRED' and o.user_id is not null and o.unit_id in (:units)"
                        + " order by cc.expires_on, o.name")
                .param("today", today).param("units", unitIds)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), rs.getLong(6)})
                .list().forEach(r -> {
                    UserView user = users.find((Long) r[5]).orElse(null);
                    if (user != null && user.enabled()) {
                        expired.add(alert((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (LocalDate) r[4],
                                today, user.username() + "（启用中）"));
                    }
                });
        List<CancellationAlert> open = jdbc.sql("""
                select t.id, o.id, o.name, o.unit_id, o.left_on, t.reported_on, t.started_on
                from cancellation_task t join officer o on o.id = t.officer_id
                where t.completed_on is null and o.unit_id in (:units)
                order by t.started_on, o.name
                """).param("units", unitIds)
                .query((rs, n) -> new CancellationAlert(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        unitName(rs.getLong(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        java.time.temporal.ChronoUnit.DAYS.between(rs.getObject(7, LocalDate.class), today)))
                .list();
        return new Alerts(days, expiring, expired, open);
    }

    private CertificateAlert alert(long officerId, String name, long unitId, String number, LocalDate expiresOn,
            LocalDate today, String userState) {
        return new CertificateAlert(officerId, name, unitId, unitName(unitId), number, expiresOn,
                java.time.temporal.ChronoUnit.DAYS.between(today, expiresOn), userState);
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(OrgUnitView::name).orElse("");
    }

    /** The ratio of one unit (with the units it serves) and its findings. */
    public record UnitRatio(long unitId, String unitName, int officers, int reviewers, BigDecimal ratio,
            List<Rejection> findings, List<ReviewerLine> reviewerList) {

        public boolean flagged() {
            return !findings.isEmpty();
        }

        public String percent() {
            return ReviewerRatioPolicy.percent(ratio);
        }
    }

    public record ReviewerLine(long officerId, String name, long unitId, boolean qualified) {
    }

    /**
     * One line per unit that is not a brigade: a bureau's reviewers serve the brigade below it, so the bureau's
     * line counts its whole subtree.
     */
    public List<UnitRatio> reviewerRatios(Set<Long> visibleUnits) {
        record Person(long id, String name, long unitId, boolean reviewer, boolean qualified) {
        }
        List<Person> people = jdbc.sql("""
                select id, name, unit_id, legal_reviewer, legal_qualification from officer
                where kind = 'OFFICER' and status = 'ACTIVE'
                """).query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
                rs.getBoolean(5))).list();
        List<UnitRatio> result = new ArrayList<>();
        for (OrgUnitView unit : units.all()) {
            if (unit.kind() == OrgUnitKind.BRIGADE || !visibleUnits.contains(unit.id())) {
                continue;
            }
            Set<Long> subtree = units.descendantsAndSelf(unit.id()).stream().map(OrgUnitView::id)
                    .collect(Collectors.toSet());
            List<Person> inUnit = people.stream().filter(p -> subtree.contains(p.unitId())).toList();
            List<Person> reviewers = inUnit.stream().filter(Person::reviewer).toList();
            List<Rejection> findings = new ArrayList<>();
            PolicyDecision ratio = ReviewerRatioPolicy.check(inUnit.size(), reviewers.size(),
                    properties.reviewerRatioMinimum());
            findings.addAll(ratio.rejections());
            reviewers.stream().filter(p -> !p.qualified())
                    .forEach(p -> findings.add(ReviewerRatioPolicy.unqualified(p.name())));
            result.add(new UnitRatio(unit.id(), unit.name(), inUnit.size(), reviewers.size(),
                    ReviewerRatioPolicy.ratio(inUnit.size(), reviewers.size()), findings,
                    reviewers.stream().map(p -> new ReviewerLine(p.id(), p.name(), p.unitId(), p.qualified())).toList()));
        }
        return result;
    }
}
