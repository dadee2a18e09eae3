package org.zhifa.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.personnel.CertificateChangeReason;
import org.zhifa.personnel.CertificateState;
import org.zhifa.personnel.EnforcementCategory;

/** Stores certificates and appends their history rows. */
@Repository
public class CertificateRepository {

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(EnforcementCertificate c) {
        long id = jdbc.sql("""
                insert into enforcement_certificate (officer_id, number, issuing_authority, categories, issued_on,
                    expires_on, state)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(c.officerId(), c.number(), c.issuingAuthority(), encode(c.categories()), c.issuedOn(),
                        c.expiresOn(), c.recordedState().name())
                .query(Long.class).single();
        appendEvents(id, c.pendingEvents());
        return id;
    }

    public void update(EnforcementCertificate c) {
        int n = jdbc.sql("""
                update enforcement_certificate set number = ?, expires_on = ?, state = ?, version = version + 1
                where id = ? and version = ?
                """).params(c.number(), c.expiresOn(), c.recordedState().name(), c.id(), c.version()).update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("certificate " + c.id());
        }
        appendEvents(c.id(), c.pendingEvents());
    }

    private void appendEvents(long certificateId, List<CertificateEvent> events) {
        for (CertificateEvent e : events) {
            jdbc.sql("""
                    insert into certificate_event (certificate_id, occurred_on, reason, from_state, to_state,
                        expires_on, number, note, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(certificateId, e.occurredOn(), e.reason().name(), e.from() == null ? null : e.from().name(),
                            e.to().name(), e.expiresOn(), e.number(), e.note(), e.recordedBy())
                    .update();
        }
    }

    public boolean numberTaken(String number) {
        return jdbc.sql("select count(*) from enforcement_certificate where number = ?").param(number.trim())
                .query(Long.class).single() > 0;
    }

    public Optional<EnforcementCertificate> find(long id) {
        return byWhere("c.id = ?", id).stream().findFirst();
    }

    public List<EnforcementCertificate> findByOfficer(long officerId) {
        return byWhere("c.officer_id = ?", officerId);
    }

    private List<EnforcementCertificate> byWhere(String where, long param) {
        Map<Long, List<CertificateEvent>> events = jdbc.sql("""
                select e.* from certificate_event e join enforcement_certificate c on c.id = e.certificate_id
                where %s order by e.occurred_on, e.id
                """.formatted(where)).param(param)
                .query((rs, n) -> Map.entry(rs.getLong("certificate_id"), event(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select c.* from enforcement_certificate c where %s order by c.issued_on, c.id"
                        .formatted(where)).param(param)
                .query((rs, n) -> new EnforcementCertificate(rs.getLong("id"), rs.getLong("officer_id"),
                        rs.getString("number"), rs.getString("issuing_authority"), decode(rs.getString("categories")),
                        rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                        CertificateState.valueOf(rs.getString("state")), rs.getInt("version"),
                        events.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static CertificateEvent event(ResultSet rs) throws SQLException {
        String from = rs.getString("from_state");
        Timestamp at = rs.getTimestamp("recorded_at");
        return new CertificateEvent(rs.getLong("id"), rs.getObject("occurred_on", LocalDate.class),
                CertificateChangeReason.valueOf(rs.getString("reason")),
                from == null ? null : CertificateState.valueOf(from), CertificateState.valueOf(rs.getString("to_state")),
                rs.getObject("expires_on", LocalDate.class), rs.getString("number"), rs.getString("note"),
                rs.getString("recorded_by"), at == null ? null : at.toInstant());
    }

    static String encode(Set<EnforcementCategory> categories) {
        return categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<EnforcementCategory> decode(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(EnforcementCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EnforcementCategory.class)));
    }
}
