package org.zhifa.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.zhifa.audit.AuditResult;

/** One stored audit record as read back from the database. */
public record AuditRecordRow(long id, Instant occurredAt, String username, Long unitId, String unitName,
        String action, String objectType, String objectId, AuditResult result, String detail,
        String sourceAddress, String prevHash, String hash) {

    static final String COLUMNS = "id, occurred_at, username, unit_id, unit_name, action, object_type, object_id, "
            + "result, detail, source_address, prev_hash, hash";

    static AuditRecordRow map(ResultSet rs, int rowNum) throws SQLException {
        return new AuditRecordRow(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                AuditResult.valueOf(rs.getString("result")), rs.getString("detail"), rs.getString("source_address"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    AuditCanonical.Content content() {
        return new AuditCanonical.Content(prevHash, id, occurredAt, username, unitId, unitName, action, objectType,
                objectId, result.name(), detail, sourceAddress);
    }
}
