package org.zhifa.audit.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InvalidInputException;

/**
 * Search criteria for audit records; every criterion optional. {@code from} is inclusive, {@code toExclusive}
 * exclusive (a day or minute typed as "to" includes that whole day or minute). Times typed without an offset are
 * local time of the deployment (海西州, 北京时间).
 */
public record AuditFilter(String user, String action, String objectType, String objectId, Instant from,
        Instant toExclusive) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /**
     * Parses the request parameters as typed by a user.
     *
     * @throws InvalidInputException with Chinese field errors for unreadable times
     */
    public static AuditFilter parse(String user, String action, String objectType, String objectId, String from,
            String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant fromInstant = null;
        Instant toInstant = null;
        try {
            fromInstant = parseTime(from, false);
        } catch (DateTimeException e) {
            errors.put("from", "开始时间格式应为 2025-01-31 或 2025-01-31T08:30");
        }
        try {
            toInstant = parseTime(to, true);
        } catch (DateTimeException e) {
            errors.put("to", "结束时间格式应为 2025-01-31 或 2025-01-31T18:00");
        }
        if (errors.isEmpty() && fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            errors.put("to", "结束时间应晚于开始时间");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("查询条件有误：" + String.join("；", errors.values()), errors);
        }
        String normalisedAction = blankToNull(action);
        return new AuditFilter(blankToNull(user), normalisedAction == null ? null : normalisedAction.toUpperCase(),
                blankToNull(objectType), blankToNull(objectId), fromInstant, toInstant);
    }

    private static Instant parseTime(String text, boolean endExclusive) {
        String s = blankToNull(text);
        if (s == null) {
            return null;
        }
        s = s.replace(' ', 'T');
        if (s.length() == 10) {
            LocalDate day = LocalDate.parse(s);
            return (endExclusive ? day.plusDays(1) : day).atStartOfDay(ChinaTime.ZONE).toInstant();
        }
        if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")) {
            Instant instant = OffsetDateTime.parse(s).toInstant();
            return endExclusive ? instant.plus(1, ChronoUnit.MICROS) : instant;
        }
        LocalDateTime time = LocalDateTime.parse(s);
        if (endExclusive) {
            // "to 18:00" means up to and including 18:00:59.999999
            time = s.length() <= 16 ? time.plusMinutes(1) : s.length() <= 19 ? time.plusSeconds(1)
                    : time.plus(1, ChronoUnit.MICROS);
        }
        return time.atZone(ChinaTime.ZONE).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The SQL where clause (starting with " where" or empty) for these criteria. */
    String whereClause() {
        List<String> parts = new ArrayList<>();
        if (user != null) {
            parts.add("username = :user");
        }
        if (action != null) {
            parts.add("action = :action");
        }
        if (objectType != null) {
            parts.add("object_type = :objectType");
        }
        if (objectId != null) {
            parts.add("object_id = :objectId");
        }
        if (from != null) {
            parts.add("occurred_at >= :from");
        }
        if (toExclusive != null) {
            parts.add("occurred_at < :to");
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (user != null) {
            p.put("user", user);
        }
        if (action != null) {
            p.put("action", action);
        }
        if (objectType != null) {
            p.put("objectType", objectType);
        }
        if (objectId != null) {
            p.put("objectId", objectId);
        }
        if (from != null) {
            p.put("from", OffsetDateTime.ofInstant(from, ChinaTime.ZONE));
        }
        if (toExclusive != null) {
            p.put("to", OffsetDateTime.ofInstant(toExclusive, ChinaTime.ZONE));
        }
        return p;
    }

    /** A short Chinese description, for the audit record of an export. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (user != null) {
            parts.add("用户=" + user);
        }
        if (action != null) {
            parts.add("操作=" + action);
        }
        if (objectType != null) {
            parts.add("对象类型=" + objectType);
        }
        if (objectId != null) {
            parts.add("对象编号=" + objectId);
        }
        if (from != null) {
            parts.add("起=" + OffsetDateTime.ofInstant(from, ChinaTime.ZONE));
        }
        if (toExclusive != null) {
            parts.add("止(不含)=" + OffsetDateTime.ofInstant(toExclusive, ChinaTime.ZONE));
        }
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }
}
