package org.zhifa.nonsite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.nonsite.NonSiteProperties;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Every record kept in full (the default): a new batch is COPied straight into the partitioned table; a batch that
 * meets stored records goes back and takes the staged path, which stores only what is new. Either way the stored
 * rows, the day counters and the ids of new over-limit records are the same.
 */
@ZhifaIntegrationTest
class DetectionStoreTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NonSiteProperties properties;

    private static DetectionRecord record(String id, long at, boolean over) {
        DetectionRecord r = new DetectionRecord();
        r.recordId = id;
        r.detectedAt = at;
        r.plate = "青H0000" + id.length();
        r.plateColour = "黄";
        r.images = "/media/a\\b/1.jpg\n/media/2.jpg";
        r.axles = 2;
        r.grossMassKg = over ? 25_000 : 12_000;
        r.massLimitKg = 18_000;
        r.excessKg = over ? 7_000 : 0;
        r.overLimit = over;
        r.usable = true;
        return r;
    }

    private long count(long device) {
        return jdbc.sql("select count(*) from nonsite_detection where device_id = :d").param("d", device)
                .query(Long.class).single();
    }

    private List<String> days(long device) {
        return jdbc.sql("select day || ':' || detections || ':' || over_limit from nonsite_device_day "
                + "where device_id = :d order by day").param("d", device).query(String.class).list();
    }

    @Test
    void a_new_batch_is_stored_with_its_exact_times_and_counted_per_china_day() {
        assertThat(properties.compliantStorage()).isEqualTo(NonSiteProperties.CompliantStorage.FULL);
        var store = new DetectionStore(dataSource, properties);
        long device = 980_000_000L + System.nanoTime() % 1_000_000;
        // 2025-03-01 23:59:59.987 and 2025-03-02 00:00:00.001 in Asia/Shanghai: two days
        long lateEvening = OffsetDateTime.of(2025, 3, 1, 23, 59, 59, 987_000_000, ZoneOffset.ofHours(8)).toInstant()
                .toEpochMilli();
        long received = lateEvening + 5_123;
        var batch = List.of(record("d1", lateEvening, true), record("d2", lateEvening + 14, false),
                record("d3", lateEvening + 2_000, true));
        var w = tx.execute(s -> store.write(device, batch, received));

        assertThat(w.inserted()).isEqualTo(3);
        assertThat(w.newOverLimitIds()).containsExactlyInAnyOrder("d1", "d3");
        assertThat(jdbc.sql("select detected_at from nonsite_detection where device_id = :d order by detected_at")
                .param("d", device).query(OffsetDateTime.class).list().stream().map(t -> t.toInstant().toEpochMilli()))
                .containsExactly(lateEvening, lateEvening + 14, lateEvening + 2_000);
        assertThat(jdbc.sql("select distinct received_at from nonsite_detection where device_id = :d").param("d", device)
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(Instant.ofEpochMilli(received));
        assertThat(jdbc.sql("select images from nonsite_detection where device_id = :d and device_record_id = 'd1'")
                .param("d", device).query(String.class).single()).isEqualTo("/media/a\\b/1.jpg\n/media/2.jpg");
        assertThat(days(device)).containsExactly("2025-03-01:1:1", "2025-03-02:2:1");
    }

    @Test
    void a_partly_resent_batch_stores_and_counts_only_the_new_records() {
        var store = new DetectionStore(dataSource, properties);
        long device = 970_000_000L + System.nanoTime() % 1_000_000;
        long at = OffsetDateTime.of(2025, 4, 10, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant().toEpochMilli();
        tx.execute(s -> store.write(device, List.of(record("r1", at, true), record("r2", at + 1, false)), at + 60_000));
        var again = List.of(record("r1", at, true), record("r3", at + 2, true), record("r2", at + 1, false),
                record("r4", at + 3, false), record("r4", at + 3, false));
        var w = tx.execute(s -> store.write(device, again, at + 120_000));

        assertThat(w.inserted()).isEqualTo(2);
        assertThat(w.newOverLimitIds()).containsExactly("r3");
        assertThat(count(device)).isEqualTo(4);
        assertThat(days(device)).containsExactly("2025-04-10:4:2");
        var repeated = tx.execute(s -> store.write(device, again, at + 180_000));
        assertThat(repeated.inserted()).isZero();
        assertThat(count(device)).isEqualTo(4);
    }

    @Test
    void copy_timestamps_are_the_instants_written_for_any_millisecond() {
        CopyText t = new CopyText(64);
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 100_000; i++) {
            long ms = random.nextLong(LocalDate.of(1970, 1, 1).toEpochDay() * 86_400_000L - 5_000_000_000_000L,
                    LocalDate.of(2200, 1, 1).toEpochDay() * 86_400_000L);
            t.reset();
            t.timestamp(ms);
            String s = new String(t.bytes(), 0, t.length(), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(OffsetDateTime.parse(s.replace(' ', 'T') + ":00").toInstant().toEpochMilli()).as(s).isEqualTo(ms);
        }
    }
}
