package org.zhifa.nonsite.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.zhifa.common.PolicyDecision;
import org.zhifa.nonsite.DeviceFacts;
import org.zhifa.nonsite.DeviceKind;
import org.zhifa.nonsite.DeviceUsabilityPolicy;
import org.zhifa.nonsite.NonSiteProperties;

/**
 * What the ingest path needs of a device, cached: devices post thousands of records a second and the key look-up and
 * the usability decision must not cost a query each. Entries live a few seconds so that a change made on another
 * instance (key rotation, suspension) takes effect quickly; changes made here clear the cache at once.
 */
@Component
public class DeviceDirectory {

    static final long TTL_NANOS = 10_000_000_000L;

    private final MonitoringDevices devices;
    private final DeviceUsabilityPolicy policy;
    private final NonSiteProperties properties;
    private final Map<String, IngestDevice> byKeyHash = new ConcurrentHashMap<>();
    private final Map<String, IngestDevice> byCode = new ConcurrentHashMap<>();

    DeviceDirectory(MonitoringDevices devices, DeviceUsabilityPolicy policy, NonSiteProperties properties) {
        this.devices = devices;
        this.policy = policy;
        this.properties = properties;
    }

    /** A device as seen by the ingest path. */
    public static final class IngestDevice {
        private final long id;
        private final String code;
        private final long unitId;
        private final DeviceKind kind;
        private final int toleranceBasisPoints;
        private final DeviceFacts facts;
        private final DeviceUsabilityPolicy policy;
        private final long loadedAt = System.nanoTime();
        private final Map<Long, PolicyDecision> byDay = new ConcurrentHashMap<>();

        IngestDevice(MonitoringDevice d, DeviceFacts facts, int toleranceBasisPoints, DeviceUsabilityPolicy policy) {
            this.id = d.id();
            this.code = d.code();
            this.unitId = d.unitId();
            this.kind = d.kind();
            this.facts = facts;
            this.toleranceBasisPoints = toleranceBasisPoints;
            this.policy = policy;
        }

        public long id() {
            return id;
        }

        public String code() {
            return code;
        }

        public long unitId() {
            return unitId;
        }

        public DeviceKind kind() {
            return kind;
        }

        public int toleranceBasisPoints() {
            return toleranceBasisPoints;
        }

        /** The usability decision for a day (epoch day in Asia/Shanghai), computed once per day. */
        public PolicyDecision usableOn(long epochDay) {
            return byDay.computeIfAbsent(epochDay, d -> policy.evaluate(facts, LocalDate.ofEpochDay(d)));
        }

        boolean fresh() {
            return System.nanoTime() - loadedAt < TTL_NANOS;
        }
    }

    public Optional<IngestDevice> byApiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        String hash = DeviceRegistry.sha256(apiKey.strip());
        IngestDevice cached = byKeyHash.get(hash);
        if (cached != null && cached.fresh()) {
            return Optional.of(cached);
        }
        Optional<IngestDevice> loaded = devices.findByKeyHash(hash).map(this::load);
        loaded.ifPresentOrElse(d -> byKeyHash.put(hash, d), () -> byKeyHash.remove(hash));
        return loaded;
    }

    public Optional<IngestDevice> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        IngestDevice cached = byCode.get(code);
        if (cached != null && cached.fresh()) {
            return Optional.of(cached);
        }
        Optional<IngestDevice> loaded = devices.findByCode(code).map(this::load);
        loaded.ifPresentOrElse(d -> byCode.put(code, d), () -> byCode.remove(code));
        return loaded;
    }

    public IngestDevice of(MonitoringDevice d) {
        return load(d);
    }

    /** Clears the cache after a change of a device. */
    public void forget() {
        byKeyHash.clear();
        byCode.clear();
    }

    private IngestDevice load(MonitoringDevice d) {
        DeviceFacts facts = d.facts(devices.reviews(d.id()));
        int bp = d.kind().weighing() ? properties.toleranceBasisPoints(d.accuracyClass()) : 0;
        return new IngestDevice(d, facts, bp, policy);
    }
}
