package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Administrative mediation (行政调解, 方案 24). */
@ZhifaIntegrationTest
class MediationTest {

    @LocalServerPort
    int port;

    @Test
    void mediableMattersArePublishedAndAMediationEndsInAnAgreementOnlyAfterASession() {
        TestApi supervisor = TestApi.as(port, "supervisor1");
        assertThat(TestApi.as(port, "officer1").post("/api/supervision/mediation/matters",
                Map.of("name", "x", "scope", "x", "basis", "x")).status()).isEqualTo(403);
        var matter = supervisor.post("/api/supervision/mediation/matters", Map.of("name", "道路运输合同纠纷（测试）",
                "scope", "承运人与托运人之间因运费、货损产生的民事争议", "basis", "《中华人民共和国道路运输条例》（测试）"));
        assertThat(matter.status()).as(matter.body()).isEqualTo(200);
        long matterId = matter.json().get("id").asLong();
        assertThat(TestApi.anonymous(port).get("/api/public/mediation/matters").body()).contains("道路运输合同纠纷（测试）");
        assertThat(TestApi.anonymous(port).get("/public/mediation").body()).contains("道路运输合同纠纷（测试）");

        TestApi officer = TestApi.as(port, "officer1");
        LocalDate today = LocalDate.now(org.zhifa.common.ChinaTime.ZONE);
        var missing = officer.post("/api/supervision/mediations", Map.of("unitId", 11, "matterId", matterId));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("fields").has("applicant")).isTrue();
        var opened = officer.post("/api/supervision/mediations", Map.of("unitId", 11, "matterId", matterId,
                "applicant", "甲运输公司（虚构）", "respondent", "乙商贸公司（虚构）", "dispute", "运费结算争议（测试）",
                "appliedOn", today.toString()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long id = opened.json().get("id").asLong();
        // another unit's officer does not see it
        assertThat(TestApi.as(port, "officer3").get("/api/supervision/mediations/" + id).status()).isEqualTo(404);

        var early = officer.post("/api/supervision/mediations/" + id + "/close",
                Map.of("version", 0, "outcome", "AGREED", "agreement", "乙方于十日内支付运费（测试）"));
        assertThat(early.status()).isEqualTo(409);
        var session = officer.post("/api/supervision/mediations/" + id + "/sessions", Map.of("heldOn", today.toString(),
                "place", "德令哈大队调解室", "mediator", "李执法（演示）", "attendees", "双方代理人", "record", "双方陈述意见后协商一致"));
        assertThat(session.status()).as(session.body()).isEqualTo(200);
        JsonNode agreed = officer.post("/api/supervision/mediations/" + id + "/close",
                Map.of("version", 0, "outcome", "AGREED", "agreement", "乙方于十日内支付运费（测试）")).json();
        assertThat(agreed.get("state").asString()).isEqualTo("AGREED");
    }

    @Test
    void aFailedMediationNamesItsReason() {
        TestApi supervisor = TestApi.as(port, "supervisor1");
        long matterId = supervisor.post("/api/supervision/mediation/matters", Map.of("name", "车辆维修纠纷（测试）",
                "scope", "维修费用争议", "basis", "《机动车维修管理规定》（测试）")).json().get("id").asLong();
        TestApi officer = TestApi.as(port, "officer1");
        long id = officer.post("/api/supervision/mediations", Map.of("unitId", 11, "matterId", matterId,
                "applicant", "丙（虚构）", "respondent", "丁维修厂（虚构）", "dispute", "维修费争议（测试）",
                "appliedOn", LocalDate.now(org.zhifa.common.ChinaTime.ZONE).toString())).json().get("id").asLong();
        var noReason = officer.post("/api/supervision/mediations/" + id + "/close", Map.of("version", 0, "outcome", "FAILED"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("fields").has("failureReason")).isTrue();
        var failed = officer.post("/api/supervision/mediations/" + id + "/close",
                Map.of("version", 0, "outcome", "FAILED", "failureReason", "被申请人拒绝调解（测试）"));
        assertThat(failed.json().get("state").asString()).isEqualTo("FAILED");
    }
}
