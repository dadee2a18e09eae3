package org.zhifa.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Every inspection page renders for the roles that use it; form errors stand beside their fields; CSRF is required. */
@ZhifaIntegrationTest
class InspectionPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    MockMvc mvc;
    InspectionFixtures f;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        f = new InspectionFixtures(port, jdbc);
    }

    TestingAuthenticationToken as(String username, long unit, String role) {
        return new TestingAuthenticationToken(f.actor(username, unit, role), null, "ROLE_" + role);
    }

    String page(String path, TestingAuthenticationToken who) throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    MvcResult post(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> b,
            TestingAuthenticationToken who) throws Exception {
        return mvc.perform(b.with(authentication(who)).with(csrf())).andReturn();
    }

    @Test
    void the_directory_pages_render() throws Exception {
        var officer = as("officer1", 11, "OFFICER");
        var head = as("head1", 10, "UNIT_HEAD");
        assertThat(page("/inspection/targets", officer)).contains("检查对象名录库");
        assertThat(page("/inspection/targets?q=德令哈示例", officer))
                .contains("德令哈示例物流有限公司（演示）");
        assertThat(page("/inspection/targets?q=格尔木", officer)).contains("共 <span>0</span> 条")
                .doesNotContain("格尔木示例物流有限公司");
        assertThat(page("/inspection/targets/new", officer)).contains("登记检查对象");
        long id = jdbc.sql("select id from insp_target where name = '德令哈示例物流有限公司（演示）'").query(Long.class).single();
        assertThat(page("/inspection/targets/" + id, officer)).contains("变更记录", "回避关系");
        assertThat(page("/inspection/items", officer)).contains("HX-JC-01");
        assertThat(page("/inspection/items/new", head)).contains("新建抽查事项");
        long item = jdbc.sql("select id from insp_item where code = 'HX-JC-01'").query(Long.class).single();
        assertThat(page("/inspection/items/" + item, officer)).contains("是否取得道路运输经营许可证");
        assertThat(page("/inspection/inspectors", head)).contains("赵协管", "辅助人员（不计人数）");
        MvcResult seg = mvc.perform(MockMvcRequestBuilders.get("/inspection/segments").param("road", "G315")
                .param("stake", "K2400+100").with(authentication(officer))).andReturn();
        assertThat(seg.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("管辖单位：")
                .contains("格尔木市交通运输综合行政执法大队");
        MvcResult pub = mvc.perform(MockMvcRequestBuilders.get("/public/inspection/items")).andReturn();
        assertThat(pub.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("随机抽查事项清单", "HX-JC-01");
    }

    @Test
    void a_wrong_field_is_named_beside_it_and_nothing_is_saved() throws Exception {
        var officer = as("officer1", 11, "OFFICER");
        MvcResult r = post(MockMvcRequestBuilders.post("/inspection/targets").param("unitId", "11")
                .param("kind", "FREIGHT_OPERATOR").param("name", "页面测试（测试）").param("creditCode", "123")
                .param("creditClass", "B"), officer);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("统一社会信用代码应为18位");
        assertThat(jdbc.sql("select count(*) from insp_target where name = '页面测试（测试）'").query(Long.class).single())
                .isZero();
    }

    @Test
    void a_form_without_the_csrf_token_is_refused() throws Exception {
        var officer = as("officer1", 11, "OFFICER");
        MvcResult r = mvc.perform(MockMvcRequestBuilders.post("/inspection/targets").param("name", "x")
                .with(authentication(officer))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void the_plan_and_draw_pages_render() throws Exception {
        var head = as("head1", 10, "UNIT_HEAD");
        var officer = as("officer1", 11, "OFFICER");
        var plan = f.publishedPlan("页面计划（测试）", InspectionFixtures.ALL, "NONE");
        long planId = plan.get("id").asLong();
        var draw = f.drawn(planId);
        long drawId = draw.get("id").asLong();
        assertThat(page("/inspection/plans", head)).contains("页面计划（测试）");
        assertThat(page("/inspection/plans/new", head)).contains("各信用等级抽查比例");
        assertThat(page("/inspection/plans/" + planId, head)).contains(draw.get("reference").asString(), "预计抽查比例");
        var low = f.publishedPlan("页面低比例计划（测试）", java.util.Map.of("A", "0", "B", "0", "C", "0", "D", "0"), "NONE");
        assertThat(page("/inspection/plans/" + low.get("id").asLong(), head)).contains("低于最低比例");
        assertThat(page("/inspection/draws/" + drawId, head)).contains(draw.get("seed").asString(), "回避");
        assertThat(page("/inspection", officer)).contains("我的待检查任务");
        assertThat(page("/inspection/monitor", head)).contains("多头检查、重复检查监测");
        MvcResult pub = mvc.perform(MockMvcRequestBuilders.get("/public/inspection/plans")).andReturn();
        assertThat(pub.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("页面计划（测试）");
    }

    @Test
    void a_plan_form_with_a_wrong_ratio_names_the_field() throws Exception {
        var head = as("head1", 10, "UNIT_HEAD");
        var w = InspectionFixtures.window();
        MvcResult r = post(MockMvcRequestBuilders.post("/inspection/plans").param("title", "错误比例（测试）")
                .param("year", Integer.toString(w[0].getYear())).param("windowStart", w[0].toString())
                .param("windowEnd", w[1].toString()).param("itemIds", Long.toString(f.itemId("HX-JC-01")))
                .param("ratios[A]", "1.5"), head);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("抽查比例（A）：应为 0 到 1 之间的小数").contains("value=\"1.5\"").contains("错误比例（测试）");
    }

    @Test
    void a_plan_form_with_a_date_that_does_not_exist_is_shown_again_as_typed_with_the_field_named() throws Exception {
        var head = as("head1", 10, "UNIT_HEAD");
        MvcResult r = post(MockMvcRequestBuilders.post("/inspection/plans").param("title", "错误日期（测试）")
                .param("year", "二〇二六").param("windowStart", "2026-02-30").param("windowEnd", "2026-03-31")
                .param("itemIds", Long.toString(f.itemId("HX-JC-01"))), head);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("检查开始日期：格式不正确，应为日期（YYYY-MM-DD").contains("年度：格式不正确，应为整数")
                .contains("value=\"2026-02-30\"", "value=\"二〇二六\"", "value=\"2026-03-31\"", "错误日期（测试）");
        assertThat(jdbc.sql("select count(*) from insp_plan where title = '错误日期（测试）'").query(Long.class).single())
                .isZero();
    }

    @Test
    void the_inspection_pages_render_and_the_phone_form_names_missing_facts() throws Exception {
        var officer = as("officer1", 11, "OFFICER");
        var head = as("head1", 10, "UNIT_HEAD");
        long target = f.target("officer1", 11, "FREIGHT_OPERATOR", "B").get("id").asLong();
        long item = f.itemId("HX-JC-01");
        assertThat(page("/inspection/records/new?targetId=" + target, officer)).contains("选择抽查事项", "HX-JC-01");
        assertThat(page("/inspection/records/new?targetId=" + target + "&itemIds=" + item, officer))
                .contains("是否取得道路运输经营许可证并在有效期内", "signature-pad", "inspection-form.js");
        MvcResult missing = post(MockMvcRequestBuilders.multipart("/inspection/records").param("targetId",
                Long.toString(target)).param("itemIds", Long.toString(item)), officer);
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(missing.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("请填写检查日期", "请填写检查地点", "请选择当事人签名或拒绝签名", "请选择检查结论");
        var today = java.time.LocalDate.now(org.zhifa.common.ChinaTime.ZONE);
        var i = f.recorded("officer1", f.inspection(target, today, "NO_PROBLEM", java.util.List.of()));
        assertThat(page("/inspection/records/" + i.get("id").asLong(), head)).contains("现场检查笔录（PDF）", "公示检查结果");
        assertThat(page("/inspection/records", officer)).contains("检查台账");
        assertThat(page("/inspection/publications", head)).contains("待公示的检查结果");
        MvcResult pub = mvc.perform(MockMvcRequestBuilders.get("/public/inspection/results")).andReturn();
        assertThat(pub.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("抽查检查结果");
    }

    @Test
    void the_patrol_pages_render() throws Exception {
        var officer = as("officer1", 11, "OFFICER");
        var head = as("head1", 10, "UNIT_HEAD");
        var day = java.time.LocalDate.now(org.zhifa.common.ChinaTime.ZONE).minusDays(1);
        long segment = jdbc.sql("select id from insp_road_segment where unit_id = 11 order by id limit 1")
                .query(Long.class).single();
        var r = f.api("officer1").post("/api/patrol/logs", java.util.Map.of("segmentId", segment, "patrolDate",
                day.toString(), "startTime", "08:00", "endTime", "09:00", "officerIds",
                java.util.List.of(f.officerId("officer1"), f.officerId("officer2")), "summary", "页面测试巡查（测试）"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        assertThat(page("/patrol", officer)).contains("巡查日志");
        assertThat(page("/patrol/new", officer)).contains("保存巡查日志");
        assertThat(page("/patrol/" + id, officer)).contains("页面测试巡查（测试）", "登记巡查发现");
        assertThat(page("/patrol/schedules", head)).contains("巡查计划");
        assertThat(page("/patrol/journal?unitId=11&date=" + day, officer)).contains("页面测试巡查（测试）");
        MvcResult bad = post(MockMvcRequestBuilders.post("/patrol").param("patrolDate", day.toString()), officer);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("请填写巡查情况");
    }

    @Test
    void a_phone_form_with_a_malformed_time_and_coordinate_is_shown_again_as_typed_with_the_fields_named()
            throws Exception {
        var officer = as("officer1", 11, "OFFICER");
        long target = f.target("officer1", 11, "FREIGHT_OPERATOR", "B").get("id").asLong();
        long item = f.itemId("HX-JC-01");
        MvcResult r = post(MockMvcRequestBuilders.multipart("/inspection/records")
                .param("targetId", Long.toString(target)).param("itemIds", Long.toString(item))
                .param("inspectedOn", "2026-03-02").param("startTime", "25:61").param("longitude", "东经97度")
                .param("place", "企业停车场（测试）"), officer);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("开始时间：格式不正确，应为时刻", "经度：格式不正确，应为数字")
                .contains("value=\"25:61\"", "value=\"东经97度\"", "value=\"企业停车场（测试）\"", "value=\"2026-03-02\"")
                .contains("是否取得道路运输经营许可证并在有效期内");
    }

    @Test
    void a_patrol_log_with_a_date_that_does_not_exist_is_shown_again_as_typed() throws Exception {
        var officer = as("officer1", 11, "OFFICER");
        MvcResult r = post(MockMvcRequestBuilders.post("/patrol").param("patrolDate", "2026-13-01")
                .param("startTime", "08:00").param("summary", "页面巡查情况（测试）"), officer);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("巡查日期：格式不正确，应为日期").contains("2026-13-01", "页面巡查情况（测试）");
    }

    @Test
    void a_relation_declared_without_an_officer_names_the_missing_field() throws Exception {
        var officer = as("officer1", 11, "OFFICER");
        long id = jdbc.sql("select id from insp_target where name = '德令哈示例物流有限公司（演示）'").query(Long.class).single();
        MvcResult r = post(MockMvcRequestBuilders.post("/inspection/targets/" + id + "/relations")
                .param("relation", "配偶在该企业任职（测试）"), officer);
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getFlashMap().get("error")).isEqualTo("请检查填写的内容：执法人员：必须填写");
    }
}
