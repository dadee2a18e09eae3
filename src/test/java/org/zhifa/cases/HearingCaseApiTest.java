package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.direct;
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
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** A large fine: legal review, hearing, legal review after the hearing, collective discussion, decision, filing. */
@ZhifaIntegrationTest
class HearingCaseApiTest {

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

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void a_large_fine_goes_through_legal_review_hearing_review_after_hearing_and_collective_discussion() throws Exception {
        long id = flow.investigated("GLF-77-1", d(9, 1), 201, 6000, map("complexCase", true,
                "amountReason", "占用面积大且拒不改正（测试）"));
        assertThat(flow.get(id).get("review").get("legalReviewRequired").asBoolean()).isTrue();
        assertThat(flow.refused("head1", id, "approve-notice", on(d(9, 2), "opinion", "同意"))).contains("第五十八条");
        flow.ok("head1", id, "send-to-legal-review", on(d(9, 2), "opinion", "案情复杂，送法制审核（测试）"));
        assertThat(flow.step("officer1", id, "legal-review-agree", on(d(9, 2), "opinion", "同意")).status()).isEqualTo(403);
        flow.ok("reviewer1", id, "legal-review-agree", on(d(9, 3), "opinion", "事实清楚、证据确凿、适用依据正确，同意（测试）"));
        flow.ok("officer1", id, "issue-notice", on(d(9, 4)));
        flow.ok("officer1", id, "serve-notice", on(d(9, 4), "service", direct(d(9, 4))));
        assertThat(flow.get(id).get("notice").get("hearingApplies").asBoolean()).isTrue();
        assertThat(flow.refused("officer1", id, "ready-for-decision", on(d(9, 4)))).contains("第四十五条");
        flow.ok("officer1", id, "request-hearing", on(d(9, 7), "form", "WRITTEN"));
        long head = flow.officerId("head1");
        Map<String, Object> schedule = on(d(9, 8), "hearingAt", "2026-09-18T09:30", "place", "德令哈市交通运输局听证室（测试）",
                "presidingOfficerId", head, "hearingOfficerIds", List.of(flow.officerId("reviewer1")),
                "hearingRecorderId", flow.officerId("officer3"), "publicity", "PUBLIC");
        Map<String, Object> byInvestigator = new java.util.HashMap<>(schedule);
        byInvestigator.put("presidingOfficerId", flow.officerId("officer1"));
        assertThat(flow.refused("head1", id, "schedule-hearing", byInvestigator)).contains("第六十四条");
        flow.ok("head1", id, "schedule-hearing", schedule);
        var hearingRecord = flow.get(id).get("notice").get("hearing");
        assertThat(hearingRecord.get("hearingOfficers").get(0).get("officerId").asLong())
                .isEqualTo(flow.officerId("reviewer1"));
        assertThat(hearingRecord.get("recorder").get("officerId").asLong()).isEqualTo(flow.officerId("officer3"));
        assertThat(flow.refused("officer1", id, "serve-hearing-notice", on(d(9, 14), "service", direct(d(9, 14)))))
                .contains("第六十四条");
        flow.ok("officer1", id, "serve-hearing-notice", on(d(9, 8), "service", direct(d(9, 8))));
        assertThat(flow.refused("head1", id, "to-discussion", on(d(9, 10)))).contains("第六十四条");
        Map<String, Object> hearing = on(d(9, 18), "startTime", "09:30", "endTime", "11:00",
                "place", "德令哈市交通运输局听证室（测试）", "recorderId", flow.officerId("officer3"), "attendance", "PARTY",
                "proceedings", List.of(map("speaker", "调查人员", "text", "当事人堆放砂石60平方米（测试）"),
                        map("speaker", "当事人", "text", "已清理现场（测试）")));
        assertThat(flow.refused("head1", id, "record-hearing", hearing)).contains("第四十七条");
        flow.uploadRecording(id);
        flow.ok("head1", id, "record-hearing", hearing);
        assertThat(flow.get(id).get("notice").get("hearing").get("recordedBy").get("officerId").asLong())
                .isEqualTo(flow.officerId("officer3"));
        assertThat(flow.refused("head1", id, "ready-for-decision", on(d(9, 21))))
                .isEqualTo("《行政处罚法》第五十八条第一款第（二）项");
        flow.ok("head1", id, "send-to-hearing-review", on(d(9, 21)));
        flow.ok("reviewer1", id, "hearing-review-agree", on(d(9, 21), "opinion", "听证后复核，同意罚款5000元（测试）"));
        assertThat(flow.refused("head1", id, "ready-for-decision", on(d(9, 21)))).contains("第五十七条");
        flow.ok("head1", id, "to-discussion", on(d(9, 21)));
        flow.ok("head1", id, "record-discussion", on(d(9, 22), "startTime", "15:00", "endTime", "15:40",
                "place", "德令哈市交通运输局会议室（测试）", "presiding", "周局长（测试）",
                "attendees", List.of(map("name", "周局长（测试）", "position", "局长", "opinion", "同意罚款5000元"),
                        map("name", "副局长（测试）", "position", "副局长", "opinion", "同意"),
                        map("name", "法规科长（测试）", "position", "科长", "opinion", "程序合法，同意")),
                "recorder", "办公室文员（测试）", "conclusion", "罚款5000元"));
        assertThat(flow.refused("head1", id, "decide", CaseFlow.decide(d(9, 23), 7000))).contains("第四十五条");
        assertThat(flow.refused("head1", id, "decide", CaseFlow.decide(d(9, 23), 5000))).contains("第六十五条");
        Map<String, Object> decide = CaseFlow.decide(d(9, 23), 5000);
        decide.put("citesHearingRecord", true);
        var decided = flow.ok("head1", id, "decide", decide);
        assertThat(decided.get("state").asString()).isEqualTo("SERVICE");
        var detail = flow.get(id);
        assertThat(detail.get("decision").get("major").asBoolean()).isTrue();
        assertThat(detail.get("decision").get("reconsiderationBody").asString()).isEqualTo("德令哈市人民政府");
        Map<String, Object> electronic = map("method", "ELECTRONIC", "servedAt", "2026-09-24T09:00",
                "recipient", "测试当事人201", "electronicAddress", "party201@example.test");
        assertThat(flow.refused("officer1", id, "serve-decision", on(d(9, 24), "service", electronic))).contains("第六十一条");
        flow.ok("officer1", id, "confirm-service-address", on(d(9, 23), "address", "青海省德令哈市测试路201号",
                "recipient", "测试当事人201", "contactPhone", "0977-0000201", "acceptsElectronicService", true,
                "electronicAddress", "party201@example.test", "signedBy", "测试当事人201"));
        flow.ok("officer1", id, "serve-decision", on(d(9, 24), "service", electronic));
        // filed 20 days after the decision: more than 5 working days, flagged as late
        flow.ok("officer1", id, "file-major-decision", on(d(10, 13)));
        var line = findCase(TestApi.as(port, "supervisor1").get("/api/cases/filings").json(), id);
        assertThat(line.get("filedLate").asBoolean()).isTrue();
        assertThat(flow.step("head1", id, "acknowledge-filing", on(d(10, 14))).status()).isEqualTo(422);
        flow.ok("supervisor1", id, "acknowledge-filing", on(d(10, 14)));
        assertThat(findCase(TestApi.as(port, "supervisor1").get("/api/cases/filings").json(), id)
                .get("acknowledgedBy").asString()).contains("监督局");
        String docs = flow.get(id).get("documents").toString();
        assertThat(docs).contains("LEGAL_REVIEW_OPINION", "HEARING_NOTICE", "HEARING_RECORD",
                "COLLECTIVE_DISCUSSION_RECORD", "PENALTY_DECISION", "MAJOR_DECISION_FILING_REPORT",
                "MAJOR_DECISION_FILING_FORM", "PROOF_OF_SERVICE");
    }

