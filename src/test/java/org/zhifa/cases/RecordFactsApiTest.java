package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.map;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.documents.PdfPages;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The facts the national forms print about the people of a record, entered at the step and printed where the form puts
 * them: the interviewee's sex, age, ID number, telephone, workplace and address and the inquiry count of 询问笔录
 * (式样之二), the weather and the posts of 勘验笔录 (式样之三), the vehicle type, the other persons present and the remarks
 * of 现场笔录 (式样之四). A missing one is a 400 naming the field in Chinese, never a default.
 */
@ZhifaIntegrationTest
class RecordFactsApiTest {

    private static final LocalDate ACT = LocalDate.of(2026, 8, 3);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnforcementDocuments documents;
    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    private List<IssuedDocument> issued(long caseId, DocumentType type) {
        return documents.list("CASE:" + caseId).stream().filter(d -> d.type() == type).toList();
    }

    /** The text as drawn: each cell whole (a wrapped cell is not cut by its neighbour's label). */
    private String text(IssuedDocument d) throws Exception {
        return String.join("", PdfPages.texts(documents.pdf(d.id()))).replaceAll("\\s+", "");
    }

    /** The text in reading order (top to bottom), for the order of the labels. */
    private String reading(IssuedDocument d) throws Exception {
        return String.join("", PdfPages.readingTexts(documents.pdf(d.id()))).replaceAll("\\s+", "");
    }

    private static int ageOn(String idNumber, LocalDate on) {
        return Period.between(org.zhifa.personnel.IdCardNumber.of(idNumber).birthDate(), on).getYears();
    }

    @Test
    void the_inquiry_record_prints_the_interviewees_sex_age_id_number_telephone_workplace_and_address_in_the_forms_order()
            throws Exception {
        long id = flow.filed("GLF-77-1", ACT, 781);
        String idNumber = CaseFlow.citizenId(781);
        Map<String, Object> in = flow.inquiry(ACT.plusDays(1));
        in.putAll(map("intervieweeName", "询问事实证人", "relation", "证人", "intervieweeSex", "FEMALE",
                "intervieweeAge", ageOn(idNumber, ACT.plusDays(1)), "intervieweeIdNumber", idNumber,
                "intervieweePhone", "13900000781", "intervieweeWorkplace", "德令哈市示例运输队驾驶员（测试）",
                "intervieweeAddress", "青海省德令哈市证人路7号（测试）"));
        flow.ok("officer1", id, "record-inquiry", in);
        IssuedDocument record = issued(id, DocumentType.INQUIRY_RECORD).get(1);
        assertThat(text(record)).contains("被询问人询问事实证人", "与本案关系证人", "性别女", "年龄" + ageOn(idNumber, ACT.plusDays(1)),
                "身份证件号" + idNumber, "联系电话13900000781", "工作单位及职务德令哈市示例运输队驾驶员（测试）",
                "联系地址青海省德令哈市证人路7号（测试）");
        String t = reading(record);
        assertThat(t.indexOf("与本案关系")).isLessThan(t.indexOf("性别"));
        assertThat(t.indexOf("性别")).isLessThan(t.indexOf("年龄"));
        assertThat(t.indexOf("年龄")).isLessThan(t.indexOf("身份证件号"));
        assertThat(t.indexOf("联系电话")).isLessThan(t.indexOf("工作单位及职务"));
        assertThat(t.indexOf("工作单位及职务")).isLessThan(t.indexOf("联系地址"));
        assertThat(t.indexOf("联系地址")).isLessThan(t.indexOf("问："));
        // the telephone is personal data: the step history keeps it masked, like the ID number
        String payload = jdbc.sql("select payload::text from case_step where case_id = ? and transition = 'record-inquiry'"
                + " order by id desc limit 1").param(id).query(String.class).single();
        assertThat(payload).doesNotContain("13900000781").doesNotContain(idNumber).contains("139****0781");
    }

