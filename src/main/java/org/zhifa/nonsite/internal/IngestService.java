package org.zhifa.nonsite.internal;

import java.io.InputStream;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RateLimiter;
import org.zhifa.crypto.Sm3;
import org.zhifa.nonsite.NonSiteProperties;

/** Entry points of the ingest pipeline for devices (JSON with API key) and officers (CSV upload). */
@Service
public class IngestService {

    private final DeviceDirectory directory;
    private final IngestPipeline pipeline;
    private final DeviceRegistry registry;
    private final AuditTrail audit;
    private final RateLimiter limiter;
    private final NonSiteProperties properties;

    static final String REFUSED_KEY_BUCKET = "nonsite-refused-key";

    IngestService(DeviceDirectory directory, IngestPipeline pipeline, DeviceRegistry registry, AuditTrail audit,
            RateLimiter limiter, NonSiteProperties properties) {
        this.directory = directory;
        this.pipeline = pipeline;
        this.registry = registry;
        this.audit = audit;
        this.limiter = limiter;
        this.properties = properties;
    }

    /** A device's JSON batch; the caller has authenticated the device by its key. */
    public IngestResult json(DeviceDirectory.IngestDevice device, InputStream body) {
        IngestPipeline.Batch batch = pipeline.batch(device);
        RecordJsonReader.Outcome o = RecordJsonReader.readArray(body, batch);
        return batch.finish(o.complete(), o.syntaxError(), o.records());
    }

    /** An officer's CSV upload for a device in their scope; audited (device pushes are counted, not audited). */
    public IngestResult csv(long deviceId, InputStream file, Actor actor) {
        MonitoringDevice d = registry.require(deviceId, actor);
        IngestPipeline.Batch batch = pipeline.batch(directory.of(d));
        RecordJsonReader.Outcome o = RecordCsvReader.read(file, batch);
        if (o.records() == 0 && o.complete()) {
            throw new InvalidInputException("文件中没有检测记录");
        }
        IngestResult r = batch.finish(o.complete(), o.syntaxError(), o.records());
        audit.success("NONSITE_RECORDS_IMPORTED", "NONSITE_DEVICE", deviceId, "导入设备 " + d.code() + " 的检测记录 CSV："
                + r.received() + " 条，新增 " + r.accepted() + "，重复 " + r.duplicated() + "，拒收 " + r.rejected());
        return r;
    }

    /**
     * A request with a missing or wrong device key: counted per address and interval; audited (without the key) once
     * per address and interval, not once per request. Returns whether it is within the limit (401) or not (429).
     */
    public RateLimiter.Use refusedKey(String source) {
        NonSiteProperties.RefusedKeys settings = properties.refusedKeys();
        RateLimiter.Use use = limiter.take(REFUSED_KEY_BUCKET, Sm3.hex("zhifa-device-key:" + source), settings.limit(),
                settings.interval());
        if (use.first()) {
            audit.record(new AuditEvent(null, null, null, "NONSITE_DEVICE_KEY_REFUSED", "NONSITE_DEVICE", null,
                    AuditResult.REFUSED, "设备接入密钥缺失或无效，检测记录被拒收；同一地址 " + settings.interval().toMinutes()
                            + " 分钟内的后续拒收不再逐条记录，超过 " + settings.limit() + " 次返回 429", source));
        }
        return use;
    }
}
