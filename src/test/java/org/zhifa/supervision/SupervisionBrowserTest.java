package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The supervision journeys in headless Chromium. */
@ZhifaIntegrationTest
class SupervisionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    ClosedCaseFixture cases;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
        if (cases != null) {
            cases.removeAll();
        }
    }

    @Test
    @DisplayName("监督人员开展评查并抽取，外单位评查人员凭预检评分，整改通知到达 head1 并回复")
    void a_campaign_is_drawn_scored_with_the_precheck_and_its_rectification_answered_by_head1() {
        cases = new ClosedCaseFixture(jdbc);
        long officer1 = jdbc.sql("select id from user_account where username = 'officer1'").query(Long.class).single();
        LocalDate closed = LocalDate.of(2018, 9, 28);
        cases.add(12, 11, "ORDINARY", "INSPECTION", "PENALTY", closed, officer1);
        cases.add(2, 11, "SIMPLIFIED", "INSPECTION", "PENALTY", closed, officer1);
        String base = "http://localhost:" + port;
        driver = Browser.open();
        Browser.login(driver, base, "supervisor1");
        driver.get(base + "/supervision/campaigns");
        driver.findElement(By.id("title")).sendKeys("2018年度案卷评查（浏览器测试）");
        driver.findElement(By.id("year")).sendKeys("2018");
        setValue("periodFrom", "2018-01-01");
        setValue("periodTo", "2018-12-31");
        driver.findElement(By.id("evaluators")).sendKeys("officer3");
        click(By.id("start-button"));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("draw-button")));
        assertThat(driver.findElement(By.id("commitment")).getText()).hasSize(64);
        assertThat(driver.findElement(By.id("seed")).getText()).isEqualTo("抽取时公开");
        click(By.id("draw-button"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("campaign-state"), "已抽取，评查中"));
        assertThat(driver.findElement(By.id("seed")).getText()).hasSize(64);
        assertThat(drawn("ORDINARY")).isEqualTo("10");
        assertThat(drawn("SIMPLIFIED")).isEqualTo("2");
        assertThat(driver.findElement(By.cssSelector("#strata [data-category='SIMPLIFIED']")).getText())
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