    @Test
    void the_inquiry_count_is_the_number_of_inquiry_records_of_the_same_interviewee_by_id_number_else_by_name()
            throws Exception {
        // filed() records the first inquiry of 测试当事人 (no ID number)
        long id = flow.filed("GLF-77-1", ACT, 782);
        String idNumber = CaseFlow.citizenId(782);
        LocalDate day = ACT.plusDays(1);
        int age = ageOn(idNumber, day);
        // the same name, an ID number now: the earlier record gave none, so the names match → 第2次
        Map<String, Object> second = flow.inquiry(day);
        second.putAll(map("intervieweeIdNumber", idNumber, "intervieweeAge", age));
        flow.ok("officer1", id, "record-inquiry", second);
        // another person → 第1次
        Map<String, Object> other = flow.inquiry(day);
        other.put("intervieweeName", "另一证人");
        flow.ok("officer1", id, "record-inquiry", other);
        // a namesake with another ID number is another person → 第1次
        Map<String, Object> namesake = flow.inquiry(day);
        String otherId = CaseFlow.citizenId(783);
        namesake.putAll(map("intervieweeIdNumber", otherId, "intervieweeAge", ageOn(otherId, day)));
        flow.ok("officer1", id, "record-inquiry", namesake);
        // the first interviewee again, by ID number → 第3次 (the record without an ID and the one with it)
        flow.ok("officer1", id, "record-inquiry", second);
        List<IssuedDocument> records = issued(id, DocumentType.INQUIRY_RECORD);
        assertThat(records).hasSize(5);
        assertThat(records.stream().map(d -> ((Number) d.fields().get("inquiryNumber")).intValue()).toList())
                .containsExactly(1, 2, 1, 2, 3);
        assertThat(text(records.get(4))).contains("询问次数第3次询问");
        assertThat(text(records.get(2))).contains("询问次数第1次询问");
        // the count is not an input: a typed one is refused as a field the step does not use
        Map<String, Object> typed = flow.inquiry(day);
        typed.put("inquiryNumber", 7);
        var r = flow.step("officer1", id, "record-inquiry", typed);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").has("inquiryNumber")).isTrue();
    }

    @Test
    void an_interviewee_fact_the_form_requires_is_a_400_naming_it_and_a_person_without_a_workplace_is_entered_as_such() {
        long id = flow.filed("GLF-77-1", ACT, 784);
        Map<String, Object> in = flow.inquiry(ACT.plusDays(1));
        in.remove("intervieweeSex");
        in.remove("intervieweeAge");
        in.remove("intervieweeWorkplace");
        in.remove("intervieweeAddress");
        var r = flow.step("officer1", id, "record-inquiry", in);
        assertThat(r.status()).isEqualTo(400);
        var fields = r.json().get("fields");
        assertThat(fields.get("intervieweeSex").asString()).isEqualTo("请选择被询问人性别");
        assertThat(fields.get("intervieweeAge").asString()).isEqualTo("请填写被询问人年龄");
        assertThat(fields.get("intervieweeWorkplace").asString()).contains("没有工作单位的填写“无”");
        assertThat(fields.get("intervieweeAddress").asString()).isEqualTo("请填写被询问人联系地址");
        assertThat(r.json().has("article")).isFalse();
    }

