package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * One ordinary case walked through the web pages from source to archive, every fact entered by hand; each issued PDF
 * then contains exactly those facts and none of the fixed sentences that used to stand in for them. And the phone form
 * of the on-the-spot decision, refused above the limit of Art. 51 with the message beside the form.
 */
@ZhifaIntegrationTest
class CaseBrowserTest {

    /** Fixed sentences that once stood in for facts nobody entered. */
    static final List<String> CANNED = List.of("9时00分", "9时40分", "请陈述有关情况", "15时00分", "16时00分", "10时00分",
            "本机关听证室", "执法大队证据保管室", "同意承办人意见", "建议立案调查", "同意立案。", "同级司法行政部门",
            "当事人明确表示放弃", "见证据登记保存清单", "事实清楚，证据确凿，适用依据正确", "本人（单位）已认识到违法行为",
            "或者本级人民政府", "有管辖权的人民法院", "现场笔录、询问笔录、执法记录仪音像记录等");
    static final String LATE = "浏览器测试：事后补录";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void as(String user) {
        driver.manage().deleteAllCookies();
        Browser.login(driver, base(), user);
    }

    private static Map<String, String> f(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        m.putIfAbsent("lateReason", LATE);
        return m;
    }

    @Test
    void one_ordinary_case_from_source_to_archive_entering_every_fact_by_hand_and_its_pdfs_print_exactly_those() throws Exception {
        driver = Browser.open();
        CasePages pages = new CasePages(driver, base());
        CaseFlow flow = new CaseFlow(port, jdbc);
        String o1 = Long.toString(flow.officerId("officer1"));
        String o2 = Long.toString(flow.officerId("officer2"));
        String party = "浏览器测试当事人";
        as("officer1");
        driver.get(base() + "/cases/new");
        WebElement form = driver.findElement(By.id("case-form"));
        pages.fill(form, f("actedOn", "2026-10-12", "act.source", "INSPECTION", "act.category", "HIGHWAY_ADMINISTRATION",
                "act.violationCodes", "GLF-77-1", "act.actDate", "2026-10-12", "act.actTime", "08:40",
                "act.place", "G315线K712+300北侧路肩", "act.discoveredOn", "2026-10-12",
                "act.facts", "当事人在G315线K712+300北侧路肩堆放砂石", "act.seriousHarm", "false", "act.party.kind", "CITIZEN",
                "act.party.name", party, "act.party.idNumber", CaseFlow.citizenId(901), "act.party.address", "青海省德令哈市浏览器路9号",
                "act.plateNumber", "青H90901", "act.officerIds", o2));
        pages.click(driver.findElement(By.id("register")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
        String url = driver.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        pages.step(id, "submit-filing", f("actedOn", "2026-10-12", "opinion", "路肩堆放砂石约十二平方米，拟立案查处"));
        as("head1");
        pages.step(id, "approve-filing", f("actedOn", "2026-10-12", "opinion", "准予立案，由李执法、王执法承办"));
        as("officer1");
        pages.step(id, "record-inquiry", f("actedOn", "2026-10-13", "startTime", "14:05", "endTime", "14:35",
                "place", "德令哈执法大队第二询问室", "officerIds", o1 + "," + o2, "recorderId", o2, "credentialsShown", "true",
                "intervieweeName", party, "intervieweeIdNumber", CaseFlow.citizenId(901), "relation", "当事人本人",
                "qa[0].question", "路肩上的砂石是谁堆放的", "qa[0].answer", "是我十月十日卸下的",
                "qa[1].question", "堆放面积有多大", "qa[1].answer", "大约十二平方米"));
        pages.step(id, "conclude-investigation", f("actedOn", "2026-10-14",
                "facts", "当事人于2026年10月10日起在G315线K712+300北侧路肩堆放砂石十二平方米", "evidence", "询问笔录一份、现场照片四张",
                "outcome", "PENALTY", "penaltyKinds", "FINE", "amountYuan", "1500", "correction.order", "清除路肩上堆放的砂石",
                "correction.deadline", "2026-10-20", "discretionFacts[damage_area_m2]", "12",
                "discretionFacts[traffic_affected]", "false", "discretionReason", "面积十二平方米属一般阶次，当事人如实陈述",
                "complexCase", "false"));
        pages.step(id, "submit-review", f("actedOn", "2026-10-14"));
        as("head1");
        pages.step(id, "approve-notice", f("actedOn", "2026-10-15", "opinion", "事实认定无误，准予告知当事人"));
        as("officer1");
        pages.step(id, "issue-notice", f("actedOn", "2026-10-15"));
        pages.step(id, "serve-notice", f("actedOn", "2026-10-15", "service.method", "DIRECT",
                "service.servedAt", "2026-10-15T16:20", "service.place", "青海省德令哈市浏览器路9号当事人住所",
                "service.recipient", party, "service.signedBy", party));
        pages.step(id, "record-statement", f("actedOn", "2026-10-16", "form", "WRITTEN", "statedBy", party,
                "text", "砂石是临时卸放准备自用请求减轻处罚"));
        pages.step(id, "review-statement", f("actedOn", "2026-10-16", "statementNo", "1", "conclusion", "NOT_ADOPTED",
                "reasons", "堆放已持续多日并非临时卸放"));
        pages.step(id, "ready-for-decision", f("actedOn", "2026-10-21"));
        as("head1");
        pages.step(id, "decide", f("actedOn", "2026-10-22", "outcome", "PENALTY", "penaltyKinds", "FINE",
                "amountYuan", "1500", "correction.order", "清除路肩上堆放的砂石", "correction.deadline", "2026-10-20"));
        as("officer1");
        pages.step(id, "serve-decision", f("actedOn", "2026-10-24", "service.method", "MAIL",
                "service.servedAt", "2026-10-24T11:15", "service.recipient", party, "service.signedBy", party,
                "service.mailNumber", "EMS9012345678"));
        pages.step(id, "record-payment", f("actedOn", "2026-10-26", "amountYuan", "1500", "channel", "BANK",
                "reference", "BOC-20261026-901"));
        pages.step(id, "propose-closure", f("actedOn", "2026-10-27", "opinion", "罚款已于十月二十六日缴清，建议结案"));
        as("head1");
        pages.step(id, "approve-closure", f("actedOn", "2026-10-27", "opinion", "准予结案并归档"));
        as("officer1");
        pages.step(id, "archive", f("actedOn", "2026-10-28"));
        driver.get(base() + "/cases/" + id);
        assertThat(driver.findElement(By.id("case-state")).getText()).isEqualTo("归档");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("作出决定", "归档", "补录原因：" + LATE);

        Map<String, String> texts = new HashMap<>();
        JsonNode detail = TestApi.as(port, "officer1").get("/api/cases/" + id).json();
        for (JsonNode d : detail.get("documents")) {
            String text = CasePages.pdfText(port, d.get("id").asLong());
            texts.merge(d.get("type").asString(), text, (a, b) -> a + "\n" + b);
            for (String canned : CANNED) {
                assertThat(text).as(d.get("title").asString() + " has no canned “" + canned + "”").doesNotContain(canned);
            }
        }
        assertThat(texts.get("FILING_REGISTER")).contains("路肩堆放砂石约十二平方米，拟立案查处", "准予立案，由李执法、王执法承办");
        assertThat(texts.get("INQUIRY_RECORD")).contains("2026年10月13日14时05分", "2026年10月13日14时35分", "德令哈执法大队第二询问室",
                "路肩上的砂石是谁堆放的", "是我十月十日卸下的", "堆放面积有多大", "大约十二平方米", "当事人本人");
        assertThat(texts.get("INVESTIGATION_REPORT")).contains("堆放砂石十二平方米", "询问笔录一份、现场照片四张",
                "面积十二平方米属一般阶次，当事人如实陈述", "清除路肩上堆放的砂石");
        assertThat(texts.get("VIOLATION_NOTICE")).contains("《中华人民共和国公路法》第四十六条", "《中华人民共和国公路法》第七十七条",
                "询问笔录一份、现场照片四张", "罚款人民币1500元").doesNotContain("陈述申辩期限（工作日）");
        assertThat(texts.get("PROOF_OF_SERVICE")).contains("2026年10月15日16时20分", "青海省德令哈市浏览器路9号当事人住所",
                "2026年10月24日11时15分", "EMS9012345678", "签收人：" + party);
        assertThat(texts.get("PENALTY_DECISION")).contains("砂石是临时卸放准备自用请求减轻处罚", "不予采纳", "堆放已持续多日并非临时卸放",
                "德令哈市人民政府", "罚款人民币1500元", "清除路肩上堆放的砂石").doesNotContain("放弃");
        assertThat(texts.get("CLOSURE_REPORT")).contains("罚款已于十月二十六日缴清，建议结案", "准予结案并归档", "BOC-20261026-901");
    }

    @Test
    void an_officer_decides_on_the_spot_with_the_phone_form_and_the_refusal_stands_beside_it() {
        driver = Browser.open();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        CasePages pages = new CasePages(driver, base());
        CaseFlow flow = new CaseFlow(port, jdbc);
        String today = java.time.LocalDate.now(CaseFlow.ZONE).toString();
        as("officer1");
        driver.get(base() + "/cases/field");
        Map<String, String> facts = new HashMap<>(Map.of("actedOn", today, "act.source", "INSPECTION",
                "act.category", "HIGHWAY_ADMINISTRATION", "act.violationCodes", "GLF-77-1", "act.actDate", today,
                "act.actTime", "07:50", "act.place", "G109线K650+100", "act.discoveredOn", today,
                "act.facts", "在路面堆放少量砂石", "act.seriousHarm", "false"));
        facts.putAll(Map.of("act.party.kind", "CITIZEN", "act.party.name", "当场处罚测试当事人", "act.plateNumber", "青H90902",
                "officerIds", flow.officerId("officer1") + "," + flow.officerId("officer2"), "penaltyKinds", "FINE", "amountYuan", "300",
                "partyStatement", "当事人表示立即清理", "statementReview", "清理不影响违法事实认定", "decisionPlace", "G109线K650+100路侧"));
        facts.putAll(Map.of("deliveredAt", "08:10", "signature", "SIGNED"));
        WebElement form = driver.findElement(By.id("field-form"));
        pages.fill(form, facts);
        pages.click(driver.findElement(By.id("decide-on-spot")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText()).contains("第五十一条");
        form = driver.findElement(By.id("field-form"));
        assertThat(form.findElement(By.name("act.place")).getDomProperty("value")).isEqualTo("G109线K650+100");
        pages.fill(form, Map.of("amountYuan", "100"));
        pages.click(driver.findElement(By.id("decide-on-spot")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
        assertThat(driver.findElement(By.id("case-number")).getText()).contains("当罚");
        assertThat(driver.findElement(By.id("documents")).getText()).contains("当场行政处罚决定书");
        assertThat(driver.findElement(By.id("clocks")).getText()).contains("当场处罚决定书备案期限");
    }

    @Test
    void a_missing_fact_is_shown_beside_its_field_on_the_case_page() {
        driver = Browser.open();
        CasePages pages = new CasePages(driver, base());
        CaseFlow flow = new CaseFlow(port, jdbc);
        long id = flow.create(flow.draft("GLF-77-1", java.time.LocalDate.now(CaseFlow.ZONE), 903)).get("id").asLong();
        as("officer1");
        driver.get(base() + "/cases/" + id);
        WebElement box = driver.findElement(By.cssSelector("details[data-action='submit-filing']"));
        pages.click(box.findElement(By.tagName("summary")));
        WebElement form = box.findElement(By.tagName("form"));
        pages.fill(form, Map.of("actedOn", java.time.LocalDate.now(CaseFlow.ZONE).toString()));
        pages.click(form.findElement(By.id("do-submit-filing")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invalid-feedback")));
        WebElement opinion = driver.findElement(By.cssSelector("details[data-action='submit-filing'] [data-field='opinion']"));
        assertThat(opinion.getText()).contains("请填写承办人意见");
    }
}
