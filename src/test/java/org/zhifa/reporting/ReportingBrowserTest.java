package org.zhifa.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** head1 on a phone-sized screen: the dashboard's charts drawn and linked, then the November report submitted. */
@ZhifaIntegrationTest
class ReportingBrowserTest {

    @LocalServerPort
    int port;

    static void click(WebDriver driver, WebElement element) {
        // a script click: at the foot of a long page the layout's footer may sit over the button in headless Chromium
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                element);
    }

    @Test
    void head1_reads_the_dashboard_on_a_phone_and_submits_the_monthly_report() {
        WebDriver driver = Browser.open();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "head1");
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.get(base + "/reporting/dashboard");
            Browser.waitFor(driver).until(ExpectedConditions.attributeToBeNotEmpty(
                    driver.findElement(By.id("dashboard")), "data-drawn"));
            List<WebElement> canvases = driver.findElements(By.cssSelector(".dashboard-chart canvas"));
            assertThat(canvases).hasSizeGreaterThanOrEqualTo(6);
            long scroll = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(scroll).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
            // inspections and patrols per month, each month linking to the inspection ledger of that month
            assertThat(driver.findElements(By.cssSelector("#chart-inspections + ul a[href*='/inspection/records?from=']")))
                    .hasSizeGreaterThanOrEqualTo(12);
            // each chart links to its list: the overdue bar opens the overdue case list
            WebElement overdueLink = driver.findElement(By.cssSelector("#chart-overdue + ul a[href*='overdue=true']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    overdueLink);
            Browser.waitFor(driver).until(ExpectedConditions.urlContains("/cases?overdue=true"));

            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(base + "/reporting/monthly/10/2026-11");
            click(driver, driver.findElement(By.id("draft")));
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("remedies-form")));
            assertThat(driver.findElement(By.id("report-state")).getText()).contains("草稿");
            for (WebElement input : driver.findElements(By.cssSelector("#remedies-form input[type=number]"))) {
                input.clear();
                input.sendKeys("0");
            }
            click(driver, driver.findElement(By.id("save-remedies")));
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
                    "已保存"));
            click(driver, driver.findElement(By.id("submit-report")));
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-state"), "已报送（锁定）"));
            assertThat(driver.findElements(By.id("submit-report"))).isEmpty();
            assertThat(driver.findElement(By.id("export")).getAttribute("href")).endsWith(".xlsx");
            driver.get(base + "/reporting/monthly?month=2026-11");
            assertThat(driver.findElement(By.id("submissions")).getText()).contains("德令哈市交通运输局").contains("逾期报送");
        } finally {
            driver.quit();
        }
    }
}