    /** The 听证通知书 names a 记录员 (式样之十二): scheduling without one is missing input, named in Chinese (no article). */
    @Test
    void scheduling_a_hearing_without_a_recorder_is_refused_naming_the_recorder() {
        long id = hearingRequested(202);
        var r = flow.step("head1", id, "schedule-hearing", on(d(9, 8), "hearingAt", "2026-09-18T09:30",
                "place", "德令哈市交通运输局听证室（测试）", "presidingOfficerId", flow.officerId("head1"), "publicity", "PUBLIC"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("请选择记录员").doesNotContain("\"article\"");
    }

    /** The presiding officer, a hearing officer and the recorder are three roles: one person is not named twice. */
    @Test
    void one_person_holds_one_hearing_role_and_the_case_page_shows_the_people_scheduled() {
        long id = hearingRequested(203);
        long head = flow.officerId("head1");
        var r = flow.step("head1", id, "schedule-hearing", on(d(9, 8), "hearingAt", "2026-09-18T09:30",
                "place", "德令哈市交通运输局听证室（测试）", "presidingOfficerId", head, "hearingRecorderId", head,
                "publicity", "PUBLIC"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("记录员不得与听证主持人、听证员为同一人");
        flow.ok("head1", id, "schedule-hearing", on(d(9, 8), "hearingAt", "2026-09-18T09:30",
                "place", "德令哈市交通运输局听证室（测试）", "presidingOfficerId", head, "hearingRecorderId", flow.officerId("officer3"),
                "hearingOfficerIds", List.of(flow.officerId("reviewer1")), "publicity", "PUBLIC"));
        // the case page shows whom the notice names
        var page = TestApi.as(port, "head1").get("/cases/" + id);
        assertThat(page.status()).isEqualTo(200);
        String card = page.body().substring(page.body().indexOf("id=\"hearing\""));
        assertThat(card.substring(0, card.indexOf("办理记录"))).contains("周局长", name("reviewer1"), name("officer3"),
                "2026-09-18 09:30");
    }

    /** The form offers officers in post; an officer who has left the post is not accepted as 听证员 (400, no article). */
    @Test
    void an_officer_who_has_left_the_post_is_not_accepted_as_hearing_officer() {
        var left = jdbc.sql("select id, left_on from officer where status = 'LEFT' and kind = 'OFFICER' order by id limit 1")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class))).single();
        LocalDate act = left.getValue().plusDays(1);
        long id = hearingRequested(205, act);
        var r = flow.step("head1", id, "schedule-hearing", on(act.plusDays(7), "hearingAt", act.plusDays(17) + "T09:30",
                "place", "德令哈市交通运输局听证室（测试）", "presidingOfficerId", flow.officerId("head1"),
                "hearingOfficerIds", List.of(left.getKey()), "hearingRecorderId", flow.officerId("officer3"),
                "publicity", "PUBLIC"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("hearingOfficerIds").asString()).contains("听证员");
        assertThat(r.json().has("article")).isFalse();
    }

    /** The 听证通知书 and the 听证笔录 print the presiding officer, the hearing officers and the recorder scheduled. */
    @Test
    void the_hearing_notice_and_record_print_the_hearing_officers_and_the_recorder() throws Exception {
        long id = hearingRequested(204);
        flow.ok("head1", id, "schedule-hearing", on(d(9, 8), "hearingAt", "2026-09-18T09:30",
                "place", "德令哈市交通运输局听证室（测试）", "presidingOfficerId", flow.officerId("head1"),
                "hearingOfficerIds", List.of(flow.officerId("reviewer1"), flow.officerId("officer3")),
                // an investigator of the case as recorder: 第六十四条第（四）项 bars only the presiding officer
                "hearingRecorderId", flow.officerId("officer2"), "publicity", "PUBLIC"));
        flow.ok("officer1", id, "serve-hearing-notice", on(d(9, 8), "service", direct(d(9, 8))));
        flow.uploadRecording(id);
        flow.ok("head1", id, "record-hearing", on(d(9, 18), "startTime", "09:30", "endTime", "10:40",
                "place", "德令哈市交通运输局听证室（测试）", "recorderId", flow.officerId("officer2"), "attendance", "PARTY",
                "proceedings", List.of(map("speaker", "当事人", "text", "对事实无异议（测试）"))));
        String reviewer = name("reviewer1");
        String second = name("officer3");
        String recorder = name("officer2");
        // each with the post (职务) the personnel file records, as the national form names them
        assertThat(text(id, "HEARING_NOTICE")).contains("听证主持人：" + name("head1") + "（局长）",
                "听证员：" + reviewer + "（法制审核员）、" + second + "（执法队员）", "记录员：" + recorder + "（执法队员）");
        assertThat(text(id, "HEARING_RECORD")).contains("听证员" + reviewer + "、" + second, "记录员" + recorder);
    }

    /** A hearing requested, scheduled (记录员 officer2) and its notice served, the recording uploaded. */
    private long scheduledAndServed(int n) throws Exception {
        long id = hearingRequested(n);
        flow.ok("head1", id, "schedule-hearing", on(d(9, 8), "hearingAt", "2026-09-18T09:30",
                "place", "德令哈市交通运输局听证室（测试）", "presidingOfficerId", flow.officerId("head1"),
                "hearingOfficerIds", List.of(flow.officerId("reviewer1")), "hearingRecorderId", flow.officerId("officer2"),
                "publicity", "PUBLIC"));
        flow.ok("officer1", id, "serve-hearing-notice", on(d(9, 8), "service", direct(d(9, 8))));
        flow.uploadRecording(id);
        return id;
    }

    private static Map<String, Object> held(Object recorderId) {
        Map<String, Object> in = on(d(9, 18), "startTime", "09:30", "endTime", "10:40",
                "place", "德令哈市交通运输局听证室（测试）", "attendance", "PARTY",
                "proceedings", List.of(map("speaker", "当事人", "text", "对事实无异议（测试）")));
        if (recorderId != null) {
            in.put("recorderId", recorderId);
        }
        return in;
    }

    /**
     * The officer states who recorded at this hearing: nothing is taken from the 听证通知书 unless chosen (400 "请选择记录人",
     * no article); another officer in post may record (e.g. after a recusal) and is printed; the presiding officer or a
     * hearing officer is not the recorder (one person, one role).
     */
    @Test
    void the_recorder_of_the_hearing_is_chosen_at_the_hearing_and_printed() throws Exception {
        long id = scheduledAndServed(206);
        var missing = flow.step("head1", id, "record-hearing", held(null));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("请选择记录人").doesNotContain("\"article\"");
        assertThat(missing.json().get("fields").has("recorderId")).isTrue();
        var presiding = flow.step("head1", id, "record-hearing", held(flow.officerId("head1")));
        assertThat(presiding.status()).isEqualTo(400);
        assertThat(presiding.body()).contains("记录人不得与听证主持人、听证员为同一人");
        long auxiliary = jdbc.sql("select id from officer where kind = 'AUXILIARY' order by id limit 1").query(Long.class)
                .single();
        var byAuxiliary = flow.step("head1", id, "record-hearing", held(auxiliary));
        assertThat(byAuxiliary.status()).isEqualTo(400);
        assertThat(byAuxiliary.body()).contains("请从列出的执法人员中选择记录人");
        flow.ok("head1", id, "record-hearing", held(flow.officerId("officer3")));
        String record = text(id, "HEARING_RECORD");
        assertThat(record).contains("记录员" + name("officer3")).doesNotContain("记录员" + name("officer2"));
        assertThat(flow.get(id).get("notice").get("hearing").get("recordedBy").get("name").asString())
                .isEqualTo(name("officer3"));
    }

    /**
     * 式样之十三 asks the 第三人 and the other participants with their sex, age and 工作单位及职务: printed as entered, where the
     * form puts them (after 委托代理人); when there were none nothing is printed (never "无"), and "无" is not a name.
     */
    @Test
    void third_parties_and_other_participants_of_a_hearing_are_printed_as_entered_and_none_prints_nothing() throws Exception {
        long id = scheduledAndServed(207);
        Map<String, Object> noneAsName = held(flow.officerId("officer2"));
        noneAsName.put("thirdParties", List.of(map("name", "无")));
        var r = flow.step("head1", id, "record-hearing", noneAsName);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("thirdParties").asString()).contains("没有第三人的，不填写此项");
        Map<String, Object> in = held(flow.officerId("officer2"));
        in.put("thirdParties", List.of(map("name", "赵第三（测试）", "sex", "MALE", "age", 45,
                "workplace", "示例物流公司经理（测试）")));
        in.put("otherParticipants", List.of(map("name", "钱证人（测试）", "sex", "FEMALE", "workplace", "示例村村民（测试）"),
                map("name", "孙翻译（测试）")));
        flow.ok("head1", id, "record-hearing", in);
        String record = text(id, "HEARING_RECORD");
        assertThat(record).contains("第三人", "赵第三（测试）", "性别：男", "年龄：45", "示例物流公司经理（测试）",
                "其他参与人员", "钱证人（测试）", "性别：女", "示例村村民（测试）", "孙翻译（测试）");
        assertThat(record.indexOf("执法人员")).isLessThan(record.indexOf("第三人"));
        assertThat(record.indexOf("第三人")).isLessThan(record.indexOf("其他参与人员"));
        assertThat(record.indexOf("其他参与人员")).isLessThan(record.indexOf("当事人出席情况"));

        long none = scheduledAndServed(208);
        flow.ok("head1", none, "record-hearing", held(flow.officerId("officer2")));
        assertThat(text(none, "HEARING_RECORD")).doesNotContain("第三人", "其他参与人员");
    }

    private String text(long caseId, String type) throws Exception {
        return CaseFlow.documentText(documents, caseId, type);
    }

    private String name(String user) {
        return jdbc.sql("select o.name from officer o join user_account u on u.id = o.user_id where u.username = ?")
                .param(user).query(String.class).single();
    }

    private long hearingRequested(int n) {
        return hearingRequested(n, d(9, 1));
    }

    /** Investigated from {@code act}, reviewed, notified on act + 3 days, a hearing requested on act + 6 days. */
    private long hearingRequested(int n, LocalDate act) {
        long id = flow.investigated("GLF-77-1", act, n, 6000, map("complexCase", true,
                "amountReason", "占用面积大且拒不改正（测试）"));
        flow.ok("head1", id, "send-to-legal-review", on(act.plusDays(1), "opinion", "案情复杂，送法制审核（测试）"));
        flow.ok("reviewer1", id, "legal-review-agree", on(act.plusDays(2), "opinion", "同意（测试）"));
        flow.ok("officer1", id, "issue-notice", on(act.plusDays(3)));
        flow.ok("officer1", id, "serve-notice", on(act.plusDays(3), "service", direct(act.plusDays(3))));
        flow.ok("officer1", id, "request-hearing", on(act.plusDays(6), "form", "WRITTEN"));
        return id;
    }

    private static tools.jackson.databind.JsonNode findCase(tools.jackson.databind.JsonNode list, long id) {
        for (var n : list) {
            if (n.get("caseId").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("case " + id + " not in " + list);
    }
}
