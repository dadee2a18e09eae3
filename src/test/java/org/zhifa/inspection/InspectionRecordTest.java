package org.zhifa.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.inspection.internal.CorrectionSweep;
import org.zhifa.testsupport.PastTimes;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Inspections through the API: the rules of the act, the 现场检查笔录, the outcomes, publication. */
@ZhifaIntegrationTest
class InspectionRecordTest {

    /** A day of the 2026 calendar (legal-rules §1) before the 中秋 and 国庆 holidays, for deadlines known by hand. */
    static final LocalDate BEFORE_HOLIDAYS = LocalDate.of(2026, 9, 24);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnforcementDocuments documents;
    @Autowired
    CorrectionSweep sweep;

    InspectionFixtures f;
    LocalDate today;

    @BeforeEach
    void setUp() {
        f = new InspectionFixtures(port, jdbc);
        today = LocalDate.now(ChinaTime.ZONE);
    }

    long target(String kind, String creditClass) {
        return f.target("officer1", 11, kind, creditClass).get("id").asLong();
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                sb.append(extractor.getTextFromPage(p)).append('\n');
            }
            return sb.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void two_inspectors_one_officer_alone_or_with_auxiliary_staff_is_refused() {
        long t = target("FREIGHT_OPERATOR", "B");
        Map<String, Object> alone = f.inspection(t, today, "NO_PROBLEM", List.of());
        alone.put("officerIds", List.of(f.officerId("officer1")));
        var r = f.api("officer1").post("/api/inspection/inspections", alone);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("article").asString()).contains("《行政处罚法》第四十二条");
        Map<String, Object> withAux = f.inspection(t, today, "NO_PROBLEM", List.of());
        withAux.put("officerIds", List.of(f.officerId("officer1"), f.officerByName("赵协管")));
        var a = f.api("officer1").post("/api/inspection/inspections", withAux);
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("detail").asString()).contains("辅助人员");
    }

    @Test
    void eligibility_on_the_inspection_date_decides_not_the_day_of_entry() {
        long expired = f.officer("昨日到期测试", today.minusYears(2), today.minusDays(1));
        long t = target("FREIGHT_OPERATOR", "B");
        Map<String, Object> todayBody = f.inspection(t, today, "NO_PROBLEM", List.of());
        todayBody.put("officerIds", List.of(f.officerId("officer1"), expired));
        var refused = f.api("officer1").post("/api/inspection/inspections", todayBody);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("昨日到期测试", today.toString());
        Map<String, Object> earlier = f.inspection(t, today.minusDays(2), "NO_PROBLEM", List.of());
        earlier.put("officerIds", List.of(f.officerId("officer1"), expired));
        var allowed = f.api("officer1").post("/api/inspection/inspections", earlier);
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(201);
    }

    @Test
    void a_random_inspection_is_done_by_the_drawn_inspectors_only() {
        var plan = f.publishedPlan("抽中人员检查（测试）", InspectionFixtures.ALL, "NONE");
        JsonNode d = f.drawn(plan.get("id").asLong());
        long officer1 = f.officerId("officer1");
        JsonNode task = null;
        JsonNode other = null;
        for (JsonNode t : f.api("head1").get("/api/inspection/draws/" + d.get("id").asLong() + "?size=200").json()
                .get("tasks").get("items")) {
            if (!"ASSIGNED".equals(t.get("status").asString())) {
                continue;
            }
            boolean mine = t.get("officers").findValues("id").stream().anyMatch(n -> n.asLong() == officer1);
            if (mine && task == null) {
                task = t;
            } else if (!mine && other == null) {
                other = t;
            }
        }
        assertThat(task).as("a task of officer1").isNotNull();
        Map<String, Object> body = f.inspection(task.get("targetId").asLong(), today, "NO_PROBLEM", List.of());
        body.remove("targetId");
        body.remove("itemIds");
        body.put("taskId", task.get("id").asLong());
        long partner = task.get("officers").findValues("id").stream().mapToLong(JsonNode::asLong)
                .filter(x -> x != officer1).findFirst().orElseThrow();
        long stranger = jdbc.sql("select officer_id from insp_inspector where unit_id = 11 and not auxiliary and active "
                + "and officer_id not in (:a, :b) order by officer_id limit 1").param("a", officer1).param("b", partner)
                .query(Long.class).single();
        body.put("officerIds", List.of(officer1, stranger));
        var wrong = f.api("officer1").post("/api/inspection/inspections", body);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("detail").asString()).contains("随机抽取");
        body.put("officerIds", List.of(officer1, partner));
        var ok = f.api("officer1").post("/api/inspection/inspections", body);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(jdbc.sql("select status from insp_task where id = :id").param("id", task.get("id").asLong())
                .query(String.class).single()).isEqualTo("DONE");
        var twice = f.api("officer1").post("/api/inspection/inspections", body);
        assertThat(twice.status()).isEqualTo(422);
    }

    @Test
    void every_checklist_line_needs_an_answer_and_a_non_compliant_one_a_note() {
        long t = target("FREIGHT_OPERATOR", "C");
        Map<String, Object> body = f.inspection(t, today, "NO_PROBLEM", List.of());
        long first = f.lines("HX-JC-01").get(0);
        body.put("answers", List.of(Map.of("checklistItemId", first, "answer", "NON_COMPLIANT")));
        var r = f.api("officer1").post("/api/inspection/inspections", body);
        assertThat(r.status()).isEqualTo(400);
        JsonNode fields = r.json().get("fields");
        assertThat(fields.get("answers." + first).asString()).contains("写明情况");
        assertThat(fields.get("answers." + f.lines("HX-JC-01").get(1)).asString()).contains("检查结果");
    }

    @Test
    void the_representative_signs_or_the_refusal_is_noted_nothing_is_defaulted() {
        long t = target("FREIGHT_OPERATOR", "C");
        Map<String, Object> none = f.inspection(t, today, "NO_PROBLEM", List.of());
        none.remove("signature");
        none.remove("startTime");
        none.remove("place");
        var r = f.api("officer1").post("/api/inspection/inspections", none);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").has("signature")).isTrue();
        assertThat(r.json().get("fields").get("startTime").asString()).contains("开始时间");
        assertThat(r.json().get("fields").get("place").asString()).contains("地点");
        Map<String, Object> refused = f.inspection(t, today, "NO_PROBLEM", List.of());
        refused.put("signature", "REFUSED");
        var noReason = f.api("officer1").post("/api/inspection/inspections", refused);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("fields").get("refusalReason").asString()).contains("拒签");
        Map<String, Object> badImage = f.inspection(t, today, "NO_PROBLEM", List.of());
        badImage.put("signatureImage", "data:image/png;base64,bm90IGEgcG5n");
        assertThat(f.api("officer1").post("/api/inspection/inspections", badImage).status()).isEqualTo(400);
    }

    @Test
    void the_on_site_inspection_record_is_issued_from_exactly_the_facts_entered() throws Exception {
        long t = target("FREIGHT_OPERATOR", "B");
        List<Long> lines = f.lines("HX-JC-01");
        Map<String, Object> body = f.inspection(t, today, "CASE_SOURCE", List.of(lines.get(2)));
        PastTimes times = PastTimes.on(today, "10:07", "10:52");
        body.put("startTime", times.startText());
        body.put("endTime", times.endText());
        body.put("representativeName", "笔录测试人");
        body.put("violationCode", "DLYS-64");
        body.put("caseFacts", "驾驶员未取得从业资格证驾驶营运车辆（测试）");
        body.put("attachments", List.of(Map.of("fileName", "photo.png", "mediaType", "image/png",
                "contentBase64", InspectionFixtures.SIGNATURE.substring("data:image/png;base64,".length()))));
        JsonNode i = f.recorded("officer1", body);
        String text = pdfText(documents.pdf(i.get("documentId").asLong())).replaceAll("\\s", "");
        assertThat(text).contains("现场检查笔录", PastTimes.printed(times.start()), PastTimes.printed(times.end()),
                "企业停车场（测试）", "K2350+200", "笔录测试人", "测试发现的问题" + lines.get(2), "李执法", "王执法", "不符合");
        assertThat(text).doesNotContain("请陈述有关情况");
        if (!times.start().equals(LocalTime.of(9, 0)) && !times.end().equals(LocalTime.of(9, 0))) {
            assertThat(text).as("no time but the ones entered").doesNotContain("9时00分");
        }
        var detail = f.api("officer1").get("/api/inspection/inspections/" + i.get("id").asLong()).json();
        assertThat(detail.get("evidence").findValuesAsString("kind")).contains("PHOTO", "SIGNATURE");
    }

    @Test
    void a_suspected_violation_becomes_a_case_source_linked_both_ways() {
        long t = target("FREIGHT_OPERATOR", "D");
        Map<String, Object> body = f.inspection(t, today, "CASE_SOURCE", List.of(f.lines("HX-JC-01").get(2)));
        body.put("violationCode", "DLYS-64");
        body.put("caseFacts", "驾驶员未取得从业资格证驾驶营运车辆（测试）");
        JsonNode i = f.recorded("officer1", body);
        long caseId = i.get("caseId").asLong();
        var c = f.api("officer1").get("/api/cases/" + caseId);
        assertThat(c.status()).as(c.body()).isEqualTo(200);
        assertThat(c.json().get("source").asString()).isEqualTo("执法检查发现");
        assertThat(c.json().get("sourceNote").asString()).isEqualTo("日常检查 检查记录 " + i.get("id").asLong());
        assertThat(jdbc.sql("select source_reference from case_inspection_source where case_id = :c").param("c", caseId)
                .query(String.class).single()).isEqualTo("INSPECTION:" + i.get("id").asLong());
        Map<String, Object> unknown = f.inspection(t, today, "CASE_SOURCE", List.of(f.lines("HX-JC-01").get(2)));
        unknown.put("violationCode", "NO-SUCH-CODE");
        unknown.put("caseFacts", "事实");
        assertThat(f.api("officer1").post("/api/inspection/inspections", unknown).status()).isEqualTo(400);
    }

    @Test
    void an_order_to_correct_runs_on_the_working_day_calendar_and_a_follow_up_closes_it() throws Exception {
        long t = target("FREIGHT_OPERATOR", "C");
        long bad = f.lines("HX-JC-01").get(1);
        Map<String, Object> body = f.inspection(t, BEFORE_HOLIDAYS, "CORRECTION", List.of(bad));
        body.put("correctionRequirement", "为营运车辆办理并随车携带道路运输证（测试）");
        body.put("correctionWorkingDays", 5);
        JsonNode i = f.recorded("officer1", body);
        // 2026-09-24 + 5 working days: 9-25…27 中秋, 9-28/29/30, 10-1…7 国庆, 10-8, 10-9
        assertThat(i.get("correctionDeadline").asString()).isEqualTo("2026-10-09");
        assertThat(i.get("correctionState").asString()).isEqualTo("RUNNING");
        String order = pdfText(documents.pdf(i.get("correctionDocumentId").asLong())).replaceAll("\\s", "");
        assertThat(order).contains("责令改正", "为营运车辆办理并随车携带道路运输证（测试）", "2026年10月9日");
        // 式样之十六: the remedies, from the unit settings the case decisions use (德令哈 brigade → 德令哈市人民政府)
        assertThat(order).contains("救济途径和期限", "六十日内依法向德令哈市人民政府申请行政复议",
                "六个月内依法向人民法院提起行政诉讼");
        assertThat(order.indexOf("救济途径和期限")).isGreaterThan(order.indexOf("2026年10月9日"))
                .isLessThan(order.indexOf("当事人或其代理人签名"));
        Map<String, Object> followUp = f.inspection(t, LocalDate.of(2026, 10, 8), "NO_PROBLEM", List.of());
        followUp.remove("targetId");
        followUp.remove("itemIds");
        followUp.put("followUpOf", i.get("id").asLong());
        JsonNode again = f.recorded("officer2", followUp);
        assertThat(again.get("kind").asString()).isEqualTo("FOLLOW_UP");
        JsonNode original = f.api("officer1").get("/api/inspection/inspections/" + i.get("id").asLong()).json()
                .get("inspection");
        assertThat(original.get("correctionState").asString()).isEqualTo("MET");
        assertThat(original.get("followUpId").asLong()).isEqualTo(again.get("id").asLong());
    }

    @Test
    void an_order_to_correct_without_a_follow_up_by_its_deadline_is_marked_overdue() {
        long t = target("FREIGHT_OPERATOR", "C");
        Map<String, Object> body = f.inspection(t, BEFORE_HOLIDAYS, "CORRECTION", List.of(f.lines("HX-JC-01").get(0)));
        body.put("correctionRequirement", "办理经营许可（测试）");
        body.put("correctionWorkingDays", 3);
        JsonNode i = f.recorded("officer1", body);
        sweep.sweep();
        assertThat(jdbc.sql("select correction_state from inspection where id = :id").param("id", i.get("id").asLong())
                .query(String.class).single()).isEqualTo("OVERDUE");
    }

    @Test
    void results_are_due_for_publication_within_20_working_days_and_a_late_release_is_marked() {
        long t = f.target("officer1", 11, "VEHICLE", "C").get("id").asLong();
        Map<String, Object> body = f.inspection(t, BEFORE_HOLIDAYS, "NO_PROBLEM", List.of());
        body.put("itemIds", List.of(f.itemId("HX-JC-02")));
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        f.lines("HX-JC-02").forEach(l -> answers.add(Map.of("checklistItemId", l, "answer", "COMPLIANT")));
        body.put("answers", answers);
        JsonNode i = f.recorded("officer1", body);
        // 2026-09-24 + 20 working days, counting the adjusted working Saturday 10-10 (legal-rules §1)
        assertThat(i.get("publicationDue").asString()).isEqualTo("2026-10-29");
        assertThat(f.api("officer1").post("/api/inspection/inspections/" + i.get("id").asLong() + "/publish", Map.of())
                .status()).isEqualTo(403);
        var pub = f.api("head1").post("/api/inspection/inspections/" + i.get("id").asLong() + "/publish", Map.of());
        assertThat(pub.status()).as(pub.body()).isEqualTo(200);
        assertThat(pub.json().get("publicationNote").asString()).contains("逾期公示");
        String results = TestApi.anonymous(port).get("/api/public/inspection/results").body();
        JsonNode target = f.api("officer1").get("/api/inspection/targets/" + t).json();
        String plate = target.get("plateNumber").asString();
        assertThat(results).contains("2026-09-24").doesNotContain(plate);
    }

    @Test
    void inspections_stay_within_the_data_scope() {
        long t = target("FREIGHT_OPERATOR", "B");
        JsonNode i = f.recorded("officer1", f.inspection(t, today, "NO_PROBLEM", List.of()));
        assertThat(f.api("officer3").get("/api/inspection/inspections/" + i.get("id").asLong()).status()).isEqualTo(404);
        assertThat(f.api("supervisor1").get("/api/inspection/inspections/" + i.get("id").asLong()).status()).isEqualTo(200);
        assertThat(f.api("officer3").get("/api/inspection/inspections").body()).doesNotContain("\"id\":" + i.get("id").asLong() + ",");
        assertThat(f.api("head1").post("/api/inspection/inspections", f.inspection(t, today, "NO_PROBLEM", List.of()))
                .status()).isEqualTo(403);
    }

    @Test
    void the_ledger_pages_by_keyset_and_exports_to_excel() {
        long t = target("FREIGHT_OPERATOR", "A");
        for (int k = 0; k < 3; k++) {
            f.recorded("officer1", f.inspection(t, today.minusDays(3 + k), "NO_PROBLEM", List.of()));
        }
        var first = f.api("officer1").get("/api/inspection/inspections?size=2").json();
        assertThat(first.get("items")).hasSize(2);
        String next = first.get("next").asString();
        var second = f.api("officer1").get("/api/inspection/inspections?size=2&cursor=" + next).json();
        assertThat(second.get("items").get(0).get("id").asLong()).isNotEqualTo(first.get("items").get(1).get("id").asLong());
        assertThat(f.api("officer1").get("/api/inspection/inspections?cursor=bad").status()).isEqualTo(400);
        var x = f.api("officer1").get("/api/inspection/inspections/export.xlsx?q=%E6%B5%8B%E8%AF%95");
        assertThat(x.status()).isEqualTo(200);
        assertThat(x.contentType()).contains("spreadsheetml");
    }

    @Test
    void repeated_inspections_of_one_object_within_the_window_are_flagged() {
        long t = target("FREIGHT_OPERATOR", "B");
        f.recorded("officer1", f.inspection(t, today.minusDays(1), "NO_PROBLEM", List.of()));
        f.recorded("officer1", f.inspection(t, today, "NO_PROBLEM", List.of()));
        var m = f.api("head1").get("/api/inspection/monitor").json();
        assertThat(m.get("flags").findValues("targetId").stream().map(JsonNode::asLong)).contains(t);
    }

    @Test
    void recusal_with_unit_mode_blocks_the_unit_that_inspected_the_object_last_time() {
        long t = target("FREIGHT_OPERATOR", "D");
        f.recorded("officer1", f.inspection(t, today.minusDays(2), "NO_PROBLEM", List.of()));
        var plan = f.publishedPlan("上次检查单位回避（测试）", InspectionFixtures.ALL, "UNIT");
        var c = f.api("head1").post("/api/inspection/plans/" + plan.get("id").asLong() + "/draws", Map.of());
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        JsonNode m = TestApi.anonymous(port).get("/api/public/inspection/draws/" + c.json().get("id").asLong()
                + "/manifest").json();
        Map<String, String> blocked = new HashMap<>();
        m.get("objects").forEach(o -> blocked.put(o.get(0).asString(), o.get(3).toString()));
        assertThat(blocked.get("T" + t)).isEqualTo("[\"DLH-ZF\"]");
    }

    @Test
    void statistics_count_inspections_per_unit() {
        long t = target("FREIGHT_OPERATOR", "B");
        f.recorded("officer1", f.inspection(t, today, "NO_PROBLEM", List.of()));
        var s = f.api("head1").get("/api/inspection/statistics?from=" + today + "&to=" + today).json();
        boolean found = false;
        for (JsonNode u : s) {
            if (u.get("unitId").asLong() == 11) {
                assertThat(u.get("otherInspections").asLong()).isPositive();
                assertThat(u.get("noProblem").asLong()).isPositive();
                found = true;
            }
        }
        assertThat(found).isTrue();
        assertThat(f.api("officer1").get("/api/inspection/statistics?from=" + today + "&to=" + today).status())
                .isEqualTo(403);
    }
}
