package org.zhifa.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The publicity journeys in headless Chromium. */
@ZhifaIntegrationTest
class PublicityBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
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
    @DisplayName("公众看到的处罚流程图由案件模块实际执行的程序定义生成")
    void the_public_flowchart_is_drawn_from_the_procedure_definition() {
        driver = Browser.open();
        driver.get("http://localhost:" + port + "/public/info");
        By ordinary = By.cssSelector("#procedure-chart [data-procedure='ORDINARY']");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(ordinary));
        assertThat(driver.findElement(ordinary).getText()).contains("待立案审批", "调查取证", "法制审核", "陈述申辩/听证",
                "集体讨论", "送达", "归档");
        assertThat(driver.findElement(By.id("procedure-chart")).getText()).doesNotContain("流程图暂不可用");
    }

    @Test
    @DisplayName("负责人核对公示文本并发布，公众在公示查询中找到该决定")
    void a_decision_is_released_by_the_head_and_found_on_the_public_search() {
        long id = PublicationFlowTest.decide(events, tx, jdbc, "德交执罚〔2025〕7101号", "周星星",
                "当事人周星星驾驶车辆超限运输，浏览器测试七一零一。");
        driver = Browser.open();
        String base = "http://localhost:" + port;
        Browser.login(driver, base, "head1");
        driver.get(base + "/publicity/publications?open=true&q=7101");
        driver.findElement(By.linkText("德交执罚〔2025〕7101号")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("draft-preview")));
        assertThat(driver.findElement(By.id("draft-preview")).getText()).contains("周某某").doesNotContain("周星星");
        driver.findElement(By.id("release-button")).click();
        Browser.waitFor(driver).until(ExpectedConditions.alertIsPresent()).accept();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("publication-state"), "已公示"));

        driver.get(base + "/public/decisions");
        driver.findElement(By.id("q")).sendKeys("七一零一");
        driver.findElement(By.id("decision-search-submit")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.id("decision-total"), "1"));
        driver.findElement(By.linkText("德交执罚〔2025〕7101号")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/public/decisions/" + id));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("周某某", "违法超限运输");
    }

    @Test
    @DisplayName("公众提交投诉举报（无需脚本的表单），凭编号和查询码查到办理状态")
    void a_complaint_is_submitted_and_its_status_looked_up() {
        jdbc.sql("delete from rate_log").update();
        driver = Browser.open();
        String base = "http://localhost:" + port;
        driver.get(base + "/public/complaints");
        new Select(driver.findElement(By.id("category"))).selectByValue("TRANSPORT_SERVICE");
        driver.findElement(By.id("subject")).sendKeys("出租车拒载");
        driver.findElement(By.id("description")).sendKeys("在德令哈火车站出租车拒载短途乘客（浏览器测试）。");
        driver.findElement(By.id("contactPhone")).sendKeys("13900002222");
        var submit = driver.findElement(By.id("complaint-submit"));
        // Bootstrap turns on smooth scrolling: jump instead, or the click lands while the page still moves
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", submit);
        submit.click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-number")));
        String number = driver.findElement(By.id("receipt-number")).getText();
        String code = driver.findElement(By.id("receipt-code")).getText();
        assertThat(number).startsWith("TS");

        driver.get(base + "/public/complaints/status");
        driver.findElement(By.id("number")).sendKeys(number);
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("status-submit")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("status-label")));
        assertThat(driver.findElement(By.id("status-label")).getText()).isEqualTo("已收到，待受理");
    }
}
