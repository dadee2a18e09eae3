package org.zhifa.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.PageResult;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.personnel.CertificateState;
import org.zhifa.personnel.IdCardNumber;
import org.zhifa.personnel.PersonnelProperties;

/**
 * Roster reads. The “current certificate” of a person is the one valid today if any, else the latest issued; its
 * EXPIRED state is derived from the expiry date.
 */
@Component
public class OfficerQueries {

    static final String CURRENT_CERTIFICATE = """
            left join lateral (
                select c.number, c.expires_on,
                       case when c.state = 'VALID' and c.expires_on < :today then 'EXPIRED' else c.state end as eff
                from enforcement_certificate c where c.officer_id = o.id
                order by (c.state = 'VALID' and c.expires_on >= :today) desc, c.issued_on desc, c.id desc
                limit 1) cc on true
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final PersonnelProperties properties;
    private final Clock clock;

    OfficerQueries(JdbcClient jdbc, PersonalDataCipher cipher, PersonnelProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    public PageResult<OfficerRow> search(OfficerFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        if (where == null) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        // The current certificate is looked up per row only when a certificate filter needs it; otherwise the
        // page of 20 is chosen first and the look-up runs 20 times, not once per officer.
        boolean needsCertificate = filter.certState() != null && !filter.certState().isBlank();
        String from = needsCertificate ? "officer o " + CURRENT_CERTIFICATE : "officer o";
        long total = jdbc.sql("select count(*) from " + from + " where " + where)
                .params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        String sql = needsCertificate
                ? "select o.*, cc.* from officer o " + CURRENT_CERTIFICATE + " where " + where
                        + " order by o.unit_id, o.name, o.id limit :limit offset :offset"
                : "select o.*, cc.* from (select o.* from officer o where " + where
                        + " order by o.unit_id, o.name, o.id limit :limit offset :offset) o " + CURRENT_CERTIFICATE
                        + " order by o.unit_id, o.name, o.id";
        List<OfficerRow> items = jdbc.sql(sql).params(params).query(OfficerQueries::row).list();
        return new PageResult<>(items, total, page, size);
    }

    /** Every id matching the filter (used before the training-progress filter is applied). */
    public List<Long> ids(OfficerFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        if (where == null) {
            return List.of();
        }
        boolean needsCertificate = filter.certState() != null && !filter.certState().isBlank();
        return jdbc.sql("select o.id from officer o " + (needsCertificate ? CURRENT_CERTIFICATE : "") + " where "
                + where).params(params).query(Long.class).list();
    }

    /** All rows matching the filter, for the export. */
    public List<OfficerRow> all(OfficerFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        if (where == null) {
            return List.of();
        }
        return jdbc.sql("select o.*, cc.* from officer o " + CURRENT_CERTIFICATE + " where " + where
                + " order by o.unit_id, o.name, o.id").params(params).query(OfficerQueries::row).list();
    }

    public Optional<OfficerRow> row(long id) {
        return jdbc.sql("select o.*, cc.* from officer o " + CURRENT_CERTIFICATE + " where o.id = :id")
                .param("today", LocalDate.now(clock)).param("id", id).query(OfficerQueries::row).optional();
    }

    /** Returns the SQL condition, or null when nothing can match (an empty scope). */
    private String where(OfficerFilter f, Map<String, Object> params) {
        LocalDate today = LocalDate.now(clock);
        params.put("today", today);
        List<String> conditions = new ArrayList<>();
        if (f.unitIds() != null) {
            if (f.unitIds().isEmpty()) {
                return null;
            }
            conditions.add("o.unit_id in (:units)");
            params.put("units", f.unitIds());
        }
        if (f.ownUserId() != null) {
            conditions.add("o.user_id = :ownUser");
            params.put("ownUser", f.ownUserId());
        }
        if (f.onlyIds() != null) {
            if (f.onlyIds().isEmpty()) {
                return null;
            }
            conditions.add("o.id in (:onlyIds)");
            params.put("onlyIds", f.onlyIds());
        }
        if (f.kind() != null) {
            conditions.add("o.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.status() != null) {
            conditions.add("o.status = :status");
            params.put("status", f.status().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().trim();
            Optional<IdCardNumber> id = IdCardNumber.parse(q);
            if (id.isPresent()) {
                conditions.add("o.id_number_index = :idx");
                params.put("idx", cipher.blindIndex(id.get().value()));
            } else {
                conditions.add("(o.name like :q or exists (select 1 from enforcement_certificate x "
                        + "where x.officer_id = o.id and x.number like :q))");
                params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (f.certState() != null && !f.certState().isBlank()) {
            switch (f.certState()) {
                case "NONE" -> conditions.add("cc.number is null");
                case "EXPIRING" -> {
                    conditions.add("cc.eff = 'VALID' and cc.expires_on <= :warnUntil");
                    params.put("warnUntil", today.plusDays(properties.expiryWarningDays()));
                }
                default -> {
                    conditions.add("cc.eff = :certState");
                    params.put("certState", CertificateState.valueOf(f.certState()).name());
                }
            }
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    static OfficerRow row(ResultSet rs, int n) throws SQLException {
        String eff = rs.getString("eff");
        return new OfficerRow(rs.getLong("id"), StaffKind.valueOf(rs.getString("kind")), rs.getString("name"),
                Gender.valueOf(rs.getString("gender")), rs.getLong("unit_id"), rs.getString("id_number_masked"),
                rs.getString("post"), OfficerStatus.valueOf(rs.getString("status")),
                rs.getObject("left_on", LocalDate.class), rs.getBoolean("legal_reviewer"),
                rs.getBoolean("legal_qualification"), (Long) rs.getObject("user_id"), rs.getString("number"),
                eff == null ? null : CertificateState.valueOf(eff), rs.getObject("expires_on", LocalDate.class));
    }
}
