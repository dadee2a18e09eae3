package org.zhifa.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lists of people in post, for modules that work per unit (training ledgers, inspector directories), and an officer's
 * post (职务) where a document prints it (听证通知书).
 */
@Service
public class OfficerDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;

    OfficerDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * People in post in the given units, ordered by unit and name.
     *
     * @param includeAuxiliary also list auxiliary staff
     */
    public List<OfficerView> inPost(Collection<Long> unitIds, boolean includeAuxiliary) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select o.id, o.name, o.unit_id, o.user_id, o.kind, c.number
                from officer o
                left join (select distinct on (officer_id) officer_id, number from enforcement_certificate
                           where state = 'VALID' and issued_on <= :today and expires_on >= :today
                           order by officer_id, expires_on desc) c on c.officer_id = o.id
                where o.unit_id in (:units) and o.status = 'ACTIVE' and (:aux or o.kind = 'OFFICER')
                order by o.unit_id, o.name, o.id
                """)
                .param("today", LocalDate.now(clock)).param("units", unitIds).param("aux", includeAuxiliary)
                .query((rs, n) -> new OfficerView(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"),
                        (Long) rs.getObject("user_id"), "AUXILIARY".equals(rs.getString("kind")),
                        rs.getString("number")))
                .list();
    }

    /** The officer's post (职务) as recorded in the personnel file, when one is. */
    public Optional<String> post(long officerId) {
        return jdbc.sql("select post from officer where id = :id").param("id", officerId).query(String.class)
                .optional().filter(p -> !p.isBlank());
    }
}
