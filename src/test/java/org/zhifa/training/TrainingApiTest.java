package org.zhifa.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The training ledger over the demo year, through the API. */
@ZhifaIntegrationTest
class TrainingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long idOf(String name) {
        return jdbc.sql("select id from officer where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void head1_sees_the_delingha_ledger_with_officers_below_60_hours() {
        JsonNode ledger = TestApi.as(port, "head1").get("/api/training/ledger?below=true&size=100").json();
        assertThat(ledger.get("target").asInt()).isEqualTo(60);
        assertThat(ledger.get("belowTarget").asInt()).isGreaterThan(0);
        JsonNode items = ledger.get("lines").get("items");
        assertThat(items.size()).isGreaterThan(0);
        items.forEach(i -> assertThat(i.get("unitId").asLong()).isIn(10L, 11L));
    }

    @Test
    void political_hours_never_bring_an_officer_to_the_target() {
        // 褚示例: 24 legal hours and 20 political hours in the demo year
        JsonNode line = TestApi.as(port, "head1").get("/api/training/ledger/officers/" + idOf("褚示例")).json();
        assertThat(line.get("counted").asDouble()).isEqualTo(24.0);
        assertThat(line.get("hours").get("political").asDouble()).isEqualTo(20.0);
        assertThat(line.get("missing").asDouble()).isEqualTo(36.0);
        assertThat(line.get("belowTarget").asBoolean()).isTrue();
    }

    @Test
    void officer1_reads_their_own_ledger_but_not_a_golmud_officers() {
        TestApi api = TestApi.as(port, "officer1");
        JsonNode own = api.get("/api/training/ledger/officers/" + idOf("李执法")).json();
        assertThat(own.get("belowTarget").asBoolean()).isFalse();
        assertThat(api.get("/api/training/ledger/officers/" + idOf("吴执法")).status()).isEqualTo(404);
        assertThat(api.get("/api/training/ledger").status()).isEqualTo(403);
    }

    @Test
    void the_roster_filters_officers_below_the_training_target() {
        JsonNode list = TestApi.as(port, "head1").get("/api/personnel/officers?progress=BELOW&size=100").json();
        assertThat(list.get("total").asInt()).isGreaterThan(0);
        list.get("items").forEach(i -> assertThat(i.get("name").asString()).isNotIn("李执法", "王执法"));
    }
}
