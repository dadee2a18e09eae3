package org.zhifa.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.draw.DrawVerifier;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The journey of issue 15: a unit head publishes a plan and runs a draw; an officer pair inspects on a phone
 * (390 × 844); the finding becomes a case source and, once filed, a case; the result appears on the portal; the public
 * page (in the browser) and the offline verify-draw command confirm the draw.
 */
@ZhifaIntegrationTest
class InspectionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

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

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private void click(WebElement e) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    /** Submits a button's form, skipping its confirmation dialog, and waits for the next page. */
    private void submit(WebElement button) {
        js().executeScript("var f = arguments[0].closest('form'); if (f) { f.removeAttribute('data-confirm'); }", button);
        click(button);
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(button));
    }

    private void set(String id, String value) {
        js().executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void a_plan_is_published_drawn_inspected_on_a_phone_turned_into_a_case_published_and_verified() throws Exception {
        driver = Browser.open();
        LocalDate[] window = InspectionFixtures.window();
        long officer1 = jdbc.sql("select o.id from officer o join user_account u on u.id = o.user_id "
                + "where u.username = 'officer1'").query(Long.class).single();

        // 1. the unit head drafts and publishes a plan
        as("head1");
        driver.get(base() + "/inspection/plans/new");
        driver.findElement(By.id("title")).sendKeys("2026年道路货运经营者双随机抽查（浏览器测试）");
        set("windowStart", window[0].toString());
        set("windowEnd", window[1].toString());
        long item = jdbc.sql("select id from insp_item where code = 'HX-JC-01'").query(Long.class).single();
        click(driver.findElement(By.id("item-" + item)));
        for (String c : List.of("A", "B", "C", "D")) {
            WebElement ratio = driver.findElement(By.id("ratio-" + c));
            ratio.clear();
            ratio.sendKeys("1");
        }
        submit(driver.findElement(By.id("save-plan")));
        submit(driver.findElement(By.id("publish-plan")));
        assertThat(text("plan-status")).isEqualTo("已公布");

        // 2. the draw: commitment first, then the seed; redrawn with a recorded reason until officer1 has a task
        submit(driver.findElement(By.id("commit-draw")));
        String commitment = text("commitment");
        assertThat(commitment).hasSize(64);
        submit(driver.findElement(By.id("reveal-draw")));
        assertThat(text("draw-state")).isEqualTo("已抽取");
        String drawUrl = driver.getCurrentUrl();
        for (int attempt = 0; attempt < 6 && !mine(drawId(drawUrl), officer1); attempt++) {
            driver.findElement(By.name("reason")).sendKeys("浏览器测试：本次抽取未分配到测试账户，重新抽取（第" + (attempt + 1) + "次）");
            submit(driver.findElement(By.id("redraw")));
            submit(driver.findElement(By.id("reveal-draw")));
            drawUrl = driver.getCurrentUrl();
        }
        long drawId = drawId(drawUrl);
        assertThat(mine(drawId, officer1)).as("officer1 drawn for an object").isTrue();
        String seed = text("seed");
        commitment = text("commitment");

        // 3. the public page recomputes the draw in the browser
        driver.manage().deleteAllCookies();
        driver.get(base() + "/public/inspection/draws/" + drawId);
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-result"), "复核结果"));
        assertThat(text("verify-verdict")).isEqualTo("复核结果：一致");
        assertThat(driver.getPageSource()).contains(commitment, seed);

        // 4. the offline verifier command confirms it byte for byte
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, TestApi.anonymous(port).get("/api/public/inspection/draws/" + drawId + "/manifest")
                .body(), StandardCharsets.UTF_8);
        Path result = dir.resolve("result.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.zhifa.ZhifaApplication", "verify-draw", manifest.toString(),
                "--result-out", result.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(DrawVerifier.OK);
        assertThat(out).contains("一致 CONSISTENT");
        String resultHash = jdbc.sql("select result_hash from insp_draw where id = :id").param("id", drawId)
                .query(String.class).single();
        assertThat(org.zhifa.crypto.Sm3.hex(Files.readAllBytes(result))).isEqualTo(resultHash);

        // 5. officer1 inspects on a phone
        driver.manage().window().setSize(new Dimension(390, 844));
        as("officer1");
        driver.get(base() + "/inspection");
        long taskId = jdbc.sql("select id from insp_task where draw_id = :d and status = 'ASSIGNED' "
                + "and officer_ids @> array[cast(:o as bigint)] order by id limit 1").param("d", drawId)
                .param("o", officer1).query(Long.class).single();
        click(driver.findElement(By.cssSelector("#my-tasks a[href$='/inspection/tasks/" + taskId + "/inspect']")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-form")));
        assertThat(((Number) js().executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("the form fits the phone's width").isLessThanOrEqualTo(390);
        LocalTime end = LocalTime.now(ChinaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        LocalTime start = end.isBefore(LocalTime.of(0, 15)) ? LocalTime.MIDNIGHT : end.minusMinutes(15);
        set("inspectedOn", LocalDate.now(ChinaTime.ZONE).toString());
        set("startTime", start.toString());
        set("endTime", end.toString());
        driver.findElement(By.id("place")).sendKeys("企业停车场（浏览器测试）");
        driver.findElement(By.id("roadCode")).sendKeys("G315");
        driver.findElement(By.id("stake")).sendKeys("K2350+200");
        List<Long> lines = jdbc.sql("select c.id from insp_checklist_item c where c.item_id = :i order by c.position")
                .param("i", item).query(Long.class).list();
        for (long line : lines) {
            boolean bad = line == lines.get(2);
            click(driver.findElement(By.cssSelector("label[for='" + (bad ? "n-" : "c-") + line + "']")));
            if (bad) {
                driver.findElement(By.id("note-" + line)).sendKeys("驾驶员马某未取得道路货物运输从业资格（浏览器测试）");
            }
        }
        Path photo = dir.resolve("photo.png");
        Files.write(photo, Base64.getDecoder().decode(InspectionFixtures.SIGNATURE.substring(22)));
        driver.findElement(By.id("files")).sendKeys(photo.toString());
        driver.findElement(By.id("representativeName")).sendKeys("现场负责人（浏览器测试）");
        driver.findElement(By.id("representativeRole")).sendKeys("负责人");
        click(driver.findElement(By.id("sig-signed")));
        WebElement pad = driver.findElement(By.id("signature-pad"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", pad);
        new Actions(driver).moveToElement(pad, -60, 0).clickAndHold().moveByOffset(40, 10).moveByOffset(40, -15)
                .moveByOffset(30, 20).release().perform();
        assertThat((String) js().executeScript("return document.getElementById('signatureImage').value"))
                .startsWith("data:image/png;base64,");
        click(driver.findElement(By.id("outcome-CASE_SOURCE")));
        driver.findElement(By.id("violationCode")).sendKeys("DLYS-64");
        driver.findElement(By.id("caseFacts")).sendKeys("驾驶员未取得从业资格驾驶营运车辆（浏览器测试）");
        submit(driver.findElement(By.id("submit-inspection")));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-id")));
        assertThat(text("outcome")).isEqualTo("涉嫌违法，移交立案");
        long inspectionId = Long.parseLong(text("inspection-id"));
        assertThat(driver.findElement(By.id("record-pdf")).getDomAttribute("href")).endsWith(".pdf");
        assertThat(driver.findElements(By.cssSelector("#evidence a"))).hasSize(2);

        // 6. the case source becomes a case: officer1 submits the filing, the unit head approves it
        String caseHref = driver.findElement(By.id("case-link")).getDomAttribute("href");
        long caseId = Long.parseLong(caseHref.substring(caseHref.lastIndexOf('/') + 1));
        String today = java.time.LocalDate.now(org.zhifa.common.ChinaTime.ZONE).toString();
        act(caseId, "submit-filing", java.util.Map.of("actedOn", today, "opinion", "检查发现驾驶员无从业资格证，拟立案查处"));
        as("head1");
        act(caseId, "approve-filing", java.util.Map.of("actedOn", today, "opinion", "准予立案"));
        driver.get(base() + "/cases/" + caseId);
        assertThat(text("case-state")).isEqualTo("调查取证");
        assertThat(text("case-source")).contains("执法检查发现", "检查记录 " + inspectionId);

        // 7. the unit head publishes the result; it appears on the portal, masked
        driver.get(base() + "/inspection/records/" + inspectionId);
        submit(driver.findElement(By.id("publish-result")));
        assertThat(text("publication-state")).isEqualTo("已公示");
        driver.manage().deleteAllCookies();
        driver.get(base() + "/public/inspection/results");
        // the drawn object depends on what the directory holds; a natural person's name is published masked
        var published = jdbc.sql("""
                select i.public_summary, i.target_name, t.natural_person from inspection i
                join insp_target t on t.id = i.target_id where i.id = :id""").param("id", inspectionId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), String.valueOf(rs.getBoolean(3))})
                .single();
        assertThat(text("public-results")).contains(published[0], "涉嫌违法，移交立案");
        if (Boolean.parseBoolean(published[2])) {
            assertThat(text("public-results")).doesNotContain(published[1]);
        } else {
            assertThat(text("public-results")).contains(published[1]);
        }
        assertThat(text("public-results")).doesNotContain("马某", "现场负责人");
    }

    private static long drawId(String url) {
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("\\D.*$", ""));
    }

    private boolean mine(long drawId, long officer) {
        return jdbc.sql("select count(*) from insp_task where draw_id = :d and status = 'ASSIGNED' "
                + "and officer_ids @> array[cast(:o as bigint)]").param("d", drawId).param("o", officer)
                .query(Long.class).single() > 0;
    }

    private void act(long caseId, String action, java.util.Map<String, String> fields) {
        driver.get(base() + "/cases/" + caseId);
        WebElement box = driver.findElement(By.cssSelector("details[data-action='" + action + "']"));
        click(box.findElement(By.tagName("summary")));
        WebElement form = box.findElement(By.tagName("form"));
        fields.forEach((name, value) -> js().executeScript("arguments[0].value = arguments[1];",
                form.findElement(By.name(name)), value));
        js().executeScript("arguments[0].removeAttribute('data-confirm')", form);
        submit(box.findElement(By.id("do-" + action)));
        assertThat(driver.findElements(By.cssSelector(".alert-danger"))).as(action).isEmpty();
    }
}
