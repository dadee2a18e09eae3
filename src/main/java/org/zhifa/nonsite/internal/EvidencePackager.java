package org.zhifa.nonsite.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.crypto.Sm3;
import org.zhifa.evidence.EvidenceIntake;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assembles the evidence package of a confirmed clue (方案 20; 处罚法 第四十一条): the reviewed record, the other
 * detections of the event, the image and video references, and the device's certificates (metrological verification,
 * legal and technical review, location publication), each with its SM3 digest, and a digest over the whole. The
 * package is stored with the clue; its digests let anyone check later that nothing was changed. The record and
 * the device certificates are also registered as evidence items (electronic data and documentary evidence), so
 * that they enter the evidence transparency log and are found with the vehicle.
 */
@Component
public class EvidencePackager {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final EvidenceIntake evidence;

    EvidencePackager(JdbcClient jdbc, EvidenceIntake evidence) {
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    /** The stored package's digests and the evidence items registered for it. */
    public record Package(String recordSm3, String deviceSm3, String packageSm3, List<String> images,
            List<Long> evidenceIds) {
    }

    public Package build(Clue clue, Detection lead, List<Detection> linked, MonitoringDevice device,
            List<DeviceReview> reviews, Actor actor) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("clueId", clue.id());
        record.put("plate", clue.plate());
        record.put("plateColour", clue.plateColour());
        record.put("lead", lead);
        record.put("linked", linked);
        String recordJson = JSON.writeValueAsString(record);
        Map<String, Object> cert = new LinkedHashMap<>();
        cert.put("code", device.code());
        cert.put("kind", device.kind().name());
        cert.put("place", device.place());
        cert.put("accuracyClass", device.accuracyClass());
        cert.put("verificationCertificate", Map.of("number", String.valueOf(device.certNumber()),
                "date", String.valueOf(device.certDate()), "expiry", String.valueOf(device.certExpiry())));
        cert.put("publication", Map.of("on", String.valueOf(device.publishedOn()), "where",
                String.valueOf(device.publishedWhere())));
        cert.put("signagePhoto", device.signagePhoto());
        cert.put("reviews", reviews);
        String deviceJson = JSON.writeValueAsString(cert);
        List<String> images = new java.util.ArrayList<>(lead.images());
        if (lead.video() != null) {
            images.add(lead.video());
        }
        String recordSm3 = Sm3.hex(recordJson);
        String deviceSm3 = Sm3.hex(deviceJson);
        String imageText = String.join("\n", images);
        String packageSm3 = Sm3.hex(recordSm3 + "\n" + deviceSm3 + "\n" + imageText);
        jdbc.sql("""
                insert into nonsite_evidence_package (clue_id, record_json, record_sm3, device_json, device_sm3, images,
                    package_sm3, created_by) values (:c, :r, :rs, :d, :ds, :i, :ps, :by)
                """).param("c", clue.id()).param("r", recordJson).param("rs", recordSm3).param("d", deviceJson)
                .param("ds", deviceSm3).param("i", imageText).param("ps", packageSm3).param("by", actor.username())
                .update();
        List<EvidenceIntake.Link> links = List.of(
                new EvidenceIntake.Link(EvidenceTargetType.NONSITE_RECORD, "CLUE-" + clue.id()),
                new EvidenceIntake.Link(EvidenceTargetType.VEHICLE, clue.plate()));
        long recordItem = evidence.register(new EvidenceIntake.Item(EvidenceKind.ELECTRONIC_DATA,
                "称重检测记录 " + clue.plate(), "经人工审核确认的超限检测记录及同一超限事件的其他检测记录",
                lead.detectedAt(), device.place(), device.code(), "record-" + clue.id() + ".json", "application/json",
                recordJson.getBytes(java.nio.charset.StandardCharsets.UTF_8), links), actor);
        long deviceItem = evidence.register(new EvidenceIntake.Item(EvidenceKind.DOCUMENTARY,
                "监测设备证明材料 " + device.code(), "计量检定证书、法制与技术审核、设置地点公布情况",
                lead.detectedAt(), device.place(), device.code(), "device-" + device.code() + ".json",
                "application/json", deviceJson.getBytes(java.nio.charset.StandardCharsets.UTF_8), links), actor);
        return new Package(recordSm3, deviceSm3, packageSm3, images, List.of(recordItem, deviceItem));
    }

    public java.util.Optional<Map<String, Object>> find(long clueId) {
        return jdbc.sql("select record_sm3, device_sm3, package_sm3, images, created_by, created_at from nonsite_evidence_package where clue_id = :c")
                .param("c", clueId).query().listOfRows().stream().findFirst();
    }
}
