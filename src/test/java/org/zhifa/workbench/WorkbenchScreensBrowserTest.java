package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Each role's home, a case page, the field form and the clue screen at 1366×900 (desktop) and 390×844 (phone), with
 * screenshots kept as build artefacts under {@code target/screenshots}.
 */
@ZhifaIntegrationTest
class WorkbenchScreensBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final String[] ROLES = {"officer1", "aux1", "reviewer1", "head1", "supervisor1", "admin", "secadmin", "auditor"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private long scrollWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                .longValue();
    }

    private void size(int w, int h) {
        driver.manage().window().setSize(new Dimension(w, h));
    }

    @Test
    void every_roles_home_shows_its_todo_counts_and_the_menu_on_one_line_at_1366() throws IOException {
        driver = Browser.open();
        for (String role : ROLES) {
            driver.manage().deleteAllCookies();
            size(1366, 900);
            Browser.login(driver, base(), role);
            assertThat(driver.findElement(By.id("count-waiting")).getText()).contains("待办");
            assertThat(driver.findElement(By.id("count-overdue")).getText()).contains("已超期");
            // the menu does not wrap: the bar keeps the height of one line
            assertThat(driver.findElement(By.cssSelector("nav.navbar")).getSize().getHeight()).as(role).isLessThan(80);
            shot("home-" + role + "-1366");
            size(390, 844);
            driver.navigate().refresh();
            assertThat(scrollWidth()).as(role + " phone width").isLessThanOrEqualTo(390);
            shot("home-" + role + "-390");
        }
    }

    @Test
    void the_case_page_field_form_and_clue_screen_fit_a_phone_and_a_desktop() throws IOException {
        long caseId = jdbc.sql("select id from penalty_case where unit_id = 11 and state = 'INVESTIGATION' order by id limit 1")
                .query(Long.class).single();
        driver = Browser.open();
        size(1366, 900);
        Browser.login(driver, base(), "officer1");
        for (int[] s : new int[][] {{1366, 900}, {390, 844}}) {
            size(s[0], s[1]);
            String suffix = "-" + s[0];
            driver.get(base() + "/cases/" + caseId);
            assertThat(driver.findElement(By.id("step-bar")).getText()).contains("调查取证");
            assertThat(driver.findElements(By.cssSelector("#step-bar .step-current"))).hasSize(1);
            assertThat(driver.findElement(By.id("photo")).getDomAttribute("capture")).isEqualTo("environment");
            shot("case" + suffix);
            driver.get(base() + "/cases/field");
            assertThat(driver.findElement(By.id("idempotencyKey")).getDomProperty("value")).hasSize(36);
            shot("field-form" + suffix);
            driver.get(base() + "/nonsite/clues");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("超限线索审核");
            shot("clues" + suffix);
            driver.get(base() + "/cases");
            shot("case-list" + suffix);
            if (s[0] == 390) {
                assertThat(scrollWidth()).isLessThanOrEqualTo(390);
                // the case list is cards on a phone: no header row, each cell labelled
                assertThat(driver.findElements(By.cssSelector("main table.table-cards"))).isNotEmpty();
                assertThat(driver.findElement(By.cssSelector("main table.table-cards thead")).isDisplayed()).isFalse();
            }
        }
    }
}
