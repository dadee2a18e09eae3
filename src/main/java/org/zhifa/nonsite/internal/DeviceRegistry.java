package org.zhifa.nonsite.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PolicyDecision;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;
import org.zhifa.nonsite.DeviceUsabilityPolicy;

/** Registers and maintains monitoring devices; every change is scoped to the actor's units and audited. */
@Service
public class DeviceRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MonitoringDevices devices;
    private final DataScope scope;
    private final OrgUnits units;
    private final AuditTrail audit;
    private final DeviceDirectory directory;
    private final DeviceUsabilityPolicy usability;
    private final Clock clock;

    DeviceRegistry(MonitoringDevices devices, DataScope scope, OrgUnits units, AuditTrail audit,
            DeviceDirectory directory, DeviceUsabilityPolicy usability, Clock clock) {
        this.devices = devices;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.directory = directory;
        this.usability = usability;
        this.clock = clock;
    }

    /** A created or re-keyed device with its API key in clear: shown once, only its SHA-256 is stored. */
    public record Keyed(MonitoringDevice device, String apiKey) {
    }

    public MonitoringDevice require(long id, Actor actor) {
        MonitoringDevice d = devices.find(id).orElseThrow(() -> new NotFoundException("设备不存在：" + id));
        scope.requireVisible(actor, d.unitId());
        return d;
    }

    public PolicyDecision usabilityOn(MonitoringDevice d, LocalDate day) {
        return usability.evaluate(d.facts(devices.reviews(d.id())), day);
    }

    @Transactional
    public Keyed create(DeviceForm form, Actor actor) {
        DeviceForm.Valid v = form.validate();
        requireUnit(v.unitId(), actor);
        long id;
        try {
            id = devices.insert(v, actor.username());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("设备编号已存在：" + v.code(), Map.of("code", "设备编号已存在"));
        }
        String key = newKey();
        devices.setKey(id, sha256(key));
        audit.success("NONSITE_DEVICE_CREATED", "NONSITE_DEVICE", id, "登记监测设备 " + v.code() + "（" + v.kind().label() + "，"
                + v.road() + " " + v.stake() + "）并生成接入密钥");
        return new Keyed(devices.find(id).orElseThrow(), key);
    }

    @Transactional
    public MonitoringDevice update(long id, DeviceForm form, Actor actor) {
        MonitoringDevice old = require(id, actor);
        DeviceForm.Valid v = form.validate();
        requireUnit(v.unitId(), actor);
        try {
            devices.update(id, v);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("设备编号已存在：" + v.code(), Map.of("code", "设备编号已存在"));
        }
        directory.forget();
        audit.success("NONSITE_DEVICE_UPDATED", "NONSITE_DEVICE", id, "修改监测设备 " + old.code() + " 的登记信息");
        return devices.find(id).orElseThrow();
    }

    @Transactional
    public void addReview(long id, boolean legal, String reviewer, LocalDate on, Boolean passed, String opinion,
            String document, Actor actor) {
        MonitoringDevice d = require(id, actor);
        Map<String, String> e = new java.util.LinkedHashMap<>();
        String r = DeviceForm.trim(reviewer);
        String o = DeviceForm.trim(opinion);
        String doc = DeviceForm.trim(document);
        if (r == null || r.length() > 100) {
            e.put("reviewer", "请填写审核人（不超过 100 字）");
        }
        if (on == null) {
            e.put("reviewedOn", "请填写审核日期");
        } else if (on.isAfter(LocalDate.now(clock))) {
            e.put("reviewedOn", "审核日期不能晚于今天");
        }
        if (passed == null) {
            e.put("passed", "请选择审核结论");
        }
        if (o == null || o.length() > 2000) {
            e.put("opinion", "请填写审核意见（不超过 2000 字）");
        }
        if (doc != null && doc.length() > 300) {
            e.put("document", "审核文件不超过 300 字");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException("审核记录有误：" + String.join("；", e.values()), e);
        }
        long reviewId = devices.addReview(id, legal, r, on, passed, o, doc, actor.username());
        directory.forget();
        audit.success("NONSITE_DEVICE_REVIEWED", "NONSITE_DEVICE", id, "登记设备 " + d.code() + " 的" + (legal ? "法制" : "技术")
                + "审核（" + (passed ? "通过" : "未通过") + "，记录 " + reviewId + "）");
    }

    @Transactional
    public void publish(long id, LocalDate on, String where, int version, Actor actor) {
        MonitoringDevice d = require(id, actor);
        String w = DeviceForm.trim(where);
        Map<String, String> e = new java.util.LinkedHashMap<>();
        if (on == null) {
            e.put("publishedOn", "请填写公布日期");
        }
        if (w == null || w.length() > 200) {
            e.put("publishedWhere", "请填写公布渠道（不超过 200 字），如 海西州交通运输局门户网站");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException("公布信息有误：" + String.join("；", e.values()), e);
        }
        devices.publish(id, on, w, version);
        directory.forget();
        audit.success("NONSITE_DEVICE_PUBLISHED", "NONSITE_DEVICE", id, "登记设备 " + d.code() + " 设置地点于 " + on + " 在" + w + "公布");
    }

    @Transactional
    public void setStatus(long id, MonitoringDevice.DeviceStatus status, int version, Actor actor) {
        MonitoringDevice d = require(id, actor);
        devices.setStatus(id, status, version);
        directory.forget();
        audit.success("NONSITE_DEVICE_STATUS", "NONSITE_DEVICE", id, "设备 " + d.code() + " 状态改为" + status.label());
    }

    @Transactional
    public Keyed rotateKey(long id, Actor actor) {
        MonitoringDevice d = require(id, actor);
        String key = newKey();
        devices.setKey(id, sha256(key));
        directory.forget();
        audit.success("NONSITE_DEVICE_KEY_ROTATED", "NONSITE_DEVICE", id, "更换设备 " + d.code() + " 的接入密钥（旧密钥立即失效）");
        return new Keyed(devices.find(id).orElseThrow(), key);
    }

    public List<DeviceReview> reviews(long id) {
        return devices.reviews(id);
    }

    private void requireUnit(long unitId, Actor actor) {
        units.require(unitId);
        scope.requireVisible(actor, unitId);
    }

    static String newKey() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "zk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
