package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.map;
import static org.zhifa.cases.CaseFlow.on;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * 延长行政强制措施期限 (《行政强制法》第二十五条) and 送达地址确认书 (《行政处罚法》第六十一条第二款) as case steps: the extension
 * notice prints the measure as recorded, the measure's clock moves; electronic service relies on the confirmation.
 */
@ZhifaIntegrationTest
class MeasureExtensionAndServiceAddressApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.zhifa.documents.EnforcementDocuments documents;
    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    private String number(long id, String type) {
        return documents.list("CASE:" + id).stream().filter(d -> d.type().name().equals(type)).findFirst()
                .orElseThrow().number();
    }

    private JsonNode clock(long id, String kind) {
        for (JsonNode c : flow.get(id).get("clocks")) {
            if (c.get("kind").asString().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no clock " + kind);
    }

    private boolean offeredToHead(long id, String step) {
        var detail = org.zhifa.testsupport.TestApi.as(port, "head1").get("/api/cases/" + id).json();
        for (JsonNode a : detail.get("nextActions")) {
            if (a.get("name").asString().equals(step)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void a_seizure_is_extended_once_by_the_head_at_most_thirty_days_after_its_term_per_coercion_law_article_25()
            throws Exception {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.filed("GLF-77-1", act, 1301);
        List<Long> officers = List.of(flow.officerId("officer1"), flow.officerId("officer2"));
        List<Map<String, Object>> goods = List.of(map("name", "砂石（测试）", "quantity", "10", "unit", "立方米"));
        flow.ok("officer1", id, "preserve-evidence", on(act, "place", "G315线 K701（测试）", "officerIds", officers,
                "approvedBy", "测试负责人", "items", goods, "storagePlace", "德令哈执法大队证物室（测试）"));
        flow.uploadRecording(id);
        // offered to the head only while a seizure in force can be extended
        assertThat(offeredToHead(id, "extend-measure")).isFalse();
        // taken on 9-2 for 30 days: the term ends on 10-2
        flow.ok("officer1", id, "impose-measure", on(act.plusDays(1), "place", "G315线 K702（测试）", "officerIds", officers,
                "measure", "SEIZE", "basis", "《中华人民共和国行政强制法》第二十二条（测试）", "periodDays", 30,
                "items", goods));
        String seizure = number(id, "COMPULSORY_MEASURE_DECISION");
        assertThat(clock(id, "COMPULSORY_MEASURE").get("dueOn").asString()).isEqualTo("2026-10-02");
        assertThat(offeredToHead(id, "extend-measure")).isTrue();
        Map<String, Object> extend = on(LocalDate.of(2026, 9, 28), "measureNumber", seizure,
                "reason", "涉案砂石来源需向外省核查，情况复杂（测试）", "newDeadline", "2026-11-02");
        // the head approves it: an officer cannot
        assertThat(flow.step("officer1", id, "extend-measure", extend).status()).isEqualTo(403);
        // missing facts are named in Chinese, no article
        Map<String, Object> noReason = new java.util.HashMap<>(extend);
        noReason.remove("reason");
        var r = flow.step("head1", id, "extend-measure", noReason);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("请填写延长理由").doesNotContain("\"article\"");
        // only a compulsory measure's term is extended (the preservation list is not one)
        Map<String, Object> preservation = new java.util.HashMap<>(extend);
        preservation.put("measureNumber", number(id, "EVIDENCE_PRESERVATION_LIST"));
        r = flow.step("head1", id, "extend-measure", preservation);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").has("measureNumber")).isTrue();
        Map<String, Object> notLater = new java.util.HashMap<>(extend);
        notLater.put("newDeadline", "2026-10-02");
        r = flow.step("head1", id, "extend-measure", notLater);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").has("newDeadline")).isTrue();
        // 10-2 + 30 days = 11-1, a Sunday: at most to Monday 11-2
        Map<String, Object> tooLong = new java.util.HashMap<>(extend);
        tooLong.put("newDeadline", "2026-11-03");
        assertThat(flow.refused("head1", id, "extend-measure", tooLong)).contains("《行政强制法》第二十五条");
        flow.ok("head1", id, "extend-measure", extend);
        assertThat(clock(id, "COMPULSORY_MEASURE").get("dueOn").asString()).isEqualTo("2026-11-02");
        JsonNode ext = flow.get(id).get("investigation").get("measureExtensions").get(0);
        assertThat(ext.get("approvedBy").asString()).isNotBlank();
        assertThat(ext.get("previousDue").asString()).isEqualTo("2026-10-02");
        assertThat(offeredToHead(id, "extend-measure")).isFalse();
        // once only
        Map<String, Object> again = new java.util.HashMap<>(extend);
        again.put("actedOn", "2026-10-30");
        again.put("newDeadline", "2026-11-20");
        assertThat(flow.refused("head1", id, "extend-measure", again)).contains("第二十五条");
        // 式样之九: the measure's 案由, the day taken, the kind and the decision's number from the record
        assertThat(CaseFlow.documentText(documents, id, "EXTEND_COMPULSORY_MEASURE")).contains("延长行政强制措施期限通知书",
                "因你（单位）", "本机关依法于2026年9月2日对你（单位）采取了扣押的行政强制措施", "行政强制措施决定书文号为" + seizure,
                "现因涉案砂石来源需向外省核查，情况复杂（测试），依据《中华人民共和国行政强制法》第二十五条的规定",
                "决定延长行政强制措施期限至2026年11月2日");
        // the extended seizure is released like any other, its clock met
        flow.ok("officer1", id, "release-measure", on(LocalDate.of(2026, 10, 20), "measureNumber", seizure,
                "ground", "NO_LONGER_NEEDED", "reason", "核查完毕（测试）"));
        assertThat(clock(id, "COMPULSORY_MEASURE").get("state").asString()).isEqualTo("MET");
    }

    @Test
    void a_term_that_has_ended_is_not_extended_per_coercion_law_article_25() throws Exception {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.filed("GLF-77-1", act, 1302);
        List<Long> officers = List.of(flow.officerId("officer1"), flow.officerId("officer2"));
        flow.uploadRecording(id);
        flow.ok("officer1", id, "impose-measure", on(act, "place", "G315线 K703（测试）", "officerIds", officers,
                "measure", "SEAL", "basis", "《中华人民共和国行政强制法》第二十二条（测试）", "periodDays", 5,
                "items", List.of(map("name", "挖掘机（测试）", "quantity", "1", "unit", "台"))));
        assertThat(flow.refused("head1", id, "extend-measure", on(act.plusDays(6), "measureNumber",
                number(id, "COMPULSORY_MEASURE_DECISION"), "reason", "情况复杂（测试）", "newDeadline", "2026-09-30")))
                .contains("第二十五条");
    }

    @Test
    void electronic_service_needs_a_recorded_confirmation_that_agrees_to_it_per_administrative_penalty_law_article_61()
            throws Exception {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.investigated("GLF-77-1", act, 1303, 1000, Map.of());
        flow.ok("head1", id, "approve-notice", on(act.plusDays(1), "opinion", "事实清楚，同意告知（测试）"));
        Map<String, Object> agrees = on(act.plusDays(3), "address", "青海省德令哈市确认路3号（测试）", "postalCode", "817000",
                "recipient", "测试收件人", "contactPhone", "0977-0000000", "acceptsElectronicService", true,
                "signedBy", "测试当事人");
        var r = flow.step("officer1", id, "confirm-service-address", agrees);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").has("electronicAddress")).isTrue();
        assertThat(r.body()).doesNotContain("\"article\"");
        // signed on 9-2 without agreeing to electronic service
        Map<String, Object> refuses = new java.util.HashMap<>(agrees);
        refuses.put("actedOn", act.plusDays(1).toString());
        refuses.put("acceptsElectronicService", false);
        flow.ok("officer1", id, "confirm-service-address", refuses);
        flow.ok("officer1", id, "issue-notice", on(act.plusDays(3)));
        Map<String, Object> electronic = map("method", "ELECTRONIC", "servedAt", "2026-09-04T10:00",
                "recipient", "测试收件人", "electronicAddress", "party1303@example.test");
        assertThat(flow.refused("officer1", id, "serve-notice", on(act.plusDays(3), "service", electronic)))
                .contains("第六十一条第二款");
        agrees.put("electronicAddress", "party1303@example.test");
        flow.ok("officer1", id, "confirm-service-address", agrees);
        Map<String, Object> elsewhere = new java.util.HashMap<>(electronic);
        elsewhere.put("electronicAddress", "other1303@example.test");
        assertThat(flow.refused("officer1", id, "serve-notice", on(act.plusDays(3), "service", elsewhere)))
                .contains("第六十一条第二款");
        flow.ok("officer1", id, "serve-notice", on(act.plusDays(3), "service", electronic));
        assertThat(flow.get(id).get("state").asString()).isEqualTo("STATEMENT");
        String form = documents.list("CASE:" + id).stream()
                .filter(d -> d.type().name().equals("SERVICE_ADDRESS_CONFIRMATION"))
                .map(d -> String.join("", org.zhifa.documents.PdfPages.texts(documents.pdf(d.id()))).replaceAll("\\s+", ""))
                .reduce("", String::concat);
        assertThat(form).contains("送达地址确认书", "青海省德令哈市确认路3号（测试）", "817000", "测试收件人", "0977-0000000",
                "是否同意电子送达否", "是否同意电子送达是", "party1303@example.test", "测试当事人");
        assertThat(CaseFlow.documentText(documents, id, "PROOF_OF_SERVICE"))
                .contains("party1303@example.test（送达地址确认书签署于2026年9月4日）");
        // the history masks the phone
        assertThat(flow.get(id).get("steps").toString()).doesNotContain("0977-0000000");
    }
}
