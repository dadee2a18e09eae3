package org.zhifa.nonsite.internal;

import static org.zhifa.nonsite.OverLimitJudge.NOT_MEASURED;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InputText;
import org.zhifa.nonsite.OverLimitJudge;

/** Checks of a detection record common to every input path; the first failure becomes the rejection reason. */
final class RecordChecks {

    /** Records from before this are not accepted: older than any device in service (and any partition kept). */
    static final long EARLIEST = Instant.parse("2015-01-01T00:00:00Z").toEpochMilli();
    static final long FUTURE_SLACK_MILLIS = 5 * 60_000L;

    private RecordChecks() {
    }

    /**
     * The value, or null with the record refused when it holds a character the database cannot store (a NUL): only
     * that record is refused, with its field and reason, and the rest of the batch is stored.
     */
    static String storable(String value, DetectionRecord r, String field) {
        String reason = InputText.reason(value);
        if (reason == null) {
            return value;
        }
        r.fail(field + " " + reason);
        return null;
    }

    static void check(DetectionRecord r, long nowMillis) {
        if (r.error != null) {
            return;
        }
        if (r.recordId == null || r.recordId.isEmpty()) {
            r.fail("缺少设备记录编号 recordId");
        } else if (r.recordId.length() > 64) {
            r.fail("设备记录编号 recordId 不超过 64 个字符");
        } else if (r.detectedAt == Long.MIN_VALUE) {
            r.fail("缺少检测时间 detectedAt");
        } else if (r.detectedAt < EARLIEST) {
            r.fail("检测时间早于 2015 年，不予接收");
        } else if (r.detectedAt > nowMillis + FUTURE_SLACK_MILLIS) {
            r.fail("检测时间晚于当前时间");
        } else if (r.plate != null && r.plate.length() > 16) {
            r.fail("车牌号码不超过 16 个字符");
        } else if (r.plateColour != null && r.plateColour.length() > 8) {
            r.fail("车牌颜色不超过 8 个字符");
        } else if (r.vehicleType != null && r.vehicleType.length() > 40) {
            r.fail("车辆类型不超过 40 个字符");
        } else if (r.axleGroups != null && r.axleGroups.length() > 40) {
            r.fail("轴组不超过 40 个字符");
        } else if (r.axleLoads != null && r.axleLoads.length() > 120) {
            r.fail("轴荷不超过 120 个字符");
        } else if (r.images != null && r.images.length() > 2000) {
            r.fail("图片地址合计不超过 2000 个字符");
        } else if (r.video != null && r.video.length() > 500) {
            r.fail("视频地址不超过 500 个字符");
        } else if (r.lane != NOT_MEASURED && (r.lane < 0 || r.lane > 99)) {
            r.fail("车道号须在 0 至 99 之间");
        } else if (r.speedKmh != NOT_MEASURED && (r.speedKmh < 0 || r.speedKmh > 300)) {
            r.fail("车速须在 0 至 300 之间");
        } else if (r.weighed() && r.axles == NOT_MEASURED) {
            r.fail("有车货总质量的记录须有轴数 axles");
        } else if (r.axles != NOT_MEASURED) {
            String invalid = OverLimitJudge.invalidReason(r.measurement());
            if (invalid != null) {
                r.fail(invalid);
            }
        } else if (r.heightMm < NOT_MEASURED || r.widthMm < NOT_MEASURED || r.lengthMm < NOT_MEASURED) {
            r.fail("外廓尺寸不能为负数");
        }
    }

    /** ISO-8601 with offset ("2025-06-01T10:00:00+08:00"), or local time taken as Asia/Shanghai. */
    static long parseTime(String s) {
        try {
            if (s.length() > 19 && (s.endsWith("Z") || s.charAt(s.length() - 3) == ':' && (s.charAt(s.length() - 6) == '+'
                    || s.charAt(s.length() - 6) == '-'))) {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(s.replace(' ', 'T')).atZone(ChinaTime.ZONE).toInstant().toEpochMilli();
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Long.MIN_VALUE + 1;
        }
    }

    static boolean badTime(long t) {
        return t == Long.MIN_VALUE + 1;
    }
}