    @Test
    void the_age_entered_must_be_the_age_the_resident_id_number_states_on_the_day_of_the_inquiry() {
        long id = flow.filed("GLF-77-1", ACT, 785);
        String idNumber = CaseFlow.citizenId(785);
        Map<String, Object> in = flow.inquiry(ACT.plusDays(1));
        in.putAll(map("intervieweeIdNumber", idNumber, "intervieweeAge", ageOn(idNumber, ACT.plusDays(1)) + 3));
        var r = flow.step("officer1", id, "record-inquiry", in);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("intervieweeAge").asString()).contains("出生日期不符");
    }

    private Map<String, Object> examination(LocalDate d) {
        return CaseFlow.on(d, "startTime", "10:00", "endTime", "10:40", "place", "G315线K705+200路基（测试）",
                "weather", "晴，气温十二摄氏度（测试）",
                "officerIds", List.of(flow.officerId("officer1"), flow.officerId("officer2")),
                "recorderId", flow.officerId("officer2"), "credentialsShown", true, "object", "被挖掘的路基（测试）",
                "partyPost", "个体运输户（测试）", "witness", "勘验见证人（测试）", "witnessPost", "德令哈市示例村村委会主任（测试）",
                "content", "路基挖掘长约五米、宽约二米（测试）");
    }

    @Test
    void the_examination_record_prints_the_weather_and_the_posts_of_the_officers_recorder_party_and_invitee()
            throws Exception {
        long id = flow.filed("GLF-77-1", ACT, 786);
        // the posts come from the personnel file (demo: 李执法 执法中队长, 王执法 执法队员)
        flow.ok("officer1", id, "record-examination", examination(ACT.plusDays(1)));
        IssuedDocument record = issued(id, DocumentType.INSPECTION_RECORD).get(0);
        assertThat(text(record)).contains("天气状况晴，气温十二摄氏度（测试）", "李执法（职务执法中队长，执法证号",
                "王执法（职务执法队员，执法证号", "当事人单位及职务个体运输户（测试）",
                "被邀请人勘验见证人（测试）", "被邀请人单位及职务德令哈市示例村村委会主任（测试）", "记录人职务执法队员");
        String t = reading(record);
        assertThat(t.indexOf("勘验场所")).isLessThan(t.indexOf("天气状况"));
        assertThat(t.indexOf("天气状况")).isLessThan(t.indexOf("勘验人"));
        assertThat(t.indexOf("被邀请人单位及职务")).isLessThan(t.indexOf("记录人职务"));
    }

    @Test
    void an_examination_without_the_weather_or_with_an_invitee_but_not_their_post_is_a_400_naming_the_field() {
        long id = flow.filed("GLF-77-1", ACT, 787);
        Map<String, Object> noWeather = examination(ACT.plusDays(1));
        noWeather.remove("weather");
        var r = flow.step("officer1", id, "record-examination", noWeather);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("weather").asString()).isEqualTo("请填写天气状况");
        Map<String, Object> noPost = examination(ACT.plusDays(1));
        noPost.remove("witnessPost");
        var r2 = flow.step("officer1", id, "record-examination", noPost);
        assertThat(r2.status()).isEqualTo(400);
        assertThat(r2.json().get("fields").get("witnessPost").asString()).contains("请填写被邀请人单位及职务");
        assertThat(issued(id, DocumentType.INSPECTION_RECORD)).isEmpty();
    }

    @Test
    void the_site_record_prints_the_vehicle_type_the_other_persons_present_and_the_remarks_where_the_form_has_them()
            throws Exception {
        long id = flow.filed("GLF-77-1", ACT, 788);
        Map<String, Object> in = flow.site(ACT.plusDays(1), "officer2");
        String idNumber = CaseFlow.citizenId(789);
        in.putAll(map("vehicleType", "重型半挂牵引车（测试）", "presentPersons", List.of(
                map("name", "现场押运员（测试）", "sex", "MALE", "relation", "押运人员", "idNumber", idNumber),
                map("name", "现场路人（测试）", "sex", "FEMALE", "relation", "目击者")),
                "remarks", "当事人拒绝在笔录上签名（测试）"));
        flow.ok("officer1", id, "record-site", in);
        IssuedDocument record = issued(id, DocumentType.SITE_RECORD).get(0);
        assertThat(text(record)).contains("车（船）型重型半挂牵引车（测试）", "其他现场人员", "现场押运员（测试）", "男", "押运人员", idNumber,
                "现场路人（测试）", "女", "目击者", "备注：当事人拒绝在笔录上签名（测试）");
        String t = reading(record);
        assertThat(t.indexOf("其他现场人员")).isLessThan(t.indexOf("现场情况"));
        assertThat(t.indexOf("上述笔录我已看过")).isLessThan(t.indexOf("备注"));
        // the ID number of a person present is masked in the step history
        String payload = jdbc.sql("select payload::text from case_step where case_id = ? and transition = 'record-site'")
                .param(id).query(String.class).single();
        assertThat(payload).doesNotContain(idNumber);
    }

    @Test
    void a_person_present_without_sex_or_relation_is_a_400_naming_the_row() {
        long id = flow.filed("GLF-77-1", ACT, 790);
        Map<String, Object> in = flow.site(ACT.plusDays(1), "officer2");
        in.put("presentPersons", List.of(map("name", "现场人员（测试）")));
        var r = flow.step("officer1", id, "record-site", in);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").toString()).contains("请选择现场人员性别", "请填写现场人员与案件的关系");
    }
}
