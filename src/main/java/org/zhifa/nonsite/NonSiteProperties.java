package org.zhifa.nonsite;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of non-site enforcement.
 *
 * @param tolerancePercentByClass in-service error of a weighing device per accuracy class, in percent of the measured
 *                                gross mass; the measured mass less this tolerance is what is judged
 * @param defaultAccuracyClass    accuracy class assumed for a weighing device registered without one
 * @param sameEventWindow         detections of one vehicle within this window form one over-limit event (one clue)
 * @param compliantStorage        FULL keeps every compliant passage, HOURLY keeps only per device and hour counts
 * @param maxBatchSize            records accepted per HTTP batch
 * @param partitionMonthsAhead    monthly partitions created ahead of the current month
 * @param partitionMonthsBack     monthly partitions created behind the current month (late records)
 * @param homeAuthorityWorkingDays working days after closure to inform the vehicle's home authority
 * @param repeatVehicleEvents     a vehicle with more than this many confirmed events in 12 months is flagged
 * @param repeatEnterprisePercent an enterprise with more than this share of its vehicles over-limit in a year is flagged
 * @param massViolationCode       catalogue violation for gross-mass over-limit
 * @param dimensionViolationCode  catalogue violation for dimension over-limit
 * @param kafka                   the Kafka ingest path
 * @param refusedKeys             requests with a wrong device key: limit and audit interval
 */
@ConfigurationProperties("zhifa.nonsite")
public record NonSiteProperties(Map<Integer, BigDecimal> tolerancePercentByClass, Integer defaultAccuracyClass,
        Duration sameEventWindow, CompliantStorage compliantStorage, Integer maxBatchSize,
        Integer partitionMonthsAhead, Integer partitionMonthsBack, Integer homeAuthorityWorkingDays,
        Integer repeatVehicleEvents, Integer repeatEnterprisePercent, String massViolationCode,
        String dimensionViolationCode, Kafka kafka, RefusedKeys refusedKeys) {

    /** How compliant passages are kept. */
    public enum CompliantStorage {
        FULL, HOURLY
    }

    /**
     * @param enabled          consume the topic (off by default: one machine ingests over HTTP)
     * @param bootstrapServers broker list
     * @param topic            topic of detection records, keyed by device code
     * @param groupId          consumer group shared by every zhifa instance
     * @param concurrency      consumers per instance
     */
    public record Kafka(boolean enabled, String bootstrapServers, String topic, String groupId, Integer concurrency) {

        public Kafka {
            if (bootstrapServers == null || bootstrapServers.isBlank()) {
                bootstrapServers = "localhost:9092";
            }
            if (topic == null || topic.isBlank()) {
                topic = "zhifa.nonsite.records";
            }
            if (groupId == null || groupId.isBlank()) {
                groupId = "zhifa-nonsite";
            }
            if (concurrency == null || concurrency < 1) {
                concurrency = 2; // one consumer per core of the reference 2-core machine
            }
        }
    }

    /**
     * Requests with a missing or wrong device key, per client address: at most {@code limit} per {@code interval} are
     * answered 401, the rest 429; each address is audited once per interval (issue 11: a misconfigured or hostile
     * sender must not flood the audit trail, two records per request before).
     *
     * @param limit    refused requests answered per interval before 429; default 10
     * @param interval the window; default 10 minutes
     */
    public record RefusedKeys(Integer limit, Duration interval) {

        public RefusedKeys {
            if (limit == null || limit < 1) {
                limit = 10;
            }
            if (interval == null || interval.isZero() || interval.isNegative()) {
                interval = Duration.ofMinutes(10);
            }
        }
    }

    public NonSiteProperties {
        TreeMap<Integer, BigDecimal> tolerance = new TreeMap<>();
        if (tolerancePercentByClass == null || tolerancePercentByClass.isEmpty()) {
            // legal-rules §5 cfg: class 5 in-service error ±5 %; the other classes of OIML R 134 scale with the class
            tolerance.put(2, new BigDecimal("2"));
            tolerance.put(5, new BigDecimal("5"));
            tolerance.put(7, new BigDecimal("7"));
            tolerance.put(10, new BigDecimal("10"));
        } else {
            tolerance.putAll(tolerancePercentByClass);
        }
        tolerancePercentByClass = Map.copyOf(tolerance);
        if (defaultAccuracyClass == null) {
            defaultAccuracyClass = 5; // legal-rules §5 cfg: class 5
        }
        if (sameEventWindow == null) {
            sameEventWindow = Duration.ofHours(24); // issue 8: default 24 h
        }
        if (compliantStorage == null) {
            compliantStorage = CompliantStorage.FULL; // keep every record unless the operator chooses to aggregate
        }
        if (maxBatchSize == null) {
            maxBatchSize = 10_000; // issue 8: batches up to 10,000 records
        }
        if (partitionMonthsAhead == null) {
            partitionMonthsAhead = 3;
        }
        if (partitionMonthsBack == null) {
            partitionMonthsBack = 2;
        }
        if (homeAuthorityWorkingDays == null) {
            homeAuthorityWorkingDays = 7; // 62号令: 7 working days after closure (legal-rules §5)
        }
        if (repeatVehicleEvents == null) {
            repeatVehicleEvents = 3; // 条例 第六十六条: more than 3 illegal over-limit trips in a year
        }
        if (repeatEnterprisePercent == null) {
            repeatEnterprisePercent = 10; // 条例 第六十六条: more than 10 % of the enterprise's vehicles
        }
        if (massViolationCode == null) {
            massViolationCode = "CX-43-M"; // catalogue seed V22
        }
        if (dimensionViolationCode == null) {
            dimensionViolationCode = "CX-43-D"; // catalogue seed V22
        }
        if (kafka == null) {
            kafka = new Kafka(false, null, null, null, null);
        }
        if (refusedKeys == null) {
            refusedKeys = new RefusedKeys(null, null);
        }
    }

    public static NonSiteProperties defaults() {
        return new NonSiteProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Tolerance in basis points (1/100 %) for an accuracy class; the default class when unknown. */
    public int toleranceBasisPoints(Integer accuracyClass) {
        BigDecimal pct = tolerancePercentByClass.get(accuracyClass == null ? defaultAccuracyClass : accuracyClass);
        if (pct == null) {
            pct = tolerancePercentByClass.get(defaultAccuracyClass);
        }
        return pct == null ? 0 : pct.movePointRight(2).intValue();
    }
}
