package org.zhifa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Recording a session and its attendance moves the ledger; political hours never do. */
@ZhifaIntegrationTest
class TrainingSessionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long idOf(String name) {
        return jdbc.sql("select id from officer where name = ?").param(name).query(Long.class).single();
    }

    double counted(String name) {
        return TestApi.as(port, "head1").get("/api/training/ledger/officers/" + idOf(name)).json().get("counted")
                .asDouble();
    }

    long session(String category, String hours) {
        var r = TestApi.as(port, "head1").post("/api/training/sessions", Map.of("unitId", 11, "title",
                "测试培训 " + category, "heldOn", LocalDate.now(ChinaTime.ZONE).toString(), "hours", hours, "category", category,
                "form", "ONLINE"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void attendance_counts_toward_the_ledger_and_political_hours_do_not() {
        String name = "卫示例";
        double before = counted(name);
        long political = session("POLITICAL", "8");
        TestApi head = TestApi.as(port, "head1");
        assertThat(head.put("/api/training/sessions/" + political + "/attendance",
                Map.of("officerIds", List.of(idOf(name)))).status()).isEqualTo(200);
        assertThat(counted(name)).isEqualTo(before);
        long skills = session("SKILLS", "7.5");
        head.put("/api/training/sessions/" + skills + "/attendance", Map.of("officerIds", List.of(idOf(name))));
        assertThat(counted(name)).isEqualTo(before + 7.5);
        head.put("/api/training/sessions/" + skills + "/attendance", Map.of("officerIds", List.of()));
        assertThat(counted(name)).isEqualTo(before);
    }

    @Test
    void correcting_a_session_to_political_education_takes_its_hours_out_of_the_target() {
        String name = "卫示例";
        double before = counted(name);
        long s = session("LEGAL", "5");
        TestApi head = TestApi.as(port, "head1");
        head.put("/api/training/sessions/" + s + "/attendance", Map.of("officerIds", List.of(idOf(name))));
        assertThat(counted(name)).isEqualTo(before + 5);
        int version = head.get("/api/training/sessions/" + s).json().get("session").get("version").asInt();
        var r = head.put("/api/training/sessions/" + s + "?version=" + version, Map.of("unitId", 11, "title", "改为政治理论",
                "heldOn", LocalDate.now(ChinaTime.ZONE).toString(), "hours", "5", "category", "POLITICAL", "form", "ONLINE"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(counted(name)).isEqualTo(before);
        var stale = head.put("/api/training/sessions/" + s + "?version=" + version, Map.of("unitId", 11, "title", "旧版本",
                "heldOn", LocalDate.now(ChinaTime.ZONE).toString(), "hours", "5", "category", "LEGAL", "form", "ONLINE"));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void a_unit_head_records_training_only_for_their_units() {
        var r = TestApi.as(port, "head1").post("/api/training/sessions", Map.of("unitId", 21, "title", "越权",
                "heldOn", LocalDate.now(ChinaTime.ZONE).toString(), "hours", "2", "category", "LEGAL", "form", "ONLINE"));
        assertThat(r.status()).isEqualTo(404);
        long s = session("LEGAL", "2");
        var golmud = TestApi.as(port, "head1").put("/api/training/sessions/" + s + "/attendance",
                Map.of("officerIds", List.of(idOf("吴执法"))));
        assertThat(golmud.status()).isEqualTo(400);
    }

    @Test
    void bad_hours_are_refused_in_chinese() {
        var r = TestApi.as(port, "head1").post("/api/training/sessions", Map.of("unitId", 11, "title", "错误学时",
                "heldOn", LocalDate.now(ChinaTime.ZONE).toString(), "hours", "0", "category", "LEGAL", "form", "ONLINE"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("hours").asString()).isEqualTo("学时应大于0且不超过200");
    }

    @Test
    void the_plan_list_flags_units_without_a_plan_after_march() {
        var plans = TestApi.as(port, "supervisor1").get("/api/training/plans").json();
        assertThat(plans.size()).isGreaterThan(10);
        plans.forEach(p -> {
            if (p.get("unitId").asLong() == 21 && !p.get("plan").isNull()) {
                // the demo plan of 格尔木 was made on 10 April (or today, if earlier in the year)
                assertThat(p.get("overdue").asBoolean()).isEqualTo(LocalDate.now(ChinaTime.ZONE).isAfter(
                        LocalDate.of(LocalDate.now(ChinaTime.ZONE).getYear(), 3, 31)));
            }
        });
    }
}
