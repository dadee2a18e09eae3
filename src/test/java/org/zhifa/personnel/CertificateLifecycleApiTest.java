package org.zhifa.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** A certificate's life through the API: issue, suspend, restore, leave the post, cancellation to completion. */
@ZhifaIntegrationTest
class CertificateLifecycleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void suspension_restoration_and_cancellation_on_leaving_the_post_per_plan_item_6() {
        TestApi head = TestApi.as(port, "head1");
        String id = TestIds.valid("63289119800505031");
        var created = head.post("/api/personnel/officers", Map.of("unitId", 11, "name", "生命周期测试", "gender", "FEMALE",
                "idNumber", id, "post", "执法队员"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long officer = created.json().get("id").asLong();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        var cert = head.post("/api/personnel/officers/" + officer + "/certificates", Map.of("number", "测试证" + officer,
                "issuingAuthority", "青海省人民政府", "categories", java.util.List.of("ROAD_TRANSPORT"),
                "issuedOn", today.minusYears(1).toString(), "expiresOn", today.plusYears(3).toString()));
        assertThat(cert.status()).as(cert.body()).isEqualTo(201);
        long certId = cert.json().get("id").asLong();
        String eligibility = "/api/personnel/officers/" + officer + "/eligibility?on=" + today;
        assertThat(head.get(eligibility).json().get("eligible").asBoolean()).isTrue();

        var dup = head.post("/api/personnel/officers/" + officer + "/certificates", Map.of("number", "测试证" + officer,
                "issuingAuthority", "青海省人民政府", "categories", java.util.List.of("ROAD_TRANSPORT"),
                "issuedOn", today.minusYears(1).toString(), "expiresOn", today.plusYears(3).toString()));
        assertThat(dup.status()).isEqualTo(400);
        assertThat(dup.json().get("fields").get("number").asString()).isEqualTo("该执法证号已登记");

        // the reason by its code or its Chinese label (bound by Jackson, not parsed by the controller); bad input is a
        // 400 naming the field in Chinese
        var unknown = head.post("/api/personnel/certificates/" + certId + "/changes", Map.of("reason", "停用",
                "date", today.toString()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("变更事由").contains("暂扣");
        var undated = head.post("/api/personnel/certificates/" + certId + "/changes", Map.of("reason", "暂扣"));
        assertThat(undated.status()).isEqualTo(400);
        assertThat(undated.json().get("fields").get("date").asString()).isEqualTo("变更日期：必须填写");
        assertThat(head.post("/api/personnel/certificates/" + certId + "/changes", Map.of("reason", "SUSPENSION",
                "date", today.toString(), "note", "测试暂扣")).status()).isEqualTo(200);
        assertThat(head.get(eligibility).json().get("eligible").asBoolean()).isFalse();
        var again = head.post("/api/personnel/certificates/" + certId + "/changes", Map.of("reason", "SUSPENSION",
                "date", today.toString(), "note", "再次暂扣"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("article").asString()).isEqualTo("方案第6条");
        assertThat(head.post("/api/personnel/certificates/" + certId + "/changes", Map.of("reason", "恢复",
                "date", today.toString(), "note", "测试恢复")).status()).isEqualTo(200);
        assertThat(head.get(eligibility).json().get("eligible").asBoolean()).isTrue();

        JsonNode left = head.post("/api/personnel/officers/" + officer + "/leave", Map.of("leftOn", today.toString(),
                "note", "调离")).json();
        assertThat(left.get("status").asString()).isEqualTo("LEFT");
        assertThat(head.get(eligibility).json().get("eligible").asBoolean()).isFalse();
        JsonNode alerts = head.get("/api/personnel/alerts").json();
        assertThat(alerts.get("openCancellations").toString()).contains("生命周期测试");

        long task = left.get("cancellations").get(0).get("id").asLong();
        var early = head.post("/api/personnel/cancellations/" + task + "/complete", Map.of("date", today.toString()));
        assertThat(early.status()).isEqualTo(422);
        assertThat(head.post("/api/personnel/cancellations/" + task + "/report", Map.of("date", today.toString()))
                .status()).isEqualTo(200);
        assertThat(head.post("/api/personnel/cancellations/" + task + "/complete", Map.of("date", today.toString()))
                .status()).isEqualTo(200);
        JsonNode detail = head.get("/api/personnel/officers/" + officer).json();
        JsonNode certificate = detail.get("certificates").get(0);
        assertThat(certificate.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(certificate.get("history")).extracting(e -> e.get("reason").asString())
                .containsExactly("申领", "暂扣", "恢复", "注销");
        assertThat(head.get("/api/personnel/alerts").json().get("openCancellations").toString())
                .doesNotContain("生命周期测试");
    }

    @Test
    void an_expired_certificate_of_an_enabled_account_is_alerted() {
        long supervisorId = jdbc.sql("select id from user_account where username = 'supervisor1'").query(Long.class)
                .single();
        long officer = jdbc.sql("""
                insert into officer (kind, unit_id, user_id, name, gender, id_number_enc, id_number_index,
                    id_number_masked)
                select 'OFFICER', 2, ?, '过期证测试', 'MALE', id_number_enc, repeat('e', 64), '632890********0000'
                from officer order by id limit 1 returning id
                """).param(supervisorId).query(Long.class).single();
        jdbc.sql("""
                insert into enforcement_certificate (officer_id, number, issuing_authority, categories, issued_on,
                    expires_on, state) values (?, '过期测试0001', '测试', 'ROAD_TRANSPORT', date '2019-01-01',
                    date '2024-01-01', 'VALID')
                """).param(officer).update();
        try {
            JsonNode alerts = TestApi.as(port, "supervisor1").get("/api/personnel/alerts").json();
            assertThat(alerts.get("expiredActiveUsers").toString()).contains("过期证测试").contains("supervisor1");
        } finally {
            jdbc.sql("delete from enforcement_certificate where officer_id = ?").param(officer).update();
            jdbc.sql("delete from officer where id = ?").param(officer).update();
        }
    }
}
