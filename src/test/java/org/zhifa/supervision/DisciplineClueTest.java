package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Clues to the discipline inspection commission are visible only to holders of the explicit right (方案 30). */
@ZhifaIntegrationTest
class DisciplineClueTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void disciplineCluesAreVisibleOnlyToSupervisorsAndHeadsHoldingTheRight() {
        TestAccounts.create(jdbc, encoder, "sv-clue-sup", 2, "SUPERVISOR", true);
        TestAccounts.create(jdbc, encoder, "sv-clue-head", 10, "UNIT_HEAD", true);
        TestAccounts.create(jdbc, encoder, "sv-clue-nohold", 2, "SUPERVISOR", true);
        TestApi admin = TestApi.as(port, "secadmin");
        // only the security administrator grants; only to supervisors and unit heads; a reason is required
        assertThat(TestApi.as(port, "supervisor1").post("/api/supervision/clue-rights",
                Map.of("username", "sv-clue-sup", "reason", "自授")).status()).isEqualTo(403);
        assertThat(admin.post("/api/supervision/clue-rights", Map.of("username", "officer1", "reason", "不应授予"))
                .status()).isEqualTo(400);
        assertThat(admin.post("/api/supervision/clue-rights", Map.of("username", "sv-clue-sup")).status())
                .isEqualTo(400);
        assertThat(admin.post("/api/supervision/clue-rights", Map.of("username", "sv-clue-sup",
                "reason", "监督局纪检联络员（测试）")).status()).isEqualTo(200);
        assertThat(admin.post("/api/supervision/clue-rights", Map.of("username", "sv-clue-head",
                "reason", "单位负责人（测试）")).status()).isEqualTo(200);

        TestApi holder = TestApi.as(port, "sv-clue-sup");
        var recorded = holder.post("/api/supervision/clues", Map.of("officerName", "某执法人员（测试）",
                "officerUnitId", 11, "facts", "涉嫌收受当事人财物（虚构测试数据）", "evidence", "举报材料一份（测试）"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        long id = recorded.json().get("id").asLong();

        // a supervisor without the right, and supervisor1 without a grant, do not see it
        assertThat(TestApi.as(port, "sv-clue-nohold").get("/api/supervision/clues/" + id).status()).isEqualTo(404);
        assertThat(TestApi.as(port, "sv-clue-nohold").get("/api/supervision/clues").status()).isEqualTo(404);
        assertThat(TestApi.as(port, "officer1").get("/api/supervision/clues").status()).isEqualTo(403);

        // the recorder cannot approve their own clue; another holder approves, transfers, records the reply
        assertThat(holder.post("/api/supervision/clues/" + id + "/approve", Map.of("version", 0)).status())
                .isEqualTo(403);
        TestApi head = TestApi.as(port, "sv-clue-head");
        assertThat(head.post("/api/supervision/clues/" + id + "/approve", Map.of("version", 0)).status()).isEqualTo(200);
        var noNumber = head.post("/api/supervision/clues/" + id + "/transfer",
                Map.of("version", 1, "transferredTo", "海西州纪委监委"));
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(noNumber.json().get("fields").has("transferNumber")).isTrue();
        assertThat(head.post("/api/supervision/clues/" + id + "/transfer", Map.of("version", 1,
                "transferredTo", "海西州纪委监委（测试）", "transferNumber", "海交监移〔2026〕1号")).status()).isEqualTo(200);
        JsonNode replied = holder.post("/api/supervision/clues/" + id + "/reply",
                Map.of("version", 2, "reply", "已收到，正在初核（测试）")).json();
        assertThat(replied.get("state").asString()).isEqualTo("REPLIED");
        assertThat(replied.get("transferNumber").asString()).isEqualTo("海交监移〔2026〕1号");

        // revoked: gone
        long headId = jdbc.sql("select id from user_account where username = 'sv-clue-head'").query(Long.class).single();
        assertThat(admin.post("/api/supervision/clue-rights/" + headId + "/revoke", Map.of()).status()).isEqualTo(400);
        assertThat(admin.post("/api/supervision/clue-rights/" + headId + "/revoke",
                Map.of("reason", "岗位调整（测试）")).status()).isEqualTo(200);
        assertThat(head.get("/api/supervision/clues/" + id).status()).isEqualTo(404);
    }
}
