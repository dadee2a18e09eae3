package org.zhifa.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.zhifa.crypto.Sm3;

/**
 * The canonical, unambiguous encoding of an audit record and its SM3 chain hash. Layout (version 1):
 *
 * <pre>
 * hash = lowercase hex SM3( UTF-8( F(prev_hash) US F(id) US F(occurred_at) US F(username) US F(unit_id)
 *                                  US F(unit_name) US F(action) US F(object_type) US F(object_id)
 *                                  US F(result) US F(detail) US F(source_address) ) )
 * US            = U+001F (unit separator)
 * F(null)       = U+0000
 * F(value)      = value with U+001B→U+001B U+001B, U+001F→U+001B U+001F, U+0000→U+001B U+0000
 * prev_hash     = 64 lowercase hex digits; genesis (and no purge anchor) = 64 × '0'
 * id, unit_id   = decimal, no sign or leading zeros
 * occurred_at   = UTC instant, microsecond precision, always six fraction digits: 2025-03-01T02:04:05.123456Z
 * result        = SUCCESS | FAILURE | REFUSED
 * </pre>
 *
 * Escaping keeps a separator inside a value from ever posing as a field boundary, so no two different
 * records share an encoding. Time is truncated to microseconds because that is what PostgreSQL's timestamptz
 * stores: the value hashed is the value read back.
 */
public final class AuditCanonical {

    public static final String GENESIS = "0".repeat(64);

    static final char US = '\u001F';
    static final char ESC = '\u001B';
    static final char NUL = '\u0000';

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditCanonical() {
    }

    /** The stored fields of one record, everything but its own hash. */
    public record Content(String prevHash, long id, Instant occurredAt, String username, Long unitId,
            String unitName, String action, String objectType, String objectId, String result, String detail,
            String sourceAddress) {
    }

    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String formatInstant(Instant instant) {
        return INSTANT.format(truncate(instant));
    }

    public static String encode(Content c) {
        StringBuilder out = new StringBuilder(256);
        field(out, c.prevHash());
        out.append(US);
        field(out, Long.toString(c.id()));
        out.append(US);
        field(out, c.occurredAt() == null ? null : formatInstant(c.occurredAt()));
        out.append(US);
        field(out, c.username());
        out.append(US);
        field(out, c.unitId() == null ? null : Long.toString(c.unitId()));
        out.append(US);
        field(out, c.unitName());
        out.append(US);
        field(out, c.action());
        out.append(US);
        field(out, c.objectType());
        out.append(US);
        field(out, c.objectId());
        out.append(US);
        field(out, c.result());
        out.append(US);
        field(out, c.detail());
        out.append(US);
        field(out, c.sourceAddress());
        return out.toString();
    }

    public static String hash(Content c) {
        return Sm3.hex(encode(c).getBytes(StandardCharsets.UTF_8));
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append(NUL);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ESC || ch == US || ch == NUL) {
                out.append(ESC);
            }
            out.append(ch);
        }
    }
}
