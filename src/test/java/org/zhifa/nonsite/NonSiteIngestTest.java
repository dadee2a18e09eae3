package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.nonsite.NonSiteFixtures.push;
import static org.zhifa.nonsite.NonSiteFixtures.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.ZhifaIntegrationTest;

@ZhifaIntegrationTest
class NonSiteIngestTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static final Instant AT = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void a_resent_batch_never_duplicates_records() {
        var d = NonSiteFixtures.usableWim(port);
        String batch = "[" + record("r1", AT, "青H10001", 6, 40_000) + "," + record("r2", AT.plusSeconds(5), "青H10002", 2, 15_000) + "]";
        var first = push(port, d.apiKey(), batch);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(first.json().get("duplicated").asInt()).isZero();
        var again = push(port, d.apiKey(), batch);
        assertThat(again.json().get("accepted").asInt()).isZero();
        assertThat(again.json().get("duplicated").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from nonsite_detection where device_id = :d").param("d", d.id())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select detections from nonsite_device_day where device_id = :d").param("d", d.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void an_invalid_record_is_rejected_alone_and_its_neighbours_are_kept() {
        var d = NonSiteFixtures.usableWim(port);
        String bad = "{\"recordId\":\"bad\",\"detectedAt\":\"" + AT + "\",\"axles\":\"six\",\"grossMassKg\":30000}";
        String noId = "{\"detectedAt\":\"" + AT + "\",\"axles\":2,\"grossMassKg\":10000}";
        String batch = "[" + record("ok1", AT, "青H20001", 6, 40_000) + "," + bad + "," + noId + ","
                + record("ok2", AT.plusSeconds(1), "青H20002", 6, 41_000) + "]";
        var r = push(port, d.apiKey(), batch);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var j = r.json();
        assertThat(j.get("received").asInt()).isEqualTo(4);
        assertThat(j.get("accepted").asInt()).isEqualTo(2);
        assertThat(j.get("rejected").asInt()).isEqualTo(2);
        assertThat(j.get("rejections").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(j.get("rejections").get(0).get("reason").asString()).contains("axles");
        assertThat(j.get("rejections").get(1).get("reason").asString()).contains("recordId");
    }

    @Test
    void a_syntax_error_keeps_the_records_read_before_it() {
        var d = NonSiteFixtures.usableWim(port);
        String batch = "[" + record("s1", AT, "青H30001", 6, 40_000) + ", {\"recordId\": }";
        var r = push(port, d.apiKey(), batch);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(r.json().get("complete").asBoolean()).isFalse();
        assertThat(r.json().get("rejections").get(0).get("reason").asString()).contains("JSON 语法错误");
    }

    @Test
    void a_wrong_or_missing_device_key_is_refused() {
        jdbc.sql("delete from rate_log where bucket = 'nonsite-refused-key'").update();
        assertThat(push(port, "zk_wrong", "[]").status()).isEqualTo(401);
        assertThat(push(port, null, "[]").status()).isEqualTo(401);
    }

    @Test
    void an_over_limit_record_of_a_usable_device_becomes_one_clue_per_event_keeping_the_heaviest() {
        var d = NonSiteFixtures.usableWim(port);
        String plate = "青H4" + String.format("%04d", System.nanoTime() % 10_000);
        String batch = "[" + record("o1", AT, plate, 6, 55_000) + "," + record("o2", AT.plusSeconds(3600), plate, 6, 58_000)
                + "," + record("o3", AT.plusSeconds(7200), plate, 6, 56_000) + "]";
        var r = push(port, d.apiKey(), batch);
        assertThat(r.json().get("overLimit").asInt()).as(r.body()).isEqualTo(3);
        assertThat(r.json().get("cluesOpened").asInt()).isEqualTo(1);
        var clue = jdbc.sql("select device_record_id, detections, gross_mass_kg from nonsite_clue where plate = :p")
                .param("p", plate).query().singleRow();
        assertThat(clue.get("device_record_id")).isEqualTo("o2");
        assertThat(clue.get("detections")).isEqualTo(3);
        // 55,000 kg less the class-5 tolerance (2,750 kg) is 52,250 kg: 3,250 kg over the 49,000 kg limit
        assertThat(jdbc.sql("select excess_kg from nonsite_detection where device_id = :d and device_record_id = 'o1'")
                .param("d", d.id()).query(Integer.class).single()).isEqualTo(3_250);
        var later = push(port, d.apiKey(), "[" + record("o4", AT.plus(2, ChronoUnit.DAYS).minusSeconds(86_400), plate, 6, 60_000) + "]");
        assertThat(later.json().get("cluesOpened").asInt()).isZero();
    }

    @Test
    void records_of_a_device_that_is_not_usable_are_kept_but_never_become_clues_per_article_41() {
        var d = NonSiteFixtures.create(port, "WIM", true); // no reviews, not published
        var r = push(port, d.apiKey(), "[" + record("u1", AT, "青H50001", 6, 70_000) + "]");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(r.json().get("notUsable").asInt()).isEqualTo(1);
        assertThat(r.json().get("cluesOpened").asInt()).isZero();
        assertThat(r.json().get("deviceUnusable").toString()).contains("法制审核").contains("公布").contains("第四十一条");
        assertThat(jdbc.sql("select count(*) from nonsite_clue where plate = '青H50001'").query(Long.class).single()).isZero();
    }
}
