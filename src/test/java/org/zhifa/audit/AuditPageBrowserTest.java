package org.zhifa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The audit administrator's page: search, export links with the filter, integrity check in Chinese. */
@ZhifaIntegrationTest
class AuditPageBrowserTest {

    @LocalServerPort
    int port;

    private WebDriver driver;

    @BeforeEach
    void open() {
        driver = Browser.open();
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void the_audit_administrator_searches_the_log_and_checks_its_integrity() {
        String base = "http://localhost:" + port;
        Browser.login(driver, base, "auditor");
        driver.get(base + "/admin/audit");
        assertThat(driver.findElements(By.cssSelector("#audit-table tbody tr"))).isNotEmpty();

        // the filter offers the actions by their Chinese names
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("action"))).selectByVisibleText("登录");
        driver.findElement(By.id("audit-search")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("action=LOGIN"));
        List<WebElement> actions = driver.findElements(By.cssSelector("#audit-table tbody tr td:nth-child(5)"));
        assertThat(actions).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("登录"));
        assertThat(driver.findElement(By.id("export-csv")).getAttribute("href")).contains("action=LOGIN");
        assertThat(driver.findElement(By.id("export-xlsx")).getAttribute("href")).endsWith("export.xlsx?action=LOGIN");

        driver.findElement(By.id("verify-button")).click();
        WebElement verification = Browser.waitFor(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("verification")));
        assertThat(verification.getText()).contains("完整性校验通过").contains("SM3");
        // htmx swapped the result into the page instead of navigating away
        assertThat(driver.getCurrentUrl()).contains("/admin/audit?");
    }

    @Test
    void a_business_user_gets_no_audit_page() {
        String base = "http://localhost:" + port;
        Browser.login(driver, base, "officer1");
        assertThat(driver.findElements(By.linkText("审计日志"))).isEmpty();
        driver.get(base + "/admin/audit");
        assertThat(driver.findElements(By.id("audit-table"))).isEmpty();
    }
}
