package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** In a browser: a reset ends the open session with a notice, and the forced change keeps the new session. */
@ZhifaIntegrationTest
class SessionEndBrowserTest {

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
    void a_password_reset_sends_the_open_page_to_the_login_with_a_notice_and_the_changed_password_keeps_the_session() {
        long id = TestAccounts.create(jdbc, encoder, "stamp-browser", 11, "OFFICER", true);
        String base = "http://localhost:" + port;
        driver = Browser.open();
        Browser.login(driver, base, "stamp-browser");

        String otp = TestApi.as(port, "admin").post("/api/identity/users/" + id + "/password-reset", Map.of()).json()
                .get("oneTimePassword").asString();
        driver.get(base + "/cases");
        var notice = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("session-ended")));
        assertThat(driver.getCurrentUrl()).endsWith("/login?ended");
        assertThat(notice.getText()).contains("您的账户安全信息已变更").contains("请重新登录");

        Browser.loginWith(driver, base, "stamp-browser", otp);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("next")));
        driver.findElement(By.id("current")).sendKeys(otp);
        driver.findElement(By.id("next")).sendKeys("Neues#Pass2026");
        driver.findElement(By.id("confirm")).sendKeys("Neues#Pass2026");
        driver.findElement(By.cssSelector("form[action='/account/password'] button[type=submit]")).click();
        var changed = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));
        assertThat(changed.getText()).contains("密码已修改").contains("本次登录继续有效");

        driver.get(base + "/cases");
        assertThat(driver.getCurrentUrl()).endsWith("/cases");
        assertThat(driver.findElement(By.id("current-user")).getText()).contains("stamp-browser");
    }
}
