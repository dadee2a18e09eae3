package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The holder of a reset password is told at the next login who reset it (issue 11). */
@ZhifaIntegrationTest
class PasswordResetNoticeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void the_system_admin_is_offered_neither_a_reset_nor_a_disabling_of_an_administrator() {
        long id = TestAccounts.create(jdbc, encoder, "notice-auditor2", 1, "AUDIT_ADMIN", true);
        driver = Browser.open();
        Browser.login(driver, "http://localhost:" + port, "admin");
        driver.get("http://localhost:" + port + "/admin/users/" + id);
        assertThat(driver.findElements(By.id("password-reset"))).isEmpty();
        assertThat(driver.findElements(By.id("account-status"))).isEmpty();
        assertThat(driver.getPageSource()).contains("notice-auditor2");
    }

    @Test
    void the_security_admin_resets_an_auditors_password_and_the_holder_is_told_at_the_next_login() {
        long id = TestAccounts.create(jdbc, encoder, "notice-auditor", 1, "AUDIT_ADMIN", true);
        String base = "http://localhost:" + port;
        driver = Browser.open();
        Browser.login(driver, base, "secadmin");
        driver.get(base + "/admin/users/" + id);
        driver.findElement(By.id("password-reset")).click();
        driver.switchTo().alert().accept();
        String otp = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("one-time-password")))
                .getText();
        driver.manage().deleteAllCookies();

        Browser.loginWith(driver, base, "notice-auditor", otp);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("account-notices")));
        assertThat(driver.getCurrentUrl()).endsWith("/account/password");
        assertThat(driver.findElement(By.id("account-notices")).getText()).contains("账户安全提示")
                .contains("由安全管理员 secadmin 重置").contains("如非您本人申请");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'ACCOUNT_NOTICE_SHOWN' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        // shown once: the next visit of the page has no notice
        driver.get(base + "/account/password");
        assertThat(driver.findElements(By.id("account-notices"))).isEmpty();
    }
}
