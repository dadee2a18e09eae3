package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhifa.testsupport.Browser;
import org.zhifa.testsupport.TestApi;

/**
 * Fills the case pages' forms by field name, as a user would (every value typed or chosen; nothing prefilled), and reads
 * issued PDFs as text with poppler's pdftotext.
 */
final class CasePages {

    private final WebDriver driver;
    private final String base;

    CasePages(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    void click(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    /**
     * Sets one field of the form: a choice by its value (several, comma-separated, for a multiple choice), a checkbox or
     * radio by its value, text as typed.
     */
    void fill(WebElement form, String name, String value) {
        List<WebElement> inputs = form.findElements(By.name(name));
        assertThat(inputs).as("field " + name).isNotEmpty();
        WebElement first = inputs.get(0);
        String type = first.getDomAttribute("type");
        if ("select".equals(first.getTagName())) {
            Select select = new Select(first);
            if (select.isMultiple()) {
                select.deselectAll();
                for (String v : value.split(",")) {
                    select.selectByValue(v);
                }
            } else {
                select.selectByValue(value);
            }
        } else if ("radio".equals(type) || "checkbox".equals(type)) {
            for (WebElement i : inputs) {
                if (value.equals(i.getDomAttribute("value")) && !i.isSelected()) {
                    click(i);
                }
            }
        } else {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", first, value);
        }
    }

    void fill(WebElement form, Map<String, String> fields) {
        fields.forEach((k, v) -> fill(form, k, v));
    }

    /** Opens the step's form on the case page, fills it and submits; the step must succeed. */
    void step(long caseId, String action, Map<String, String> fields) {
        driver.get(base + "/cases/" + caseId);
        WebElement box = driver.findElement(By.cssSelector("details[data-action='" + action + "']"));
        click(box.findElement(By.tagName("summary")));
        WebElement form = box.findElement(By.tagName("form"));
        fill(form, fields);
        WebElement button = form.findElement(By.id("do-" + action));
        ((JavascriptExecutor) driver).executeScript("arguments[0].closest('form').removeAttribute('data-confirm')", button);
        click(button);
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(button));
        var errors = driver.findElements(By.cssSelector(".alert-danger"));
        assertThat(errors).as(action + ": " + (errors.isEmpty() ? "" : errors.get(0).getText())).isEmpty();
    }

    /** The text of an issued PDF (pdftotext, layout kept), fetched with the officer's token. */
    static String pdfText(int port, long documentId) throws IOException, InterruptedException {
        return pdfLines(port, documentId).replaceAll("\\s+", "");
    }

    /** The text of an issued PDF as pdftotext gives it: lines kept, the cells of a table row apart. */
    static String pdfLines(int port, long documentId) throws IOException, InterruptedException {
        String token = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", "officer1",
                "password", TestApi.DEMO_PASSWORD)).json().get("token").asString();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/documents/" + documentId + ".pdf"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Path pdf = Files.createTempFile("zhifa-case-", ".pdf");
        try {
            Files.write(pdf, response.body());
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isZero();
            return text;
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /**
     * The text of each issued document of the case (all versions, in issue order) by type, with white space removed,
     * after checking that each PDF turns into page images (pdftoppm) that carry ink and that the text holds none of the
     * canned phrases of {@link CaseBrowserTest#CANNED} nor a doubled full stop, a nested 问/答 label or a raw settings
     * line.
     */
    static java.util.Map<String, java.util.List<String>> checkedTexts(org.zhifa.documents.EnforcementDocuments documents,
            long caseId) throws Exception {
        java.util.Map<String, java.util.List<String>> out = new java.util.LinkedHashMap<>();
        for (org.zhifa.documents.IssuedDocument d : documents.list("CASE:" + caseId)) {
            byte[] pdf = documents.pdf(d.id());
            var images = org.zhifa.documents.PdfPages.images(pdf, 40);
            assertThat(images).as(d.title()).isNotEmpty();
            images.forEach(i -> assertThat(org.zhifa.documents.PdfPages.inked(i)).as(d.title()).isGreaterThan(0.001));
            String text = String.join("", org.zhifa.documents.PdfPages.texts(pdf));
            for (String canned : CaseBrowserTest.CANNED) {
                assertThat(text).as(d.title() + " has no canned “" + canned + "”").doesNotContain(canned);
            }
            assertThat(text).as(d.title()).doesNotContain("。。", "答：问：", "问：问：", "答：答：", "陈述申辩期限（工作日）",
                    "听证申请期限（工作日）", "null", "同意立案。同意立案");
            out.computeIfAbsent(d.type().name(), k -> new java.util.ArrayList<>()).add(text);
        }
        return out;
    }
}
