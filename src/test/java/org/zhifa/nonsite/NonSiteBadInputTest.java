package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.nonsite.NonSiteFixtures.push;
import static org.zhifa.nonsite.NonSiteFixtures.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Findings of the hostile test of non-site ingest and review (issue 11), one test each. */
@ZhifaIntegrationTest
class NonSiteBadInputTest {

    private static final Instant AT = Instant.now().minus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_nul_in_one_record_of_a_batch_refuses_that_record_with_its_index_and_stores_the_rest() {
        var d = NonSiteFixtures.usableWim(port);
        String nulId = record("n\\u0000ul", AT.plusSeconds(1), "青H40002", 6, 40_000);
        String nulPlate = record("nul2", AT.plusSeconds(2), "青H4\\u00000003", 6, 40_000);
        String batch = "[" + record("n1", AT, "青H40001", 6, 40_000) + "," + nulId + "," + nulPlate + ","
                + record("n4", AT.plusSeconds(3), "青H40004", 2, 12_000) + "]";
        var r = push(port, d.apiKey(), batch);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var j = r.json();
        assertThat(j.get("accepted").asInt()).isEqualTo(2);
        assertThat(j.get("rejected").asInt()).isEqualTo(2);
        assertThat(j.get("rejections").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(j.get("rejections").get(0).get("reason").asString()).contains("recordId").contains("空字符");
        assertThat(j.get("rejections").get(1).get("index").asInt()).isEqualTo(2);
        assertThat(j.get("rejections").get(1).get("reason").asString()).contains("plate").contains("空字符");
        assertThat(jdbc.sql("select device_record_id from nonsite_detection where device_id = :d order by 1")
                .param("d", d.id()).query(String.class).list()).containsExactly("n1", "n4");

        // the retrying device gets through: the good records are already there, the bad ones are refused again
        var again = push(port, d.apiKey(), batch);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicated").asInt()).isEqualTo(2);
    }

    @Test
    void a_nul_in_a_csv_upload_refuses_that_row_and_stores_the_rest() {
        var d = NonSiteFixtures.usableWim(port);
        String header = "recordId,detectedAt,lane,plate,axles,grossMassKg\n";
        var r = NonSiteFixtures.upload(port, "officer1", "/api/nonsite/devices/" + d.id() + "/records.csv", "r.csv",
                header + "c1," + AT + ",1,青H50001,2,10000\nc\u00002," + AT.plusSeconds(1) + ",1,青H50002,2,10000\n");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(r.json().get("rejections").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(r.json().get("rejections").get(0).get("reason").asString()).contains("空字符");
    }

    @Test
    void a_wrong_device_key_is_rate_limited_and_audited_once_per_interval() {
        jdbc.sql("delete from rate_log where bucket = 'nonsite-refused-key'").update();
        String requestRecords = "select count(*) from audit_record where object_id = '/api/public/nonsite/records'";
        long requestRecordsBefore = count(requestRecords);
        long refusalsBefore = count("select count(*) from audit_record where action = 'NONSITE_DEVICE_KEY_REFUSED'");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(push(port, i % 2 == 0 ? "zk_wrong_" + i : null, "[]").status());
        }
        // default limit: 10 refusals per address and 10 minutes answered 401, then 429
        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 12)).containsOnly(429);
        var limited = push(port, "zk_wrong", "[]");
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.json().get("detail").asString()).contains("请求过于频繁");
        // one audit record for the interval: not one per request, and no second request-level record
        assertThat(count("select count(*) from audit_record where action = 'NONSITE_DEVICE_KEY_REFUSED'"))
                .isEqualTo(refusalsBefore + 1);
        assertThat(count(requestRecords)).isEqualTo(requestRecordsBefore);
        jdbc.sql("delete from rate_log where bucket = 'nonsite-refused-key'").update();
    }

    @Test
    void two_officers_confirming_the_same_clue_at_once_one_gets_409() throws Exception {
        var d = NonSiteFixtures.usableWim(port);
        String plate = "青H6" + String.format("%04d", System.nanoTime() % 10_000);
        push(port, d.apiKey(), "[" + record("cc1", AT, plate, 6, 62_000) + "]");
        long id = jdbc.sql("select id from nonsite_clue where plate = :p").param("p", plate).query(Long.class).single();
        var imported = NonSiteFixtures.upload(port, "officer1", "/nonsite/vehicles", "v.csv",
                "plate,plateColour,ownerKind,ownerName,ownerIdNumber,address,phone,enterpriseName,enterpriseCode\n"
                        + plate + ",黄,公民,王某（虚构）,630102199001011234,青海省德令哈市示例路2号,13800000001,,\n");
        assertThat(imported.status()).isIn(200, 302);

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<TestApi.Response>> both = new ArrayList<>();
        for (String officer : List.of("officer1", "officer2")) {
            TestApi api = TestApi.as(port, officer);
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return api.post("/api/nonsite/clues/" + id + "/confirm", Map.of("version", 0));
            }));
        }
        start.countDown();
        List<Integer> statuses = both.stream().map(CompletableFuture::join).map(TestApi.Response::status).sorted().toList();
        assertThat(statuses).as(both.get(0).join().body() + " / " + both.get(1).join().body()).containsExactly(200, 409);
        TestApi.Response conflict = both.stream().map(CompletableFuture::join).filter(r -> r.status() == 409)
                .findFirst().orElseThrow();
        assertThat(conflict.json().get("detail").asString()).contains("已被其他用户修改");
        assertThat(count("select count(*) from nonsite_evidence_package where clue_id = " + id)).isEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
