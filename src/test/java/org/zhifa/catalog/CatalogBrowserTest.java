package org.zhifa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** An officer searches "超限", opens the violation and gets a recommendation with its trail (headless Chromium). */
@ZhifaIntegrationTest
class CatalogBrowserTest {

    @LocalServerPort
    int port;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void officer_searches_over_limit_opens_the_violation_and_gets_a_recommendation_with_its_trail() {
        driver = Browser.open();
        String base = "http://localhost:" + port;
        Browser.login(driver, base, "officer1");
        driver.get(base + "/catalog");
        driver.findElement(By.id("q")).sendKeys("超限");
        driver.findElement(By.id("catalog-search")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("q="));
        assertThat(driver.findElement(By.id("violations")).getText()).contains("违法超限运输（车货总质量超过限定标准）");
        driver.findElement(By.linkText("违法超限运输（车货总质量超过限定标准）")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("try-form")));
        assertThat(driver.findElement(By.id("penalty-text")).getText()).contains("每超1000千克罚款500元");
        // a 试算 without the fact the tier needs: the 400 fragment is swapped in (the layout's htmx-config)
        driver.findElement(By.id("try-submit")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("try-error")));
        assertThat(driver.findElement(By.id("try-error")).getText()).contains("请填写超限质量");
        driver.findElement(By.id("fact-excess_kg")).sendKeys("6000");
        driver.findElement(By.id("try-submit")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("rec-trail")));
        assertThat(driver.findElement(By.id("rec-amount")).getText()).isEqualTo("3000 元");
        assertThat(driver.findElement(By.id("rec-trail")).getText()).contains("每超1000千克罚款500元", "建议：罚款 3000 元");
        assertThat(driver.getCurrentUrl()).endsWith("/catalog/violations/CX-43-M");
    }
}
