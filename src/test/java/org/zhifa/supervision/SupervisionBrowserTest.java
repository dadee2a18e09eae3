package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.map;
import static org.zhifa.cases.CaseFlow.on;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.cases.CaseFlow;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The supervision journeys in headless Chromium. */
@ZhifaIntegrationTest
class SupervisionBrowserTest {

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

    @Test
    @DisplayName("监督人员开展评查并抽取，外单位评查人员凭预检评分，整改通知到达 head1 并回复")
    void a_campaign_is_drawn_scored_with_the_precheck_and_its_rectification_answered_by_head1() {
        // the files are cases of 德令哈大队 closed through the cases engine in February 2025: twelve on-the-spot fines
        // paid and closed, and one criminal case transferred to the police
        CaseFlow flow = new CaseFlow(port, jdbc);
        LocalDate day = LocalDate.of(2025, 2, 10);
        for (int i = 0; i < 12; i++) {
            closedOnTheSpot(flow, day.plusDays(i % 5), 1740 + i);
        }
        transferred(flow, day, 1760);
        String base = "http://localhost:" + port;
        driver = Browser.open();
        Browser.login(driver, base, "supervisor1");
        driver.get(base + "/supervision/campaigns");
        driver.findElement(By.id("title")).sendKeys("2025年2月案卷评查（浏览器测试）");
        driver.findElement(By.id("year")).sendKeys("2025");
        setValue("periodFrom", "2025-02-01");
        setValue("periodTo", "2025-02-28");
        driver.findElement(By.id("evaluators")).sendKeys("officer3");
        click(By.id("start-button"));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("draw-button")));
        assertThat(driver.findElement(By.id("commitment")).getText()).hasSize(64);
        assertThat(driver.findElement(By.id("seed")).getText()).isEqualTo("抽取时公开");
        click(By.id("draw-button"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("campaign-state"), "已抽取，评查中"));
        assertThat(driver.findElement(By.id("seed")).getText()).hasSize(64);
        assertThat(drawn("SIMPLIFIED")).isEqualTo("10");
        assertThat(drawn("TRANSFER")).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector("#strata [data-category='TRANSFER']")).getText())
                .contains("全部抽取");
        String campaignUrl = driver.getCurrentUrl();

        // officer3 (格尔木大队) evaluates a file of 德令哈大队
        driver.manage().deleteAllCookies();
        Browser.login(driver, base, "officer3");
        driver.get(base + "/supervision/evaluations");
        driver.findElement(By.cssSelector("#my-evaluations tbody a")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("score-form")));
        WebElement evidenceRow = driver.findElement(By.cssSelector("#score-items tr[data-item='C2'] .precheck"));
        assertThat(evidenceRow.getText()).contains("不符合").contains("没有关联任何电子证据");
        for (WebElement row : driver.findElements(By.cssSelector("#score-items tbody tr"))) {
            String code = row.getAttribute("data-item");
            Select finding = new Select(row.findElement(By.name("finding[" + code + "]")));
            if (finding.getFirstSelectedOption().getAttribute("value").isEmpty()) {
                finding.selectByValue("PASS");
            }
            if (finding.getFirstSelectedOption().getAttribute("value").equals("FAIL")) {
                List<WebElement> deduction = row.findElements(By.name("deduction[" + code + "]"));
                deduction.forEach(d -> d.sendKeys("2"));
                row.findElement(By.name("reason[" + code + "]")).sendKeys("确认系统预检发现的问题");
            }
        }
        click(By.id("score-button"));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("file-score")));
        assertThat(driver.findElement(By.id("file-state")).getText()).isEqualTo("已评查");
        String fileUrl = driver.getCurrentUrl();

        // the supervision bureau issues the rectification task to the handling unit
        driver.manage().deleteAllCookies();
        Browser.login(driver, base, "supervisor1");
        driver.get(fileUrl);
        driver.findElement(By.id("issues")).sendKeys("证据未关联、文书不全，请限期整改（浏览器测试）");
        click(By.id("rectify-button"));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#file-rectifications a")));
        String number = driver.findElement(By.cssSelector("#file-rectifications a")).getText();

        // head1 (德令哈市交通运输局) sees it and replies
        driver.manage().deleteAllCookies();
        Browser.login(driver, base, "head1");
        driver.get(base + "/supervision/rectifications");
        driver.findElement(By.linkText(number)).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("reply-form")));
        driver.findElement(By.id("reply")).sendKeys("已关联证据并补齐文书，对办案人员进行了培训（浏览器测试）");
        click(By.id("reply-button"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("rectification-state"), "已回复"));
        assertThat(driver.findElement(By.id("rectification-reply")).getText()).contains("已关联证据");

        // the campaign's results per unit count the scored file
        driver.manage().deleteAllCookies();
        Browser.login(driver, base, "supervisor1");
        driver.get(campaignUrl);
        assertThat(driver.findElement(By.id("unit-results")).getText()).contains("德令哈市交通运输综合行政执法大队");
    }

    @Test
    @DisplayName("投诉从公众表单到受理、转办、承办单位答复、回访满意度，投诉人凭编号和查询码看到每个环节")
    void a_complaint_goes_from_the_public_form_to_a_reply_and_a_satisfaction_rating() {
        jdbc.sql("delete from rate_log").update();
        String base = "http://localhost:" + port;
        driver = Browser.open();
        driver.get(base + "/public/complaints");
        new Select(driver.findElement(By.id("category"))).selectByValue("ENFORCEMENT_CONDUCT");
        driver.findElement(By.id("subject")).sendKeys("检查时未出示证件");
        driver.findElement(By.id("description")).sendKeys("德令哈大队执法人员检查时未出示执法证件（浏览器测试）。");
        driver.findElement(By.id("contactPhone")).sendKeys("13900003333");
        WebElement submit = driver.findElement(By.id("complaint-submit"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                submit);
        submit.click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-number")));
        String number = driver.findElement(By.id("receipt-number")).getText();
        String code = driver.findElement(By.id("receipt-code")).getText();

        // the supervision bureau accepts it and assigns it to 德令哈大队
        Browser.login(driver, base, "supervisor1");
        driver.get(base + "/publicity/complaints?q=" + number);
        driver.findElement(By.linkText(number)).click();
        driver.findElement(By.id("reply")).sendKeys("您的投诉举报已受理，我局将依法调查处理并答复（浏览器测试）");
        click(By.id("acknowledge-button"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint-status"), "已受理"));
        driver.get(base + "/supervision/complaints?q=" + number);
        driver.findElement(By.linkText(number)).click();
        new Select(driver.findElement(By.id("unitId"))).selectByVisibleText("德令哈市交通运输综合行政执法大队");
        driver.findElement(By.id("internalText")).sendKeys("请核实执法人员是否出示证件");
        click(By.id("stage-button"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("handling-state"), "已转办"));

        // head1 (德令哈市交通运输局) sees it, records the handling and replies
        driver.manage().deleteAllCookies();
        Browser.login(driver, base, "head1");
        driver.get(base + "/supervision/complaints");
        driver.findElement(By.linkText(number)).click();
        driver.findElement(By.id("internalText")).sendKeys("调取执法记录仪视频，确认未出示证件，已批评教育");
        click(By.id("stage-button"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("handling-state"), "已办理"));
        driver.findElement(By.id("publicText")).sendKeys("经核实，执法人员未出示证件属实，已批评教育并整改。");
        click(By.id("stage-button"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("handling-state"), "已答复"));

        // the bureau calls back and records the satisfaction
        driver.manage().deleteAllCookies();
        Browser.login(driver, base, "supervisor1");
        driver.get(base + "/supervision/complaints?q=" + number);
        driver.findElement(By.linkText(number)).click();
        new Select(driver.findElement(By.id("satisfaction-select"))).selectByValue("SATISFIED");
        driver.findElement(By.id("internalText")).sendKeys("电话回访，投诉人表示满意");
        click(By.id("stage-button"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("handling-state"), "已回访"));

        // the complainant sees each stage by number and code
        driver.manage().deleteAllCookies();
        driver.get(base + "/public/complaints/status");
        driver.findElement(By.id("number")).sendKeys(number);
        driver.findElement(By.id("code")).sendKeys(code);
        click(By.id("status-submit"));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("status-stages")));
        assertThat(driver.findElement(By.id("status-label")).getText()).isEqualTo("已回访");
        assertThat(driver.findElement(By.id("status-stages")).getText()).contains("已转办", "已办理", "已答复",
                "经核实，执法人员未出示证件属实", "满意度：满意").doesNotContain("调取执法记录仪视频");
    }

    /** An on-the-spot fine (当场处罚) decided, paid, filed with the department and closed, all on {@code day}. */
    private void closedOnTheSpot(CaseFlow flow, LocalDate day, int n) {
        var body = on(day, "act", flow.facts("GLF-77-1", day, n),
                "officerIds", List.of(flow.officerId("officer1"), flow.officerId("officer2")),
                "penaltyKinds", List.of("FINE"), "amountYuan", 150, "partyStatement", "当事人称不知道不能堆放（测试）",
                "statementReview", "不知法不免责，不予采纳（测试）", "decisionPlace", "G315线 K700+200 处（测试）",
                "deliveredAt", "10:20", "signature", "SIGNED", "correction", map("order", "清除堆放在公路上的物品（测试）"),
                "lateReason", "测试数据事后录入");
        var created = TestApi.as(port, "officer1").post("/api/cases/simplified", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        flow.ok("officer1", id, "record-payment", on(day, "amountYuan", 150, "channel", "ONLINE", "reference", "WX-" + n));
        flow.ok("officer1", id, "file-copy", on(day));
        flow.ok("officer1", id, "propose-closure", on(day, "opinion", "已缴清（测试）"));
        flow.ok("head1", id, "approve-closure", on(day, "opinion", "同意结案（测试）"));
    }

    /** A criminal case transferred to the police (国务院令第310号) within its clocks. */
    private void transferred(CaseFlow flow, LocalDate day, int n) {
        long id = flow.create(flow.draft("GLF-77-1", day, n)).get("id").asLong();
        flow.ok("officer1", id, "submit-filing", on(day, "opinion", "建议立案（测试）"));
        flow.ok("head1", id, "approve-filing", on(day, "opinion", "同意（测试）"));
        flow.ok("officer1", id, "propose-transfer", on(day.plusDays(1), "facts", "挖掘公路致塌陷，涉嫌破坏交通设施罪（测试）",
                "reason", "涉嫌犯罪，依法移送（测试）"));
        flow.ok("reviewer1", id, "review-transfer", on(day.plusDays(2), "agree", true, "opinion", "同意移送（测试）"));
        flow.ok("head1", id, "approve-transfer", on(day.plusDays(3), "recipient", "德令哈市公安局（测试）",
                "attachments", List.of(map("name", "涉嫌犯罪案件调查报告（测试）", "pages", 3))));
    }

    private String drawn(String category) {
        return driver.findElement(By.cssSelector("#strata [data-category='" + category + "'] .drawn")).getText();
    }

    /** Bootstrap scrolls smoothly: jump to the element first, or the click lands while the page still moves. */
    private void click(By by) {
        WebElement e = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                e);
        e.click();
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }
}
