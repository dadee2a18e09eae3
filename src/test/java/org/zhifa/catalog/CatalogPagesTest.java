package org.zhifa.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The catalogue pages: officer search, detail and 试算; the maintainer (UNIT_HEAD of a prefecture-level unit)
 * creates, edits and publishes a new benchmark version; a county unit head is refused.
 */
@ZhifaIntegrationTest
class CatalogPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    record TestActor(long userId, String username, String displayName, long unitId, String unitName,
            Set<String> roleCodes) implements Actor {
    }

    private static TestingAuthenticationToken as(String username, long unit, String role) {
        Actor actor = new TestActor(99, username, "测试用户", unit, "单位", Set.of(role));
        return new TestingAuthenticationToken(actor, null, "ROLE_" + role);
    }

    private static final TestingAuthenticationToken OFFICER = as("officer1", 11, "OFFICER");
    private static final TestingAuthenticationToken MAINTAINER = as("catalog-head", 1, "UNIT_HEAD");
    private static final TestingAuthenticationToken COUNTY_HEAD = as("head1", 10, "UNIT_HEAD");

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private MvcResult get(String path, TestingAuthenticationToken who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(who))).andReturn();
    }

    @Test
    void an_officer_searches_opens_a_violation_and_tries_a_recommendation() throws Exception {
        String list = get("/catalog?q=超限", OFFICER).getResponse().getContentAsString();
        assertThat(list).contains("CX-43-M", "违法超限运输");
        String detail = get("/catalog/violations/GLAQ-69", OFFICER).getResponse().getContentAsString();
        assertThat(detail).contains("车辆装载物触地拖行、掉落、遗洒或者飘散", "version-timeline", "第2版", "免罚清单", "try-form");
        MvcResult tried = mvc.perform(MockMvcRequestBuilders.post("/catalog/violations/GLAQ-69/try")
                .param("actDate", "2025-06-01").param("decisionDate", "2025-08-01").param("partyType", "CITIZEN")
                .param("fact.damage_area_m2", "3").param("fact.traffic_affected", "false")
                .with(authentication(OFFICER)).with(csrf())).andReturn();
        String fragment = tried.getResponse().getContentAsString();
        assertThat(fragment).contains("rec-trail", "从旧兼从轻", "轻微", "250 元");
        MvcResult bad = mvc.perform(MockMvcRequestBuilders.post("/catalog/violations/GLAQ-69/try")
                .param("actDate", "2025-06-01").param("partyType", "CITIZEN")
                .with(authentication(OFFICER)).with(csrf())).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("try-error", "请回答确定裁量阶次所需的事实");
        assertThat(get("/catalog/violations/GLAQ-69/diff?a=1&b=2", OFFICER).getResponse().getContentAsString())
                .contains("tier-diff", "table-warning");
        assertThat(get("/catalog/matters", OFFICER).getResponse().getContentAsString()).contains("M-CX-01", "变更记录");
        assertThat(get("/catalog/exemptions", OFFICER).getResponse().getContentAsString()).contains("MF-01", "告知承诺书");
    }

    @Test
    void a_trial_with_a_day_that_does_not_exist_names_the_field_in_chinese() throws Exception {
        MvcResult bad = mvc.perform(MockMvcRequestBuilders.post("/catalog/violations/GLAQ-69/try")
                .param("actDate", "2025-02-30").param("partyType", "CITIZEN")
                .with(authentication(OFFICER)).with(csrf())).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("try-error",
                "违法行为发生日期：格式不正确，应为日期").doesNotContain("依据");
        MvcResult missing = mvc.perform(MockMvcRequestBuilders.post("/catalog/violations/GLAQ-69/try")
                .param("actDate", "2025-06-01").with(authentication(OFFICER)).with(csrf())).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(missing.getResponse().getContentAsString()).contains("try-error", "当事人类型：必须填写");
    }

    @Test
    void the_usage_report_counts_cases_from_the_cases_module() throws Exception {
        String html = get("/catalog/usage", COUNTY_HEAD).getResponse().getContentAsString();
        assertThat(html).contains("usage-table").doesNotContain("usage-unavailable");
    }

    @Test
    void a_county_unit_head_is_not_a_catalogue_maintainer() throws Exception {
        assertThat(get("/catalog/admin/matters/new", COUNTY_HEAD).getResponse().getStatus()).isEqualTo(403);
        assertThat(get("/catalog/admin/matters/new", OFFICER).getResponse().getStatus()).isEqualTo(403);
        assertThat(get("/catalog/admin/matters/new", MAINTAINER).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void a_maintainer_creates_a_new_benchmark_version_and_publishing_it_ends_the_previous_one() throws Exception {
        MvcResult created = mvc.perform(MockMvcRequestBuilders.post("/catalog/admin/violations/GLF-79/benchmarks")
                .with(authentication(MAINTAINER)).with(csrf())).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/catalog/admin/benchmarks/");
        String form = get(location, MAINTAINER).getResponse().getContentAsString();
        assertThat(form).contains("第2版", "sign_area_m2");

        String tiers = """
                轻微 | 面积不超过2平方米且期限内拆除 | sign_area_m2 <= 2; removed_in_time = true | FINE | 0 | 1500 |  |  |  |
                一般 | 面积不超过10平方米 | sign_area_m2 <= 10 | FINE | 1500 | 10000 |  |  |  |
                严重 | 面积超过10平方米 |  | FINE | 10000 | 20000 |  |  |  |
                """;
        String factors = "ELIMINATED_HARM | 主动消除危害后果 | MITIGATING | LOWER_WITHIN_RANGE | 《行政处罚法》第三十二条第（一）项 | 是 | 30";
        String facts = "sign_area_m2 | 标志牌面积 | NUMBER | 平方米 |\nremoved_in_time | 是否在期限内拆除 | BOOLEAN | |";
        LocalDate from = LocalDate.now(ChinaTime.ZONE).plusDays(10);
        // first a tier above the statutory maximum: refused with the penalty article, nothing saved
        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post(location).with(authentication(MAINTAINER)).with(csrf())
                .param("title", "测试基准").param("effectiveFrom", from.toString()).param("approvedBy", "测试批准")
                .param("sourceNote", "测试").param("facts", facts).param("factors", factors)
                .param("tiers", tiers.replace("| 20000 |", "| 25000 |"))).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("超出法定幅度");
        MvcResult saved = mvc.perform(MockMvcRequestBuilders.post(location).with(authentication(MAINTAINER)).with(csrf())
                .param("title", "测试基准").param("effectiveFrom", from.toString()).param("approvedBy", "测试批准")
                .param("sourceNote", "测试").param("changeReason", "测试调整").param("facts", facts)
                .param("factors", factors).param("tiers", tiers)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(location);
        // publishing without the filing for review is refused (方案 18)
        MvcResult noFiling = mvc.perform(MockMvcRequestBuilders.post(location + "/publish")
                .with(authentication(MAINTAINER)).with(csrf())).andReturn();
        assertThat(noFiling.getResponse().getContentAsString()).contains("备案审查文号");
        mvc.perform(MockMvcRequestBuilders.post(location).with(authentication(MAINTAINER)).with(csrf())
                .param("title", "测试基准").param("effectiveFrom", from.toString()).param("approvedBy", "测试批准")
                .param("sourceNote", "测试").param("filingRef", "测试备案").param("filingDate", LocalDate.now(ChinaTime.ZONE).toString())
                .param("facts", facts).param("factors", factors).param("tiers", tiers)).andReturn();
        MvcResult published = mvc.perform(MockMvcRequestBuilders.post(location + "/publish")
                .with(authentication(MAINTAINER)).with(csrf())).andReturn();
        assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/catalog/violations/GLF-79");
        LocalDate end = jdbc.sql("""
                select effective_to from catalog_benchmark_version b join catalog_violation v on v.id = b.violation_id
                where v.code = 'GLF-79' and b.version_no = 1""").query(LocalDate.class).single();
        assertThat(end).isEqualTo(from.minusDays(1));
        // a published version can no longer be edited
        String id = location.substring(location.lastIndexOf('/') + 1);
        MvcResult edit = mvc.perform(MockMvcRequestBuilders.post(location).with(authentication(MAINTAINER)).with(csrf())
                .param("title", "改").param("effectiveFrom", from.toString()).param("approvedBy", "x").param("sourceNote", "x")
                .param("tiers", tiers)).andReturn();
        assertThat(edit.getResponse().getContentAsString()).contains("已公布施行的裁量基准版本不得修改");
        assertThat(id).isNotBlank();
    }

    @Test
    void a_maintainer_records_a_matter_change_with_reason_and_document() throws Exception {
        long id = jdbc.sql("select id from catalog_matter where code = 'M-JC-02'").query(Long.class).single();
        int version = jdbc.sql("select version from catalog_matter where id = :id").param("id", id).query(Integer.class).single();
        MvcResult missing = mvc.perform(MockMvcRequestBuilders.post("/catalog/admin/matters/" + id)
                .with(authentication(MAINTAINER)).with(csrf()).param("name", "公路监督检查").param("kind", "INSPECTION")
                .param("legalBasis", "《中华人民共和国公路法》第六十九条至第七十一条").param("level", "州、县（市）两级")
                .param("version", String.valueOf(version)).param("changeType", "SUSPENDED")).andReturn();
        assertThat(missing.getResponse().getContentAsString()).contains("请填写变更理由", "请填写依据文件");
        MvcResult ok = mvc.perform(MockMvcRequestBuilders.post("/catalog/admin/matters/" + id)
                .with(authentication(MAINTAINER)).with(csrf()).param("name", "公路监督检查").param("kind", "INSPECTION")
                .param("legalBasis", "《中华人民共和国公路法》第六十九条至第七十一条").param("level", "州、县（市）两级")
                .param("exercisingUnitIds", "11", "21").param("version", String.valueOf(version))
                .param("changeType", "SUSPENDED").param("changeDate", "2025-09-01").param("reason", "测试暂停")
                .param("document", "测试文件")).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/catalog/matters");
        assertThat(jdbc.sql("select status from catalog_matter where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SUSPENDED");
        assertThat(jdbc.sql("select count(*) from catalog_matter_change where matter_id = :id and change_type = 'SUSPENDED'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }
}
