package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Two officers' case from registration to archive through the web pages, with the PDFs generated. */
@ZhifaIntegrationTest
class CaseBrowserTest {

    @LocalServerPort
    int port;
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

    private void as(String user) {
        driver.manage().deleteAllCookies();
        Browser.login(driver, base(), user);
    }

    private void click(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    private void act(long id, String action, Map<String, String> fields) {
        driver.get(base() + "/cases/" + id);
        WebElement box = driver.findElement(By.cssSelector("details[data-action='" + action + "']"));
        click(box.findElement(By.tagName("summary")));
        WebElement form = box.findElement(By.tagName("form"));
        fields.forEach((name, value) -> {
            WebElement input = form.findElement(By.name(name));
            if ("select".equals(input.getTagName())) {
                new Select(input).selectByValue(value);
            } else if ("checkbox".equals(input.getDomAttribute("type"))) {
                if (!input.isSelected()) {
                    click(input);
                }
            } else {
                input.clear();
                input.sendKeys(value);
            }
        });
        WebElement button = form.findElement(By.id("do-" + action));
        ((JavascriptExecutor) driver).executeScript("arguments[0].closest('form').removeAttribute('data-confirm')", button);
        click(button);
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(button));
        var errors = driver.findElements(By.cssSelector(".alert-danger"));
        assertThat(errors).as(action + ": " + (errors.isEmpty() ? "" : errors.get(0).getText())).isEmpty();
    }

    @Test
    void two_officers_take_a_case_from_registration_to_archive_with_pdfs() {
        driver = Browser.open();
        as("officer1");
        driver.get(base() + "/cases/new");
        driver.findElement(By.id("violationCodes")).sendKeys("GLF-77-1");
        driver.findElement(By.id("discretionFacts")).sendKeys("damage_area_m2=10\ntraffic_affected=false");
        driver.findElement(By.id("place")).sendKeys("G315线 K712+300（浏览器测试）");
        driver.findElement(By.id("facts")).sendKeys("在公路上堆放砂石（浏览器测试）");
        driver.findElement(By.id("partyName")).sendKeys("浏览器测试当事人");
        driver.findElement(By.id("partyIdNumber")).sendKeys(CaseFlow.citizenId(901));
        driver.findElement(By.id("plateNumber")).sendKeys("青H90901");
        new Select(driver.findElement(By.id("officerIds"))).selectByVisibleText("王执法");
        click(driver.findElement(By.id("register")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
        String url = driver.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        act(id, "submit-filing", Map.of());
        as("head1");
        act(id, "approve-filing", Map.of());
        as("officer1");
        act(id, "record-investigation", Map.of("recordKind", "SITE", "content", "现场检查情况（浏览器测试）"));
        act(id, "conclude-investigation", Map.of("amountYuan", "1500"));
        act(id, "submit-review", Map.of());
        as("head1");
        act(id, "approve-notice", Map.of());
        as("officer1");
        act(id, "serve-notice", Map.of());
        act(id, "waive", Map.of());
        act(id, "ready-for-decision", Map.of());
        as("head1");
        act(id, "decide", Map.of());
        as("officer1");
        act(id, "serve-decision", Map.of("serviceMethod", "DIRECT"));
        act(id, "record-payment", Map.of("amountYuan", "1500", "paymentChannel", "BANK", "paymentReference", "B-UI-1"));
        act(id, "close", Map.of("content", "罚款已缴清，建议结案"));
        act(id, "archive", Map.of());
        driver.get(base() + "/cases/" + id);
        assertThat(driver.findElement(By.id("case-state")).getText()).isEqualTo("归档");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("作出决定", "归档");
        var links = driver.findElements(By.cssSelector("#documents a.pdf-link"));
        assertThat(links.size()).isGreaterThanOrEqualTo(7);
        Object head = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 4))));",
                links.get(0).getDomProperty("href"));
        assertThat(head).isEqualTo("%PDF");
        driver.get(base() + "/cases?q=" + "浏览器测试当事人");
        assertThat(driver.findElement(By.id("case-table")).getText()).contains("浏览器测试当事人");
    }

    @Test
    void an_officer_decides_on_the_spot_with_the_phone_form() {
        driver = Browser.open();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        as("officer1");
        driver.get(base() + "/cases/field");
        driver.findElement(By.id("violationCodes")).sendKeys("GLF-77-1");
        driver.findElement(By.id("discretionFacts")).sendKeys("damage_area_m2=2\ntraffic_affected=false");
        driver.findElement(By.id("place")).sendKeys("G109线 K650+100（浏览器测试）");
        driver.findElement(By.id("partyName")).sendKeys("当场处罚测试当事人");
        driver.findElement(By.id("plateNumber")).sendKeys("青H90902");
        new Select(driver.findElement(By.id("officerIds"))).selectByVisibleText("王执法");
        driver.findElement(By.id("amountYuan")).sendKeys("300");
        click(driver.findElement(By.id("decide-on-spot")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText()).contains("第五十一条");
        var amount = driver.findElement(By.id("amountYuan"));
        amount.clear();
        amount.sendKeys("100");
        click(driver.findElement(By.id("decide-on-spot")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
        assertThat(driver.findElement(By.id("case-number")).getText()).contains("当罚");
        assertThat(driver.findElement(By.id("documents")).getText()).contains("当场行政处罚决定书");
        assertThat(driver.findElement(By.id("clocks")).getText()).contains("当场处罚决定书备案期限");
    }
}
