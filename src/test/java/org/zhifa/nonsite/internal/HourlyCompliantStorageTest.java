package org.zhifa.nonsite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.nonsite.NonSiteProperties;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** With compliant-storage=HOURLY only over-limit records are kept in full; compliant ones become hourly counts. */
@ZhifaIntegrationTest
class HourlyCompliantStorageTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    private static DetectionRecord record(String id, long at, boolean over) {
        DetectionRecord r = new DetectionRecord();
        r.recordId = id;
        r.detectedAt = at;
        r.plate = "青H00001";
        r.axles = 2;
        r.grossMassKg = over ? 25_000 : 12_000;
        r.massLimitKg = 18_000;
        r.excessKg = over ? 7_000 : 0;
        r.overLimit = over;
        r.usable = true;
        return r;
    }

    @Test
    void compliant_passages_are_counted_per_hour_and_a_resent_batch_is_not_counted_twice() {
        var hourly = new NonSiteProperties(null, null, null, NonSiteProperties.CompliantStorage.HOURLY, null, null, null,
                null, null, null, null, null, null, null);
        var store = new DetectionStore(dataSource, hourly);
        long device = 990_000_000L + System.nanoTime() % 1_000_000;
        long at = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS).toEpochMilli();
        List<DetectionRecord> batch = List.of(record("h1", at, false), record("h2", at + 1_000, false),
                record("h3", at + 2_000, true));
        var first = tx.execute(s -> store.write(device, batch, System.currentTimeMillis()));
        var again = tx.execute(s -> store.write(device, batch, System.currentTimeMillis()));
        assertThat(first.inserted()).isEqualTo(3);
        assertThat(first.newOverLimitIds()).containsExactly("h3");
        assertThat(again.inserted()).isZero();
        assertThat(jdbc.sql("select count(*) from nonsite_detection where device_id = :d").param("d", device)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select passages from nonsite_passage_hourly where device_id = :d").param("d", device)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select detections from nonsite_device_day where device_id = :d").param("d", device)
                .query(Integer.class).single()).isEqualTo(3);
    }
}
