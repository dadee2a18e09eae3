package org.zhifa.workbench;

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
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The login journey in headless Chromium. */
@ZhifaIntegrationTest
class LoginBrowserTest {

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
    void officer_logs_in_and_sees_the_home_page_in_chinese() {
        driver = Browser.open();
        Browser.login(driver, "http://localhost:" + port, "officer1");
        assertThat(driver.findElement(By.id("welcome")).getText()).contains("您好").contains("李执法");
        assertThat(driver.findElement(By.id("home-unit")).getText()).isEqualTo("德令哈市交通运输综合行政执法大队");
        assertThat(driver.findElement(By.id("home-roles")).getText()).isEqualTo("执法人员");
        assertThat(driver.getPageSource()).doesNotContain("系统管理");
    }

    @Test
    void five_wrong_passwords_show_the_lockout_message() {
        jdbc.sql("""
                insert into user_account (username, display_name, unit_id, password_hash, password_changed_at)
                values ('browserlock', '锁定测试（演示）', 11, ?, now()) on conflict (username) do nothing""")
                .param(encoder.encode(TestApi.DEMO_PASSWORD)).update();
        driver = Browser.open();
        String base = "http://localhost:" + port;
        for (int i = 0; i < 5; i++) {
            Browser.loginWith(driver, base, "browserlock", "Wrong#Pass" + i);
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        }
        assertThat(driver.findElement(By.id("login-error")).getText()).contains("账户已锁定 15 分钟");
        Browser.loginWith(driver, base, "browserlock", TestApi.DEMO_PASSWORD);
        assertThat(driver.findElement(By.id("login-error")).getText()).contains("账户已锁定");
    }
}
