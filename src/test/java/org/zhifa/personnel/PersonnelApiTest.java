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

/** The roster API against the demo data, with data scope and role rules. */
@ZhifaIntegrationTest
class PersonnelApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long idOf(String name) {
        return jdbc.sql("select id from officer where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void officer1_sees_only_their_own_record_and_no_golmud_officer() {
        TestApi api = TestApi.as(port, "officer1");
        JsonNode list = api.get("/api/personnel/officers").json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("name").asString()).isEqualTo("李执法");
        assertThat(list.get("items").get(0).get("idNumber").asString()).matches("632890\\*{8}\\d{3}[0-9X]");
        assertThat(api.get("/api/personnel/officers/" + idOf("吴执法")).status()).isEqualTo(404);
        assertThat(api.get("/api/personnel/officers/" + idOf("吴执法") + "/eligibility").status()).isEqualTo(404);
        assertThat(api.get("/api/personnel/officers?unitId=21").json().get("total").asInt()).isZero();
    }

    @Test
    void officer1_may_check_a_colleagues_eligibility_in_the_own_unit() {
        TestApi api = TestApi.as(port, "officer1");
        var r = api.get("/api/personnel/officers/" + idOf("王执法") + "/eligibility?on=" + LocalDate.now(ChinaTime.ZONE));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("eligible").asBoolean()).isTrue();
    }

    @Test
    void the_eligibility_api_refuses_auxiliary_staff_with_the_article() {
        var r = TestApi.as(port, "head1").get("/api/personnel/officers/" + idOf("赵协管") + "/eligibility?on=2025-06-01");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("eligible").asBoolean()).isFalse();
        assertThat(r.json().get("reasons").get(0).asString())
                .isEqualTo("辅助人员不具有执法资格，不得独立执法（依据：《行政处罚法》第四十二条；方案第6条）");
    }

    @Test
    void a_suspended_officer_is_not_eligible_today() {
        var r = TestApi.as(port, "head1").get("/api/personnel/officers/" + idOf("陈示例") + "/eligibility");
        assertThat(r.json().get("eligible").asBoolean()).isFalse();
        assertThat(r.json().get("reasons").get(0).asString()).contains("暂扣");
    }

    @Test
    void a_category_outside_the_certificate_makes_an_officer_ineligible() {
        var r = TestApi.as(port, "head1").get("/api/personnel/officers/" + idOf("李执法")
                + "/eligibility?category=WATERWAY_TRANSPORT");
        assertThat(r.json().get("eligible").asBoolean()).isFalse();
        assertThat(r.json().get("reasons").get(0).asString()).contains("水路运政");
    }

    @Test
    void head1_edits_delingha_officers_but_not_golmud_ones() {
        TestApi head = TestApi.as(port, "head1");
        long id = idOf("褚示例");
        JsonNode before = head.get("/api/personnel/officers/" + id).json();
        Map<String, Object> form = Map.of("unitId", 11, "name", "褚示例", "gender", "MALE", "ethnicity", "汉族",
                "idNumber", jdbcIdNumber(id), "post", "执法中队副中队长", "version", before.get("version").asInt());
        var ok = head.put("/api/personnel/officers/" + id, form);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("post").asString()).isEqualTo("执法中队副中队长");
        long golmud = idOf("杨示例");
        var refused = head.put("/api/personnel/officers/" + golmud, form);
        assertThat(refused.status()).isEqualTo(404);
    }

    /** The full number is needed to re-submit the form; tests read it back through the application's cipher. */
    @Autowired
    org.zhifa.crypto.PersonalDataCipher cipher;

    String jdbcIdNumber(long id) {
        return cipher.decrypt(jdbc.sql("select id_number_enc from officer where id = ?").param(id)
                .query(String.class).single());
    }

    @Test
    void a_bad_id_number_is_answered_400_with_a_chinese_field_message() {
        var r = TestApi.as(port, "head1").post("/api/personnel/officers", Map.of("unitId", 11, "name", "测试",
                "gender", "MALE", "idNumber", "632890199001010010"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("idNumber").asString()).isIn("身份证号校验位不正确");
    }

    @Test
    void the_supervisor_reads_every_unit_but_edits_none() {
        TestApi sup = TestApi.as(port, "supervisor1");
        assertThat(sup.get("/api/personnel/officers?unitId=21").json().get("total").asInt()).isGreaterThan(0);
        assertThat(sup.get("/api/personnel/officers/" + idOf("吴执法")).status()).isEqualTo(200);
        assertThat(sup.post("/api/personnel/officers", Map.of("unitId", 21)).status()).isEqualTo(403);
    }

    @Test
    void administrators_hold_no_roster_data() {
        assertThat(TestApi.as(port, "admin").get("/api/personnel/officers").status()).isEqualTo(403);
    }

    @Test
    void alerts_show_expiring_certificates_and_open_cancellations() {
        JsonNode alerts = TestApi.as(port, "supervisor1").get("/api/personnel/alerts").json();
        assertThat(alerts.get("expiring").size()).isGreaterThanOrEqualTo(2);
        assertThat(alerts.get("openCancellations").get(0).get("officerName").asString()).isEqualTo("韩示例");
        JsonNode headAlerts = TestApi.as(port, "head1").get("/api/personnel/alerts").json();
        assertThat(headAlerts.get("openCancellations").size()).isZero();
    }

    @Test
    void reviewer_ratio_is_reported_per_bureau() {
        JsonNode ratios = TestApi.as(port, "head1").get("/api/personnel/reviewer-ratios").json();
        assertThat(ratios.size()).isEqualTo(1);
        assertThat(ratios.get(0).get("unitName").asString()).isEqualTo("德令哈市交通运输局");
        // 钱审核 holds no legal qualification: 《行政处罚法》第五十八条
        assertThat(ratios.get(0).get("findings").toString()).contains("钱审核").contains("第五十八条");
    }
}
