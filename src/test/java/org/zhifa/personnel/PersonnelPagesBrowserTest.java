package org.zhifa.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Every roster and training page opens for the roles that use it, and forms answer in Chinese. */
@ZhifaIntegrationTest
class PersonnelPagesBrowserTest {

    @LocalServerPort
    int port;

    static void assertPage(WebDriver driver, String url, String heading) {
        driver.get(url);
        assertThat(driver.getTitle()).as(url).doesNotContain("出错了");
        assertThat(driver.findElement(By.tagName("h1")).getText()).as(url).contains(heading);
    }

    @Test
    void a_unit_head_opens_every_roster_and_training_page() {
        WebDriver driver = Browser.open();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "head1");
            assertPage(driver, base + "/personnel/officers", "执法人员名册");
            assertThat(driver.findElement(By.id("officer-table")).getText()).contains("李执法").doesNotContain("吴执法");
            assertPage(driver, base + "/personnel/officers?certState=SUSPENDED", "执法人员名册");
            assertThat(driver.findElement(By.id("officer-table")).getText()).contains("陈示例").doesNotContain("李执法");
            assertPage(driver, base + "/personnel/auxiliaries", "执法辅助人员名册");
            driver.findElement(By.linkText("赵协管")).click();
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("eligibility-result")));
            assertThat(driver.findElement(By.id("eligibility-result")).getText()).contains("辅助人员不具有执法资格");
            assertPage(driver, base + "/personnel/officers?q=陈示例", "执法人员名册");
            driver.findElement(By.linkText("陈示例")).click();
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "陈示例"));
            assertThat(driver.findElement(By.id("eligibility-result")).getText()).contains("暂扣");
            assertPage(driver, base + "/personnel/alerts", "执法证件预警");
            assertPage(driver, base + "/personnel/reviewer-ratios", "法制审核人员配备");
            assertPage(driver, base + "/personnel/import", "名册导入");
            assertPage(driver, base + "/training/sessions", "培训课程与签到");
            driver.findElement(By.cssSelector("table a")).click();
            Browser.waitFor(driver).until(ExpectedConditions.urlMatches("/training/sessions/\\d+$"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertPage(driver, base + "/training/sessions/new", "登记培训");
            assertPage(driver, base + "/training/plans", "年度培训计划");
            assertPage(driver, base + "/training/rotations", "全员轮训");
            driver.findElement(By.cssSelector("table a")).click();
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("coverage")));
            assertThat(driver.findElement(By.id("coverage")).getText()).contains("德令哈");
            assertPage(driver, base + "/training/exams", "考试成绩");
            assertPage(driver, base + "/training/fitness", "体能测试");

            assertPage(driver, base + "/personnel/officers/new", "登记执法人员");
            driver.findElement(By.id("name")).sendKeys("页面测试");
            driver.findElement(By.id("idNumber")).sendKeys("632890199001010010");
            driver.findElement(By.id("save-officer")).click();
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
            List<String> errors = driver.findElements(By.cssSelector(".form-text.text-danger")).stream()
                    .map(e -> e.getText()).toList();
            assertThat(errors).contains("请选择性别").anyMatch(e -> e.startsWith("身份证号"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void an_officer_opens_their_own_record_and_ledger_only() {
        WebDriver driver = Browser.open();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "officer1");
            driver.get(base + "/personnel/me");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("李执法");
            assertThat(driver.findElement(By.id("eligibility-result")).getText()).contains("具有执法资格");
            driver.get(base + "/training/ledger");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("李执法");
            driver.get(base + "/personnel/officers");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("李执法");
        } finally {
            driver.quit();
        }
    }
}
