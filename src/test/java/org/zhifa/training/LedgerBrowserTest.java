package org.zhifa.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** A unit head opens the training ledger and sees an officer below 60 hours flagged. */
@ZhifaIntegrationTest
class LedgerBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void head1_sees_an_officer_below_60_hours_flagged_in_the_ledger() {
        WebDriver driver = Browser.open();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "head1");
            driver.get(base + "/training/ledger");
            WebElement row = driver.findElement(By.cssSelector("#ledger-table tr[data-officer='褚示例']"));
            assertThat(row.getAttribute("class")).contains("below-target");
            assertThat(row.getText()).contains("未达标，尚缺 36 学时");
            WebElement met = driver.findElement(By.cssSelector("#ledger-table tr[data-officer='李执法']"));
            assertThat(met.getText()).contains("达标").doesNotContain("未达标");
            driver.findElement(By.id("below")).click();
            driver.findElement(By.cssSelector("#ledger-filter button[type=submit]")).click();
            Browser.waitFor(driver).until(ExpectedConditions.urlContains("below=true"));
            assertThat(driver.findElements(By.cssSelector("#ledger-table tr[data-officer='李执法']"))).isEmpty();
        } finally {
            driver.quit();
        }
    }
}
