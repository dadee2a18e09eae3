package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.nonsite.NonSiteFixtures.push;
import static org.zhifa.nonsite.NonSiteFixtures.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

@ZhifaIntegrationTest
class NonSiteBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_reviewer_rejects_a_clue_from_the_keyboard() {
        var d = NonSiteFixtures.usableWim(port);
        String plate = "青H6" + String.format("%04d", System.nanoTime() % 10_000);
        push(port, d.apiKey(), "[" + record("b1", Instant.now().minus(1, ChronoUnit.HOURS), plate, 6, 61_000) + "]");
        long id = jdbc.sql("select id from nonsite_clue where plate = :p").param("p", plate).query(Long.class).single();
        WebDriver driver = Browser.open();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "officer1");
            driver.get(base + "/nonsite/clues?id=" + id);
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("clue-record")));
            assertThat(driver.findElement(By.id("clue-device")).getText()).contains("满足使用条件");
            new Actions(driver).sendKeys("r").perform();
            Browser.waitFor(driver).until(ExpectedConditions.attributeToBe(driver.switchTo().activeElement(), "id", "reason"));
            new Actions(driver).sendKeys("车牌识别错误（测试）").keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "已排除线索"));
            assertThat(jdbc.sql("select status from nonsite_clue where id = :id").param("id", id).query(String.class).single())
                    .isEqualTo("REJECTED");
        } finally {
            driver.quit();
        }
    }
}
