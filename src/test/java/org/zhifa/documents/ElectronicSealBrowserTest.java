package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The security administrator sets a unit's seal in the browser (image, new key); a document of that unit is sealed
 * with it; anyone opens the document's verification page without logging in and checks the OFD they hold there.
 */
@ZhifaIntegrationTest
class ElectronicSealBrowserTest {

    static final long UNIT = 60;

    @LocalServerPort
    int port;

    @Autowired
    EnforcementDocuments documents;

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
    void the_security_administrator_sets_a_seal_and_the_public_checks_a_sealed_document() throws Exception {
        String base = "http://localhost:" + port;
        Browser.login(driver, base, "secadmin");
        driver.get(base + "/admin/seals");
        String manage = driver.findElement(By.cssSelector("#seal-row-" + UNIT + " a")).getAttribute("href");
        driver.get(manage);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("image-form")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("天峻县交通运输局电子印章");

        Path png = Files.write(dir.resolve("印章.png"), SealAdministrationTest.pngOf(400));
        driver.findElement(By.id("image")).sendKeys(png.toString());
        driver.findElement(By.id("upload-image")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已上传印章图像"));

        driver.findElement(By.id("generate-key")).click();
        Browser.waitFor(driver).until(ExpectedConditions.alertIsPresent()).accept();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已生成新的 SM2 密钥"));
        String keyId = driver.findElement(By.id("seal-key-id")).getText();
        assertThat(driver.findElement(By.id("seal-current")).getText()).contains("可签章");

        IssuedDocument d = documents.issue(DocumentRequest.of(DocumentType.PENALTY_DECISION, UNIT, "CASE:SEAL-BROWSER",
                SampleDocuments.penaltyDecision()));
        assertThat(d.sealKeyId()).isEqualTo(keyId);

        driver.manage().deleteAllCookies();
        driver.get(base + "/public/documents/verify/" + d.verificationToken());
        assertThat(driver.findElement(By.id("doc-number")).getText()).isEqualTo(d.number());
        assertThat(driver.findElement(By.id("doc-unit")).getText()).isEqualTo("天峻县交通运输局");
        assertThat(driver.findElement(By.id("doc-date")).getText()).isEqualTo("2025年3月20日");
        // the page rendered the files, which the queue had not reached yet, and shows their fingerprints
        IssuedDocument rendered = documents.find(d.id()).orElseThrow();
        assertThat(driver.findElement(By.id("doc-sm3-ofd")).getText()).isEqualTo(rendered.sm3Ofd()).hasSize(64);
        assertThat(driver.findElement(By.id("doc-sm3-content")).getText()).isEqualTo(d.sm3Content());
        assertThat(driver.findElement(By.id("doc-seal")).getText()).contains("天峻县交通运输局电子印章", keyId);
        assertThat(driver.getPageSource()).doesNotContain("张示例");

        Path ofd = Files.write(dir.resolve("文书.ofd"), documents.ofd(d.id()));
        driver.findElement(By.id("file")).sendKeys(ofd.toString());
        driver.findElement(By.id("check-submit")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("check-same")));
        assertThat(driver.findElement(By.id("check-same")).getText()).contains("完全一致");
        assertThat(driver.findElement(By.id("seal-verdict")).getText()).contains("签章有效");
        assertThat(driver.findElement(By.id("seal-registered")).getText()).contains("天峻县交通运输局电子印章");
    }
}
