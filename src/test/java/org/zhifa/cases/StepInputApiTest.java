package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.map;
import static org.zhifa.cases.CaseFlow.on;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.cases.internal.ProcedureCatalog;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Each step's input is its own record: a field the step does not use, a missing fact, a misspelt step or a value of
 * the wrong type is a 400 (or 404) naming it in Chinese and citing no law; the day of the act and the moment of entry
 * are both recorded, a late entry with its reason; OpenAPI documents each step's own schema.
 */
@ZhifaIntegrationTest
class StepInputApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    org.zhifa.documents.EnforcementDocuments documents;
    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    private long registeredToday(int n) {
        LocalDate today = LocalDate.now(CaseFlow.ZONE);
        return flow.create(flow.draft("GLF-77-1", today, n)).get("id").asLong();
    }

    @Test
    void a_field_the_step_does_not_use_is_refused_and_named() {
        long id = registeredToday(701);
        Map<String, Object> body = on(LocalDate.now(CaseFlow.ZONE), "opinion", "建议立案（测试）", "amountYuan", 100);
        var r = flow.step("officer1", id, "submit-filing", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").has("amountYuan")).isTrue();
        assertThat(r.json().get("detail").asString()).contains("amountYuan").contains("不使用");
        assertThat(r.json().has("article")).isFalse();
    }

    private long filedToday(int n) {
        return filedOn(LocalDate.now(CaseFlow.ZONE), n);
    }

    private long filedOn(LocalDate day, int n) {
        long id = flow.create(flow.draft("GLF-77-1", day, n)).get("id").asLong();
        flow.ok("officer1", id, "submit-filing", on(day, "opinion", "建议立案（测试）"));
        flow.ok("head1", id, "approve-filing", on(day, "opinion", "同意立案（测试）"));
        return id;
    }

    private Map<String, Object> samples(LocalDate day, Object... more) {
        Map<String, Object> m = on(day, "place", "G315线K701 砂石料场（测试）",
                "officerIds", List.of(flow.officerId("officer1"), flow.officerId("officer2")),
                "items", List.of(map("name", "砂石样品（测试）", "spec", "袋装", "quantity", "2", "unit", "袋")));
        m.putAll(map(more));
        return m;
    }

    /** The 抽样取证凭证 (式样之五) prints the time of sampling: the officer enters it; it is never taken from the clock. */
    @Test
    void taking_samples_without_the_sampling_time_is_a_400_naming_it() {
        long id = filedToday(710);
        var r = flow.step("officer1", id, "take-samples", samples(LocalDate.now(CaseFlow.ZONE)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("sampledAt").asString()).isEqualTo("请填写抽样取证时间");
        assertThat(r.json().has("article")).isFalse();
    }

    @Test
    void the_sampling_time_is_not_after_now_and_falls_on_the_day_of_the_act() {
        long id = filedToday(711);
        LocalDate today = LocalDate.now(CaseFlow.ZONE);
        var future = flow.step("officer1", id, "take-samples", samples(today, "sampledAt",
                java.time.LocalDateTime.now(CaseFlow.ZONE).plusDays(1).withNano(0).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("fields").get("sampledAt").asString()).contains("不能晚于当前时间");
        var otherDay = flow.step("officer1", id, "take-samples", samples(today, "sampledAt",
                today.minusDays(1).atTime(10, 20).toString()));
        assertThat(otherDay.status()).isEqualTo(400);
        assertThat(otherDay.json().get("fields").get("sampledAt").asString()).contains("当日");
    }

    @Test
    void the_sampling_voucher_prints_the_sampling_time_entered_and_the_history_shows_it() throws Exception {
        LocalDate day = LocalDate.now(CaseFlow.ZONE).minusDays(1);
        long id = filedOn(day, 712);
        flow.ok("officer1", id, "take-samples", samples(day, "sampledAt", day.atTime(10, 20).toString()));
        var voucher = documents.list("CASE:" + id).stream()
                .filter(d -> d.type() == org.zhifa.documents.DocumentType.SAMPLING_VOUCHER).findFirst().orElseThrow();
        String text = String.join("", org.zhifa.documents.PdfPages.texts(documents.pdf(voucher.id())))
                .replaceAll("\\s+", "");
        assertThat(text).contains("抽样取证时间" + day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth()
                + "日10时20分", "砂石样品（测试）");
        var step = jdbc.sql("select acted_at from case_step where case_id = ? and transition = 'take-samples'").param(id)
                .query(java.time.OffsetDateTime.class).single();
        assertThat(step.atZoneSameInstant(CaseFlow.ZONE).toLocalDateTime()).isEqualTo(day.atTime(10, 20));
    }

    /** The step history keeps the interviewee's ID number masked, like the party's (personal data, GB/T 39786). */
    @Test
    void the_history_of_an_inquiry_masks_the_interviewees_id_number() {
        LocalDate day = LocalDate.now(CaseFlow.ZONE).minusDays(1);
        long id = filedOn(day, 713);
        Map<String, Object> inquiry = flow.inquiry(day);
        String idNumber = CaseFlow.citizenId(713);
        inquiry.put("intervieweeIdNumber", idNumber);
        inquiry.put("intervieweeAge", java.time.Period.between(LocalDate.of(1985, 6, 15), day).getYears());
        inquiry.put("intervieweePhone", "13900000713");
        flow.ok("officer1", id, "record-inquiry", inquiry);
        String payload = jdbc.sql("select payload::text from case_step where case_id = ? and transition = 'record-inquiry'")
                .param(id).query(String.class).single();
        assertThat(payload).doesNotContain(idNumber).contains(idNumber.substring(0, 3) + "***")
                .doesNotContain("13900000713").contains("139****0713");
    }

    /** V190 masks, by the same rule, the interviewee ID numbers that inquiries recorded before had left in the history. */
    @Test
    void the_migration_masks_interviewee_id_numbers_recorded_before() throws Exception {
        LocalDate day = LocalDate.now(CaseFlow.ZONE).minusDays(1);
        long id = filedOn(day, 714);
        flow.ok("officer1", id, "record-inquiry", flow.inquiry(day));
        String idNumber = CaseFlow.citizenId(714);
        jdbc.sql("update case_step set payload = jsonb_set(payload, '{intervieweeIdNumber}', to_jsonb(cast(? as text)))"
                + " where case_id = ? and transition = 'record-inquiry'").param(idNumber).param(id).update();
        String sql = new String(getClass().getResourceAsStream("/db/migration/V190__mask_interviewee_id_in_step_history.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jdbc.sql(sql).update();
        String stored = jdbc.sql("select payload ->> 'intervieweeIdNumber' from case_step where case_id = ?"
                + " and transition = 'record-inquiry'").param(id).query(String.class).single();
        assertThat(stored).isEqualTo(idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7)
                + idNumber.substring(idNumber.length() - 4));
    }

    @Test
    void a_misspelt_step_is_not_found_never_silently_nothing() {
        long id = registeredToday(702);
        int version = flow.version(id);
        var r = flow.step("officer1", id, "submit-filling", on(LocalDate.now(CaseFlow.ZONE), "opinion", "x"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(flow.version(id)).isEqualTo(version);
    }

    @Test
    void a_missing_fact_is_a_400_naming_the_field_in_chinese_without_an_article() {
        long id = registeredToday(703);
        var r = flow.step("officer1", id, "submit-filing", on(LocalDate.now(CaseFlow.ZONE)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("opinion").asString()).isEqualTo("请填写承办人意见");
        assertThat(r.json().has("article")).isFalse();
        Map<String, Object> noDay = new HashMap<>(Map.of("opinion", "建议立案（测试）"));
        var r2 = flow.step("officer1", id, "submit-filing", noDay);
        assertThat(r2.status()).isEqualTo(400);
        assertThat(r2.json().get("fields").get("actedOn").asString()).isEqualTo("请填写办理日期");
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_naming_the_field() {
        long id = registeredToday(704);
        var r = flow.step("officer1", id, "recuse-officer", on(LocalDate.now(CaseFlow.ZONE), "officerId", 1,
                "applicant", "SOMEONE", "reason", "x"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").has("applicant")).isTrue();
    }

    @Test
    void registration_without_a_discovery_date_is_refused_naming_the_field() {
        LocalDate today = LocalDate.now(CaseFlow.ZONE);
        Map<String, Object> facts = new HashMap<>(flow.facts("GLF-77-1", today, 705));
        facts.remove("discoveredOn");
        var r = TestApi.as(port, "officer1").post("/api/cases", on(today, "act", facts));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("act.discoveredOn").asString()).isEqualTo("请填写发现日期");
    }

    @Test
    void an_entry_more_than_three_days_after_the_act_is_marked_late_and_needs_its_reason() {
        long id = registeredToday(706);
        LocalDate today = LocalDate.now(CaseFlow.ZONE);
        var future = flow.step("officer1", id, "submit-filing", on(today.plusDays(1), "opinion", "x"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("fields").has("actedOn")).isTrue();
        // registered today: a step cannot be dated before it
        var early = TestApi.as(port, "officer1").post("/api/cases/" + id + "/transitions/submit-filing",
                map("version", flow.version(id), "actedOn", today.minusDays(10).toString(), "opinion", "x"));
        assertThat(early.status()).isEqualTo(400);

        LocalDate act = today.minusDays(10);
        var noReason = TestApi.as(port, "officer1").post("/api/cases", map("actedOn", act.toString(),
                "act", flow.facts("GLF-77-1", act, 707)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("fields").get("lateReason").asString()).isEqualTo("请说明补录原因");
        var late = flow.create(flow.draft("GLF-77-1", act, 707));
        var step = late.get("steps").get(0);
        assertThat(step.get("actedOn").asString()).isEqualTo(act.toString());
        assertThat(step.get("enteredAt").asString()).startsWith(today.toString());
        assertThat(step.get("lateEntry").asBoolean()).isTrue();
        assertThat(step.get("lateReason").asString()).isEqualTo("测试数据事后录入");
        var onTime = flow.get(registeredToday(708)).get("steps").get(0);
        assertThat(onTime.get("lateEntry").asBoolean()).isFalse();
        var page = TestApi.as(port, "officer1").get("/cases/" + late.get("id").asLong());
        assertThat(page.body()).contains("补录原因：测试数据事后录入").contains("class=\"acted\">" + act)
                // the moment of entry in Beijing time, the Chinese way
                .contains("class=\"entered\">" + today.getYear() + "年" + today.getMonthValue() + "月"
                        + today.getDayOfMonth() + "日 ");
    }

    @Test
    void each_case_records_the_procedure_version_it_runs_under() {
        long id = registeredToday(709);
        assertThat(flow.get(id).get("procedureVersion").asString()).isEqualTo("2021-07-15/2");
        assertThat(jdbc.sql("select procedure_version from case_step where case_id = :c").param("c", id)
                .query(String.class).single()).isEqualTo("2021-07-15/2");
    }

    @Test
    void openapi_documents_each_steps_own_input_schema_and_operation() {
        var docs = TestApi.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var schemas = docs.json().get("components").get("schemas");
        var paths = docs.json().get("paths");
        for (var step : catalog.steps()) {
            String schema = step.inputType().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class).name();
            assertThat(schemas.has(schema)).as(schema).isTrue();
            if (!step.transition().opens()) {
                var op = paths.get("/api/cases/{id}/transitions/" + step.name());
                assertThat(op).as(step.name()).isNotNull();
                assertThat(op.get("post").get("requestBody").toString()).contains("#/components/schemas/" + schema);
            }
        }
        assertThat(schemas.get("DecideInput").get("properties").has("outcome")).isTrue();
        assertThat(schemas.get("DecideInput").get("properties").has("serviceMethod")).isFalse();
        assertThat(schemas.get("RecordPaymentInput").get("properties").get("channel").toString())
                .contains("BANK", "ONLINE").doesNotContain("CASH");
        assertThat(paths.get("/api/cases/{id}/transitions/{name}").get("post").get("requestBody").toString())
                .contains("oneOf");
    }
}
