package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** An officer uploads a video to a case through the chunked uploader, opens it in the player, gets the certificate. */
@ZhifaIntegrationTest
class EvidenceBrowserTest {

    @LocalServerPort
    int port;

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
        // Not a decodable video, but served as video/mp4: the player element and range requests are what we check.
        Path video = Files.write(dir.resolve("执法记录仪-测试.mp4"), EvidenceApiTest.randomBytes(300_000, 21));
        Browser.login(driver, base, "officer1");
        driver.get(base + "/evidence/new");
        new Select(driver.findElement(By.id("kind"))).selectByValue("AUDIO_VIDEO");
        driver.findElement(By.id("title")).sendKeys("查扣现场全程录像（浏览器测试）");
        driver.findElement(By.id("place")).sendKeys("德令哈市（虚构地点）");
        driver.findElement(By.id("device")).sendKeys("DSJ-BROWSER-01");
        driver.findElement(By.id("continuousRecording")).click();
        new Select(driver.findElement(By.id("targetType"))).selectByValue("CASE");
        driver.findElement(By.id("targetId")).sendKeys("测试案件-BROWSER");
        driver.findElement(By.id("file")).sendKeys(video.toString());
        driver.findElement(By.id("submit-evidence")).click();

        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-video")));
        assertThat(driver.getCurrentUrl()).matches(".*/evidence/\\d+$");
        assertThat(driver.findElement(By.id("evidence-video")).getAttribute("src")).contains("/content");
        assertThat(driver.findElement(By.id("integrity-status")).getText()).isEqualTo("校验通过");
        assertThat(driver.findElement(By.id("links")).getText()).contains("测试案件-BROWSER");

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
}
