package org.zhifa.evidence.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InvalidInputException;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;

/**
 * What a user states about a new evidence item (API JSON body and form alike).
 *
 * @param kind                statutory kind
 * @param title               short title, e.g. 现场执法记录仪视频
 * @param description         what it shows
 * @param collectedAt         when it was collected, local time (Asia/Shanghai)
 * @param place               where
 * @param device              recording device, e.g. body camera serial number
 * @param continuousRecording audio-video only: recorded without interruption
 * @param links               targets to link, e.g. CASE / 海西交执罚〔2025〕12号
 */
public record EvidenceInput(String kind, String title, String description, LocalDateTime collectedAt, String place,
        String device, Boolean continuousRecording, List<Target> links) {

    /** A link target. */
    public record Target(String targetType, String targetId) {
    }

    /** The checked values; throws 400 with Chinese messages per field. */
    Valid validate(Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        EvidenceKind k = null;
        if (kind == null || kind.isBlank()) {
            errors.put("kind", "请选择证据种类");
        } else {
            try {
                k = EvidenceKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                errors.put("kind", "证据种类无效");
            }
        }
        String t = trim(title);
        if (t == null) {
            errors.put("title", "请填写证据名称");
        } else if (t.length() > 200) {
            errors.put("title", "证据名称不超过 200 字");
        }
        String d = trim(description);
        if (d != null && d.length() > 4000) {
            errors.put("description", "说明不超过 4000 字");
        }
        Instant at = null;
        if (collectedAt == null) {
            errors.put("collectedAt", "请填写收集（录制）时间");
        } else {
            at = collectedAt.atZone(ChinaTime.ZONE).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            if (at.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
                errors.put("collectedAt", "收集时间不能晚于当前时间");
            }
        }
        String p = trim(place);
        if (p != null && p.length() > 200) {
            errors.put("place", "地点不超过 200 字");
        }
        String dev = trim(device);
        if (dev != null && dev.length() > 100) {
            errors.put("device", "设备编号不超过 100 字");
        }
        boolean continuous = Boolean.TRUE.equals(continuousRecording);
        if (continuous && k != null && k != EvidenceKind.AUDIO_VIDEO) {
            errors.put("continuousRecording", "只有视听资料可以标记为连续录制");
        }
        List<Target> targets = links == null ? List.of() : links;
        List<ValidTarget> valid = new java.util.ArrayList<>();
        for (Target target : targets) {
            try {
                valid.add(ValidTarget.of(target.targetType(), target.targetId()));
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("证据信息有误：" + String.join("；", errors.values()), errors);
        }
        return new Valid(k, t, d, at, p, dev, continuous, valid.stream().distinct().toList());
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replace('\u0000', ' ');
        return t.isEmpty() ? null : t;
    }

    /** Checked input. */
    record Valid(EvidenceKind kind, String title, String description, Instant collectedAt, String place,
            String device, boolean continuousRecording, List<ValidTarget> links) {
    }

    /**
     * A checked link target.
     *
     * @param type the kind of target
     * @param id   its id as typed, then as stored (a case: its numeric id)
     * @param name the name its module gives it (a case: its case number), or the reference the user typed when the
     *             module resolved it to another id; null when unknown. Logged with the link (link text version 2).
     */
    public record ValidTarget(EvidenceTargetType type, String id, String name) {

        public ValidTarget(EvidenceTargetType type, String id) {
            this(type, id, null);
        }

        public static ValidTarget of(String type, String id) {
            Map<String, String> errors = new LinkedHashMap<>();
            EvidenceTargetType tt = null;
            try {
                tt = EvidenceTargetType.valueOf(type == null ? "" : type.trim());
            } catch (IllegalArgumentException e) {
                errors.put("targetType", "关联对象类型无效");
            }
            String i = trim(id);
            if (i == null) {
                errors.put("targetId", "请填写关联对象编号（案号、车牌号等）");
            } else if (i.length() > 100) {
                errors.put("targetId", "关联对象编号不超过 100 字");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException("关联对象有误：" + String.join("；", errors.values()), errors);
            }
            return new ValidTarget(tt, i);
        }
    }
}
