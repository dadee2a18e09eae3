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
 * of the on-the-spot decision, refused above the limit of Art. 51 with the message beside the form. And the documents of
 * a 不予立案 case, a transfer and a hearing case (legal review, hearing, review after it, collective discussion,
 * decision, electronic service, major-decision filing) entered through the pages in one browser session, each PDF
 * turned into page images and text and checked field by field against what was typed.
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
    @Autowired
    org.zhifa.documents.EnforcementDocuments documents;
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

    /** Every value typed into the forms of a walk, in order. */
    private final List<String> typed = new java.util.ArrayList<>();
    @Autowired
    org.zhifa.cases.rules.CaseProperties caseSettings;

    /** The fields of one form, as typed (and remembered as entered, for {@link #assertPrintsOnlyWhatWasGiven}). */
    private Map<String, String> f(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        m.putIfAbsent("lateReason", LATE);
        typed.addAll(m.values());
        return m;
    }

    /**
     * Every date, time, place and person printed on any document the case issued is one typed in the walk (or sent by
     * the test as the evidence upload), configured master data (the names of the units and officers, the units'
     * reconsideration bodies, courts and justice bureaus, the units' addresses and contact persons) or the end of one
     * of the case's legal periods, computed from an entered date and a configured period. The findings of all
     * documents are reported together.
     */
    private void assertPrintsOnlyWhatWasGiven(long caseId, String... alsoEntered) throws Exception {
        PrintedFacts given = new PrintedFacts().entered(typed).entered(List.of(alsoEntered))
                .master(jdbc.sql("select name from officer").query(String.class).list())
                .master(jdbc.sql("select name from org_unit").query(String.class).list())
                // the units' contact blocks at the foot of the notices (单位管理)
                .master(jdbc.sql("select address from org_unit").query(String.class).list())
                .master(jdbc.sql("select contact_person from org_unit").query(String.class).list())
                .master(List.of("人民法院"));
        caseSettings.units().values().forEach(u -> given.master(java.util.Arrays.asList(u.reconsiderationBody(),
                u.court(), u.justiceBureau())));
        // the end of a legal period (e.g. 陈述申辩期限至…) is computed from an entered date and a configured period: the
        // case's clocks hold each one
        jdbc.sql("select due_on from case_clock where case_id = ?").param(caseId).query(java.time.LocalDate.class).list()
                .forEach(given::date);
        List<String> findings = new java.util.ArrayList<>();
        for (var d : documents.list("CASE:" + caseId)) {
            for (String stray : given.strays(CasePages.pdfLines(port, d.id()))) {
                findings.add(d.title() + (d.number() == null ? "" : " " + d.number()) + "：" + stray);
            }
        }
        assertThat(findings).as("dates, times, places and people printed that nobody entered").isEmpty();
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
                "intervieweeSex", "MALE", "intervieweeAge", "41", "intervieweePhone", "13900000901",
                "intervieweeWorkplace", "德令哈浏览器砂石经营部业主", "intervieweeAddress", "青海省德令哈市浏览器路9号",
                "qa[0].question", "路肩上的砂石是谁堆放的", "qa[0].answer", "是我十月十日卸下的",
                "qa[1].question", "堆放面积有多大", "qa[1].answer", "大约十二平方米"));
        pages.step(id, "record-site", f("actedOn", "2026-10-13", "startTime", "15:40", "endTime", "16:05",
                "place", "G315线K712+300北侧路肩现场", "officerIds", o1 + "," + o2, "recorderId", o1,
                "credentialsShown", "true", "vehicleType", "轻型自卸货车",
                "presentPersons[0].name", "浏览器押运人", "presentPersons[0].sex", "FEMALE",
                "presentPersons[0].relation", "卸货帮工", "presentPersons[0].idNumber", CaseFlow.citizenId(902),
                "content", "路肩上堆有砂石一堆约十二平方米，旁停轻型自卸货车一辆", "remarks", "帮工在场见证"));
        pages.step(id, "record-examination", f("actedOn", "2026-10-13", "startTime", "16:10", "endTime", "16:40",
                "place", "G315线K712+300北侧路肩", "weather", "多云，微风", "officerIds", o1 + "," + o2, "recorderId", o2,
                "credentialsShown", "true", "partyPost", "砂石经营部业主", "witness", "浏览器见证村民",
                "witnessPost", "德令哈市浏览器村村民", "object", "路肩上堆放的砂石",
                "content", "砂石堆长约四米宽约三米，占用路肩十二平方米"));
        pages.step(id, "take-samples", f("actedOn", "2026-10-13", "sampledAt", "2026-10-13T15:10",
                "place", "G315线K712+300北侧路肩砂石堆", "officerIds", o1 + "," + o2, "items[0].name", "路肩砂石样品",
                "items[0].spec", "粒径约二厘米", "items[0].quantity", "2", "items[0].unit", "袋"));
        pages.step(id, "preserve-evidence", f("actedOn", "2026-10-13", "place", "G315线K712+300北侧路肩",
                "officerIds", o1 + "," + o2, "approvedBy", "周局长", "items[0].name", "堆放的砂石",
                "items[0].quantity", "12", "items[0].unit", "平方米", "storagePlace", "G315线K712+300北侧路肩原地封存"));
        String preservation = flow.get(id).get("investigation").get("measures").get(0).get("number").asString();
        // a preservation is released under 《行政处罚法》第五十六条: the form offers the items of 强制法第二十八条, chosen by none
        pages.step(id, "release-measure", f("actedOn", "2026-10-14", "measureNumber", preservation,
                "reason", "抽样取证已完成，无需继续保存"));
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
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("作出决定", "归档", "补录原因：" + LATE,
                "抽样取证", "2026年10月13日 15:10");

        Map<String, String> texts = new HashMap<>();
        JsonNode detail = TestApi.as(port, "officer1").get("/api/cases/" + id).json();
        for (JsonNode d : detail.get("documents")) {
            String text = CasePages.pdfText(port, d.get("id").asLong());
            texts.merge(d.get("type").asString(), text, (a, b) -> a + "\n" + b);
            for (String canned : CANNED) {
                assertThat(text).as(d.get("title").asString() + " has no canned “" + canned + "”").doesNotContain(canned);
            }
        }
        // every document (the 证据清单 with the records among them) turns into page images and holds no canned text
        var checked = CasePages.checkedTexts(documents, id);
        String voucher = checked.get("SAMPLING_VOUCHER").get(0);
        assertThat(voucher).contains("抽样取证时间2026年10月13日15时10分", "G315线K712+300北侧路肩砂石堆", "路肩砂石样品",
                "粒径约二厘米");
        // the stub (存根) repeats the sampling time
        assertThat(voucher.substring(voucher.indexOf("抽样取证凭证（存根）"))).contains("2026年10月13日15时10分");
        assertThat(checked.keySet()).contains("FILING_REGISTER", "INQUIRY_RECORD", "SAMPLING_VOUCHER",
                "INVESTIGATION_REPORT", "EVIDENCE_LIST", "VIOLATION_NOTICE", "PROOF_OF_SERVICE", "PENALTY_DECISION",
                "CLOSURE_REPORT");
        // 式样之六: the case's 案由 and the seven working days from the day taken to the preservation clock's due date
        String preservedUntil = org.zhifa.cases.domain.Sentences.day(jdbc.sql("select due_on from case_clock where case_id = ? and kind = "
                + "'EVIDENCE_PRESERVATION'").param(id).query(java.time.LocalDate.class).single());
        assertThat(checked.get("EVIDENCE_PRESERVATION_LIST").get(0)).contains("因调查", "一案，根据《中华人民共和国行政处罚法》第五十六条",
                "予以先行登记保存七个工作日（自2026年10月13日至" + preservedUntil + "）", "堆放的砂石",
                "G315线K712+300北侧路肩原地封存");
        assertThat(checked.get("RELEASE_EVIDENCE_PRESERVATION").get(0)).contains("本机关依法于2026年10月13日对你（单位）采取了证据登记保存",
                preservation, "第五十六条的规定，本机关决定自2026年10月14日起解除该证据登记保存", "抽样取证已完成，无需继续保存")
                .doesNotContain("第二十八条");
        assertThat(texts.get("FILING_REGISTER")).contains("路肩堆放砂石约十二平方米，拟立案查处", "准予立案，由李执法、王执法承办");
        assertThat(texts.get("INQUIRY_RECORD")).contains("2026年10月13日14时05分", "2026年10月13日14时35分", "德令哈执法大队第二询问室",
                "路肩上的砂石是谁堆放的", "是我十月十日卸下的", "堆放面积有多大", "大约十二平方米", "当事人本人",
                "询问次数", "第1次询问", "性别男", "年龄41", "13900000901", "德令哈浏览器砂石经营部业主", "青海省德令哈市浏览器路9号");
        assertThat(texts.get("SITE_RECORD")).contains("2026年10月13日15时40分", "G315线K712+300北侧路肩现场", "轻型自卸货车",
                "浏览器押运人", "女", "卸货帮工", CaseFlow.citizenId(902), "旁停轻型自卸货车一辆", "备注：帮工在场见证");
        assertThat(texts.get("INSPECTION_RECORD")).contains("2026年10月13日16时10分", "天气状况多云，微风", "执法中队长",
                "砂石经营部业主", "浏览器见证村民", "德令哈市浏览器村村民", "路肩上堆放的砂石", "占用路肩十二平方米");
        assertThat(texts.get("INVESTIGATION_REPORT")).contains("堆放砂石十二平方米", "询问笔录一份、现场照片四张",
                "面积十二平方米属一般阶次，当事人如实陈述", "清除路肩上堆放的砂石");
        assertThat(texts.get("VIOLATION_NOTICE")).contains("《中华人民共和国公路法》第四十六条", "《中华人民共和国公路法》第七十七条",
                "询问笔录一份、现场照片四张", "罚款人民币1500元").doesNotContain("陈述申辩期限（工作日）");
        assertThat(texts.get("PROOF_OF_SERVICE")).contains("2026年10月15日16时20分", "青海省德令哈市浏览器路9号当事人住所",
                "2026年10月24日11时15分", "EMS9012345678", "签收人：" + party);
        assertThat(texts.get("PENALTY_DECISION")).contains("砂石是临时卸放准备自用请求减轻处罚", "不予采纳", "堆放已持续多日并非临时卸放",
                "德令哈市人民政府", "罚款人民币1500元", "清除路肩上堆放的砂石").doesNotContain("放弃");
        assertThat(texts.get("CLOSURE_REPORT")).contains("罚款已于十月二十六日缴清，建议结案", "准予结案并归档", "BOC-20261026-901");
        assertPrintsOnlyWhatWasGiven(id);
    }

    @Test
    void an_officer_decides_on_the_spot_with_the_phone_form_and_the_refusal_stands_beside_it() throws Exception {
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
        facts.putAll(Map.of("deliveredAt", "08:10", "signature", "SIGNED", "correction.order", "清除路面砂石"));
        typed.addAll(facts.values());
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
        // the step fixed the document's content; its files are not rendered yet (the tests run no render workers)
        assertThat(driver.findElement(By.id("documents")).getText()).contains("当场行政处罚决定书", "生成中");
        assertThat(driver.findElement(By.id("clocks")).getText()).contains("当场处罚决定书备案期限");
        String url = driver.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        String spot = CasePages.checkedTexts(documents, id).get("ON_THE_SPOT_DECISION").get(0).replace("：", "");
        String day = today.replaceFirst("^(\\d{4})-0?(\\d{1,2})-0?(\\d{1,2})$", "$1年$2月$3日");
        assertThat(spot).contains("违法时间" + day + "7时50分", "违法地点G109线K650+100", "当场处罚测试当事人",
                "当事人陈述申辩当事人表示立即清理", "陈述申辩复核意见清理不影响违法事实认定", "责令改正责令清除路面砂石，立即改正。",
                "罚款人民币100元", "处罚地点G109线K650+100路侧", "《中华人民共和国公路法》第四十六条",
                "《中华人民共和国公路法》第七十七条", "（存根）");
        assertPrintsOnlyWhatWasGiven(id);
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

    private long register(CasePages pages, CaseFlow flow, String day, String party, String place, String plate, String citizenId) {
        as("officer1");
        driver.get(base() + "/cases/new");
        WebElement form = driver.findElement(By.id("case-form"));
        pages.fill(form, f("actedOn", day, "act.source", "INSPECTION", "act.category", "HIGHWAY_ADMINISTRATION",
                "act.violationCodes", "GLF-77-1", "act.actDate", day, "act.actTime", "08:40", "act.place", place,
                "act.discoveredOn", day, "act.facts", "当事人在" + place + "堆放砂石", "act.seriousHarm", "false",
                "act.party.kind", "CITIZEN", "act.party.name", party, "act.party.idNumber", citizenId,
                "act.party.address", "青海省德令哈市走查路" + plate.substring(plate.length() - 2) + "号",
                "act.plateNumber", plate, "act.officerIds", Long.toString(flow.officerId("officer2"))));
        pages.click(driver.findElement(By.id("register")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    @Test
    void a_not_filed_case_a_transfer_and_a_hearing_case_issue_their_documents_from_the_pages_with_what_was_typed()
            throws Exception {
        driver = Browser.open();
        CasePages pages = new CasePages(driver, base());
        CaseFlow flow = new CaseFlow(port, jdbc);
        String o1 = Long.toString(flow.officerId("officer1"));
        String o2 = Long.toString(flow.officerId("officer2"));

        // —— 不予立案 ——
        long refused = register(pages, flow, "2026-10-05", "走查不予立案当事人", "G315线K720+100南侧", "青H90951", CaseFlow.citizenId(951));
        pages.step(refused, "submit-filing", f("actedOn", "2026-10-05", "opinion", "砂石已由路政清理，拟报请审批"));
        as("head1");
        pages.step(refused, "refuse-filing", f("actedOn", "2026-10-06", "reason", "违法行为轻微并已及时改正，没有造成危害后果"));
        var r = CasePages.checkedTexts(documents, refused);
        assertThat(r.keySet()).containsExactly("CASE_SOURCE_REGISTER");
        assertThat(r.get("CASE_SOURCE_REGISTER").get(0)).contains("走查不予立案当事人", "G315线K720+100南侧",
                "2026年10月5日", "砂石已由路政清理，拟报请审批", "不予立案。理由：违法行为轻微并已及时改正，没有造成危害后果");
        assertPrintsOnlyWhatWasGiven(refused);

        // —— 移送 ——
        long transfer = register(pages, flow, "2026-10-07", "走查移送当事人", "G315线K721+400北侧", "青H90952", CaseFlow.citizenId(952));
        pages.step(transfer, "submit-filing", f("actedOn", "2026-10-07", "opinion", "挖掘路基，拟立案查处"));
        as("head1");
        pages.step(transfer, "approve-filing", f("actedOn", "2026-10-07", "opinion", "准予立案，由李执法承办"));
        as("officer1");
        pages.step(transfer, "propose-transfer", f("actedOn", "2026-10-08",
                "facts", "当事人挖掘路基致路面塌陷约二十平方米，涉嫌破坏交通设施罪", "reason", "涉嫌犯罪，依法移送公安机关"));
        as("reviewer1");
        pages.step(transfer, "review-transfer", f("actedOn", "2026-10-09", "agree", "true", "opinion", "涉嫌犯罪证据充分，同意移送"));
        as("head1");
        pages.step(transfer, "approve-transfer", f("actedOn", "2026-10-10", "recipient", "德令哈市公安局走查分局",
                "attachments[0].name", "路面塌陷勘查照片", "attachments[0].pages", "6"));
        var t = CasePages.checkedTexts(documents, transfer);
        assertThat(t.keySet()).contains("FILING_REGISTER", "LEGAL_REVIEW_OPINION", "CRIMINAL_TRANSFER");
        assertThat(t.get("FILING_REGISTER").get(0)).contains("挖掘路基，拟立案查处", "准予立案，由李执法承办", "走查移送当事人");
        assertThat(t.get("LEGAL_REVIEW_OPINION").get(0)).contains("涉嫌犯罪证据充分，同意移送",
                "当事人挖掘路基致路面塌陷约二十平方米，涉嫌破坏交通设施罪", "孙法制");
        assertThat(t.get("CRIMINAL_TRANSFER").get(0)).contains("德令哈市公安局走查分局", "路面塌陷勘查照片", "6",
                "当事人挖掘路基致路面塌陷约二十平方米，涉嫌破坏交通设施罪", "第三条", "2026年10月10日");
        assertPrintsOnlyWhatWasGiven(transfer);

        // —— 听证 ——
        String party = "走查听证当事人";
        long h = register(pages, flow, "2026-09-01", party, "G315线K722+600北侧", "青H90953", CaseFlow.citizenId(953));
        pages.step(h, "submit-filing", f("actedOn", "2026-09-01", "opinion", "堆放砂石六十平方米，拟立案"));
        as("head1");
        pages.step(h, "approve-filing", f("actedOn", "2026-09-01", "opinion", "准予立案，依法调查"));
        as("officer1");
        pages.step(h, "record-inquiry", f("actedOn", "2026-09-02", "startTime", "14:05", "endTime", "14:35",
                "place", "德令哈执法大队第三询问室", "officerIds", o1 + "," + o2, "recorderId", o2, "credentialsShown", "true",
                "intervieweeName", party, "relation", "当事人本人", "intervieweeSex", "FEMALE", "intervieweeAge", "38",
                "intervieweeWorkplace", "无", "intervieweeAddress", "青海省德令哈市走查路3号",
                "qa[0].question", "砂石堆放了多少", "qa[0].answer", "约六十平方米"));
        pages.step(h, "conclude-investigation", f("actedOn", "2026-09-03",
                "facts", "当事人在G315线K722+600北侧堆放砂石六十平方米", "evidence", "询问笔录一份、现场照片六张",
                "outcome", "PENALTY", "penaltyKinds", "FINE", "amountYuan", "6000", "correction.order", "清除全部砂石",
                "correction.deadline", "2026-09-30", "discretionFacts[damage_area_m2]", "60",
                "discretionFacts[traffic_affected]", "false", "discretionReason", "面积六十平方米属严重阶次",
                "amountReason", "占用面积大且拒不改正", "complexCase", "true"));
        pages.step(h, "submit-review", f("actedOn", "2026-09-03"));
        as("head1");
        pages.step(h, "send-to-legal-review", f("actedOn", "2026-09-04", "opinion", "罚款数额较大，送法制审核"));
        as("reviewer1");
        pages.step(h, "legal-review-agree", f("actedOn", "2026-09-04", "opinion", "事实清楚，适用依据正确，同意"));
        as("officer1");
        pages.step(h, "issue-notice", f("actedOn", "2026-09-07"));
        pages.step(h, "serve-notice", f("actedOn", "2026-09-07", "service.method", "DIRECT",
                "service.servedAt", "2026-09-07T15:10", "service.place", "青海省德令哈市走查路53号当事人住所",
                "service.recipient", party, "service.signedBy", party));
        pages.step(h, "request-hearing", f("actedOn", "2026-09-08", "form", "WRITTEN"));
        as("head1");
        // the form offers the hearing officers and the recorder to choose, none chosen beforehand
        driver.get(base() + "/cases/" + h);
        WebElement scheduling = driver.findElement(By.cssSelector("details[data-action='schedule-hearing'] form"));
        assertThat(new org.openqa.selenium.support.ui.Select(scheduling.findElement(By.name("hearingOfficerIds")))
                .getAllSelectedOptions()).isEmpty();
        assertThat(new org.openqa.selenium.support.ui.Select(scheduling.findElement(By.name("hearingRecorderId")))
                .getFirstSelectedOption().getDomAttribute("value")).isEmpty();
        String recorder = Long.toString(jdbc.sql("select id from officer where name = '褚示例'").query(Long.class).single());
        pages.step(h, "schedule-hearing", f("actedOn", "2026-09-09", "hearingAt", "2026-09-21T14:30",
                "place", "德令哈市交通运输局第二听证室", "presidingOfficerId", Long.toString(flow.officerId("head1")),
                "hearingOfficerIds", Long.toString(flow.officerId("reviewer1")), "hearingRecorderId", recorder,
                "publicity", "PUBLIC"));
        driver.get(base() + "/cases/" + h);
        assertThat(driver.findElement(By.id("hearing")).getText()).contains("周局长", "孙法制", "褚示例",
                "德令哈市交通运输局第二听证室", "2026-09-21 14:30");
        as("officer1");
        pages.step(h, "serve-hearing-notice", f("actedOn", "2026-09-09", "service.method", "DIRECT",
                "service.servedAt", "2026-09-09T16:40", "service.place", "青海省德令哈市走查路53号当事人住所",
                "service.recipient", party, "service.signedBy", party));
        assertThat(flow.upload(h, "听证全程录像（走查）").statusCode()).isEqualTo(201);
        as("head1");
        // who recorded at the hearing is chosen there: the 记录员 the notice named is offered first, none chosen beforehand
        driver.get(base() + "/cases/" + h);
        WebElement holding = driver.findElement(By.cssSelector("details[data-action='record-hearing'] form"));
        var recorders = new org.openqa.selenium.support.ui.Select(holding.findElement(By.name("recorderId")));
        assertThat(recorders.getFirstSelectedOption().getDomAttribute("value")).isEmpty();
        assertThat(recorders.getOptions().get(1).getDomAttribute("value")).isEqualTo(recorder);
        assertThat(recorders.getOptions().get(1).getDomProperty("textContent")).contains("褚示例", "听证通知书所列记录员");
        pages.step(h, "record-hearing", f("actedOn", "2026-09-21", "startTime", "14:30", "endTime", "15:50",
                "place", "德令哈市交通运输局第二听证室", "recorderId", recorder, "attendance", "PARTY",
                "otherParticipants[0].name", "蒋证人（走查）", "otherParticipants[0].sex", "MALE",
                "otherParticipants[0].age", "52", "otherParticipants[0].workplace", "走查村村民",
                "proceedings[0].speaker", "调查人员", "proceedings[0].text", "当事人堆放砂石六十平方米且未清理",
                "proceedings[1].speaker", "当事人", "proceedings[1].text", "已于九月二十日清理完毕"));
        driver.get(base() + "/cases/" + h);
        assertThat(driver.findElement(By.id("hearing-recorded-by")).getText()).isEqualTo("褚示例");
        pages.step(h, "send-to-hearing-review", f("actedOn", "2026-09-22"));
        as("reviewer1");
        pages.step(h, "hearing-review-agree", f("actedOn", "2026-09-22", "opinion", "听证后复核，同意罚款五千元"));
        as("head1");
        pages.step(h, "to-discussion", f("actedOn", "2026-09-22"));
        pages.step(h, "record-discussion", f("actedOn", "2026-09-23", "startTime", "15:05", "endTime", "15:45",
                "place", "德令哈市交通运输局三楼会议室", "presiding", "周局长（走查）",
                "attendees[0].name", "周局长（走查）", "attendees[0].position", "局长", "attendees[0].opinion", "同意罚款五千元",
                "attendees[1].name", "吴副局长（走查）", "attendees[1].position", "副局长", "attendees[1].opinion", "同意",
                "attendees[2].name", "郑科长（走查）", "attendees[2].position", "法规科长", "attendees[2].opinion", "程序合法，同意",
                "recorder", "办公室钱某", "conclusion", "罚款五千元，责令清除全部砂石"));
        pages.step(h, "decide", f("actedOn", "2026-09-24", "outcome", "PENALTY", "penaltyKinds", "FINE",
                "amountYuan", "5000", "correction.order", "清除全部砂石", "correction.deadline", "2026-09-30",
                "citesHearingRecord", "true"));
        as("officer1");
        // electronic service only after the party signed a 送达地址确认书 agreeing to it (第六十一条第二款)
        pages.step(h, "confirm-service-address", f("actedOn", "2026-09-24", "address", "青海省德令哈市走查路53号",
                "postalCode", "817000", "recipient", party, "contactPhone", "0977-0000953",
                "acceptsElectronicService", "true", "electronicAddress", "party953@example.test", "signedBy", party));
        pages.step(h, "serve-decision", f("actedOn", "2026-09-25", "service.method", "ELECTRONIC",
                "service.servedAt", "2026-09-25T09:20", "service.recipient", party,
                "service.electronicAddress", "party953@example.test"));
        pages.step(h, "file-major-decision", f("actedOn", "2026-09-28"));
        var x = CasePages.checkedTexts(documents, h);
        assertThat(x.keySet()).contains("FILING_REGISTER", "INQUIRY_RECORD", "INVESTIGATION_REPORT", "CASE_REVIEW_FORM",
                "LEGAL_REVIEW_OPINION", "VIOLATION_NOTICE", "PROOF_OF_SERVICE", "HEARING_NOTICE", "HEARING_RECORD",
                "COLLECTIVE_DISCUSSION_RECORD", "PENALTY_DECISION", "EVIDENCE_LIST", "MAJOR_DECISION_FILING_REPORT",
                "MAJOR_DECISION_FILING_FORM", "SERVICE_ADDRESS_CONFIRMATION");
        assertThat(x.get("SERVICE_ADDRESS_CONFIRMATION").get(0)).contains("青海省德令哈市走查路53号", "817000", party,
                "0977-0000953", "是否同意电子送达是", "party953@example.test", "2026年9月24日");
        assertThat(x.get("INQUIRY_RECORD").get(0)).contains("2026年9月2日14时05分", "德令哈执法大队第三询问室",
                "砂石堆放了多少", "约六十平方米", "询问次数第1次询问", "女", "38", "青海省德令哈市走查路3号");
        assertThat(x.get("INVESTIGATION_REPORT").get(0)).contains("堆放砂石六十平方米", "询问笔录一份、现场照片六张",
                "面积六十平方米属严重阶次", "占用面积大且拒不改正", "第四十六条", "第七十七条");
        assertThat(x.get("VIOLATION_NOTICE").get(0)).contains("第四十六条", "第七十七条", "罚款人民币6000元", "听证");
        assertThat(x.get("HEARING_NOTICE").get(0)).contains("2026年9月21日14时30分", "德令哈市交通运输局第二听证室",
                "听证主持人：周局长（局长）", "听证员：孙法制（法制审核员）", "记录员：褚示例（执法队员）");
        // 式样之十一、之十二: both notices end with the issuing unit's contact block, from its master data (单位管理)
        var unit = jdbc.sql("select address, postal_code, contact_person, contact_phone from org_unit where id = "
                + "(select unit_id from penalty_case where id = ?)").param(h).query((rs, n) -> List.of(
                "联系地址：" + rs.getString(1) + "邮编：" + rs.getString(2),
                "联系人：" + rs.getString(3) + "联系电话：" + rs.getString(4))).single();
        assertThat(x.get("VIOLATION_NOTICE").get(0)).contains(unit);
        assertThat(x.get("HEARING_NOTICE").get(0)).contains(unit);
        assertThat(x.get("HEARING_RECORD").get(0)).contains("14时30分", "15时50分", "听证员孙法制", "记录员褚示例",
                "其他参与人员蒋证人（走查）性别：男年龄：52工作单位及职务：走查村村民",
                "当事人堆放砂石六十平方米且未清理", "已于九月二十日清理完毕").doesNotContain("第三人");
        assertThat(x.get("COLLECTIVE_DISCUSSION_RECORD").get(0)).contains("15时05分", "15时45分", "德令哈市交通运输局三楼会议室",
                "吴副局长（走查）", "程序合法，同意", "办公室钱某", "罚款五千元，责令清除全部砂石");
        assertThat(String.join("", x.get("PROOF_OF_SERVICE"))).contains("2026年9月7日15时10分", "2026年9月9日16时40分",
                "party953@example.test（送达地址确认书签署于2026年9月24日）").doesNotContain("2026-09-24");
        String evidenceList = x.get("EVIDENCE_LIST").get(x.get("EVIDENCE_LIST").size() - 1);
        assertThat(evidenceList).contains("听证全程录像（走查）", "视听资料", "询问笔录", "听证笔录");
        assertThat(x.get("PENALTY_DECISION").get(0)).contains("罚款人民币5000元", "清除全部砂石", "2026年9月30日",
                "第四十六条", "第七十七条", "听证", "证据清单", "德令哈市人民政府").doesNotContain("放弃");
        assertThat(x.get("MAJOR_DECISION_FILING_REPORT").get(0)).contains("海西州交通运输局、德令哈市司法局").doesNotContain("同级司法行政部门");
        // the case page links each document's OFD and its public verification page
        driver.get(base() + "/cases/" + h);
        WebElement table = driver.findElement(By.id("documents"));
        assertThat(table.findElements(By.cssSelector("a.ofd-link"))).hasSizeGreaterThanOrEqualTo(x.size());
        List<WebElement> verify = table.findElements(By.cssSelector("a.verify-link"));
        assertThat(verify).isNotEmpty();
        String decisionNumber = flow.get(h).get("decision").get("number").asString();
        String verifyUrl = table.findElements(By.xpath(".//tr[td[contains(., '" + decisionNumber + "')]]//a[@class='verify-link']"))
                .get(0).getDomProperty("href");
        driver.get(verifyUrl);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(decisionNumber, "行政处罚决定书")
                .doesNotContain(party);
        assertThat(x.get("MAJOR_DECISION_FILING_FORM").get(0)).contains("经法制审核",
                "2026年9月23日经集体讨论：罚款五千元，责令清除全部砂石", "2026年9月21日举行听证", "2026年9月24日")
                .doesNotContain("2026-09-");
        // the recording was uploaded by the test with these facts (CaseFlow.upload)
        assertPrintsOnlyWhatWasGiven(h, "2026-09-18T09:30", "听证室", "执法记录仪 T-01", "听证全程录像（走查）");
    }

    @Test
    void the_head_extends_a_seizure_from_the_case_page_and_the_notice_prints_the_measure_as_taken() throws Exception {
        driver = Browser.open();
        CasePages pages = new CasePages(driver, base());
        CaseFlow flow = new CaseFlow(port, jdbc);
        String o1 = Long.toString(flow.officerId("officer1"));
        String o2 = Long.toString(flow.officerId("officer2"));
        long id = register(pages, flow, "2026-10-26", "走查扣押当事人", "G315线K724+200南侧", "青H90955", CaseFlow.citizenId(955));
        pages.step(id, "submit-filing", f("actedOn", "2026-10-26", "opinion", "路肩停放装载机并堆放砂石，拟立案"));
        as("head1");
        pages.step(id, "approve-filing", f("actedOn", "2026-10-26", "opinion", "准予立案，依法调查"));
        as("officer1");
        assertThat(flow.upload(id, "扣押全程录像（走查）").statusCode()).isEqualTo(201);
        pages.step(id, "impose-measure", f("actedOn", "2026-10-27", "place", "G315线K724+200南侧路肩",
                "officerIds", o1 + "," + o2, "measure", "SEIZE", "basis", "《中华人民共和国行政强制法》第二十二条",
                "periodDays", "30", "items[0].name", "ZL50装载机", "items[0].spec", "黄色", "items[0].quantity", "1",
                "items[0].unit", "台"));
        String seizure = documents.list("CASE:" + id).stream()
                .filter(d -> d.type().name().equals("COMPULSORY_MEASURE_DECISION")).findFirst().orElseThrow().number();
        // the officer is not offered the head's approval; the head is, with the seizure to choose
        driver.get(base() + "/cases/" + id);
        assertThat(driver.findElements(By.cssSelector("details[data-action='extend-measure']"))).isEmpty();
        as("head1");
        driver.get(base() + "/cases/" + id);
        WebElement extending = driver.findElement(By.cssSelector("details[data-action='extend-measure'] form"));
        assertThat(new org.openqa.selenium.support.ui.Select(extending.findElement(By.name("measureNumber"))).getOptions())
                .extracting(o -> o.getDomAttribute("value")).contains(seizure);
        // taken on 10-27 for thirty days: the term ends on 11-26; extended to 12-24
        pages.step(id, "extend-measure", f("actedOn", "2026-11-20", "measureNumber", seizure,
                "reason", "装载机权属需向外省车辆管理部门核查，情况复杂", "newDeadline", "2026-12-24"));
        var x = CasePages.checkedTexts(documents, id);
        assertThat(x.get("EXTEND_COMPULSORY_MEASURE").get(0)).contains("走查扣押当事人",
                "本机关依法于2026年10月27日对你（单位）采取了扣押的行政强制措施", "行政强制措施决定书文号为" + seizure,
                "现因装载机权属需向外省车辆管理部门核查，情况复杂", "第二十五条", "决定延长行政强制措施期限至2026年12月24日");
        JsonNode clocks = TestApi.as(port, "officer1").get("/api/cases/" + id).json().get("clocks");
        assertThat(clocks.toString()).contains("\"dueOn\":\"2026-12-24\"");
        // the recording was uploaded with these facts (CaseFlow.upload); 11-26 is the term as taken (entered day and
        // period), printed on the measure decision before the extension moved the clock
        assertPrintsOnlyWhatWasGiven(id, "2026-09-18T09:30", "听证室", "执法记录仪 T-01", "扣押全程录像（走查）", "2026-11-26");
    }
}
