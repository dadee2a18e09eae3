package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** An officer uploads a video to a case through the chunked uploader, opens it in the player, gets the certificate. */
@ZhifaIntegrationTest
class EvidenceBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private WebDriver driver;

    @BeforeEach
    void open() {
        driver = Browser.open();
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void an_officer_uploads_a_video_to_a_case_plays_it_and_downloads_the_certificate() throws Exception {
        String base = "http://localhost:" + port;
        String caseId = EvidenceCases.of(jdbc, "officer1", EvidenceCases.ANY);
        // Not a decodable video, but served as video/mp4: the player element and range requests are what we check.
        Path video = Files.write(dir.resolve("执法记录仪-测试.mp4"), EvidenceApiTest.randomBytes(300_000, 21));
        Browser.login(driver, base, "officer1");
        driver.get(base + "/evidence/new");
        new Select(driver.findElement(By.id("kind"))).selectByValue("AUDIO_VIDEO");
        driver.findElement(By.id("title")).sendKeys("查扣现场全程录像（浏览器测试）");
        driver.findElement(By.id("place")).sendKeys("德令哈市（虚构地点）");
        driver.findElement(By.id("device")).sendKeys("DSJ-BROWSER-01");
        driver.findElement(By.id("continuousRecording")).click();
        // no collection time is filled in for the officer: an empty field stops the form
        assertThat(driver.findElement(By.id("collectedAt")).getAttribute("value")).isEmpty();
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('collectedAt').value = '2025-03-01T09:30';");
        new Select(driver.findElement(By.id("targetType"))).selectByValue("CASE");
        driver.findElement(By.id("targetId")).sendKeys(caseId);
        driver.findElement(By.id("file")).sendKeys(video.toString());
        WebElement submit = driver.findElement(By.id("submit-evidence"));
        // an open select or autocomplete popup of the fields above may cover the button: press it as a user would
        // after closing it
        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur(); arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", submit);

        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-video")));
        assertThat(driver.getCurrentUrl()).matches(".*/evidence/\\d+$");
        assertThat(driver.findElement(By.id("evidence-video")).getAttribute("src")).contains("/content");
        assertThat(driver.findElement(By.id("integrity-status")).getText()).isEqualTo("校验通过");
        assertThat(driver.findElement(By.id("links")).getText()).contains(caseId);

        String certificateUrl = driver.findElement(By.id("certificate-link")).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(certificateUrl))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path pdfFile = Files.write(dir.resolve("certificate.pdf"), pdf.body());
        if (Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
            Process p = new ProcessBuilder("/usr/bin/pdftotext", pdfFile.toString(), "-").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            assertThat(text).contains("证据存证证明").contains("查扣现场全程录像");
        }
    }

    @Test
    void an_officer_sees_how_many_items_of_a_case_are_hidden_from_him() {
        String base = "http://localhost:" + port;
        String caseId = EvidenceCases.of(jdbc, "officer1", 7);
        long foreign = EvidenceApiTest.uploadChunked(EvidenceHttp.as(port, "officer3"),
                EvidenceApiTest.randomBytes(2_000, 24), Map.of("kind", "AUDIO_VIDEO", "title", "格尔木录像（浏览器测试）",
                        "collectedAt", "2025-03-05T10:00:00", "continuousRecording", true, "links", List.of()))
                .get("id").asLong();
        assertThat(TestApi.as(port, "head0").post("/api/evidence/" + foreign + "/links",
                Map.of("targetType", "CASE", "targetId", caseId)).status()).isEqualTo(201);
        Browser.login(driver, base, "officer1");
        driver.get(base + "/evidence?targetType=CASE&targetId=" + caseId);
        assertThat(driver.findElement(By.id("hidden-evidence")).getText()).contains("另有 1 件不可见");
        assertThat(driver.findElement(By.id("evidence-table")).getText()).doesNotContain("格尔木录像（浏览器测试）");
    }

    @Test
    void the_security_administrator_rotates_the_log_key_and_every_key_stays_published() {
        String base = "http://localhost:" + port;
        Browser.login(driver, base, "secadmin");
        driver.get(base + "/admin/evidence-integrity");
        int before = driver.findElements(By.cssSelector("#log-keys tbody tr")).size();
        assertThat(before).isPositive();
        driver.findElement(By.id("rotate-reason")).sendKeys("人员变动（浏览器测试）");
        var button = driver.findElement(By.id("rotate-key"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].closest('form').removeAttribute('data-confirm')",
                button);
        button.click();
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(button));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("已启用新日志密钥");
        assertThat(driver.findElements(By.cssSelector("#log-keys tbody tr"))).hasSize(before + 1);
        assertThat(driver.findElement(By.id("log-keys")).getText()).contains("人员变动（浏览器测试）")
                .contains("经前一密钥签名背书");
        driver.get(base + "/public/evidence/log-key");
        assertThat(driver.findElements(By.cssSelector("#log-keys tbody tr"))).hasSize(before + 1);
    }
}
