package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.evidence.internal.HeadPublication;
import org.zhifa.evidence.verify.EvidenceVerifier;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Links and corrections are entries of the log with inclusion proofs, so that "this video belongs to case 德交执立〔…〕N号"
 * is provable offline; every entry has a public verification page, whose address the certificate carries as a QR code;
 * the day's head is recorded for the public annual data.
 */
@ZhifaIntegrationTest
class EvidenceLinkProofTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceLogPublication publication;

    @Autowired
    HeadPublication heads;

    @Value("${zhifa.db.data-dir}")
    Path dataDir;

    @TempDir
    Path dir;

    private String numberedCase() {
        return jdbc.sql("""
                select case_number from penalty_case
                where unit_id = (select unit_id from user_account where username = 'officer1') and case_number is not null
                  and state <> 'ARCHIVED'
                order by id desc limit 1
                """).query(String.class).single();
    }

    private String verify(Path file, byte[] proof, int expected) throws Exception {
        Path p = Files.write(dir.resolve("proof-" + System.nanoTime() + ".json"), proof);
        Path key = Files.writeString(dir.resolve("log-" + System.nanoTime() + ".pem"),
                TestApi.anonymous(port).get("/api/public/evidence/log/public-key").body());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = EvidenceVerifier.run(new String[] {file.toString(), p.toString(), key.toString()},
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isEqualTo(expected);
        return out;
    }

    @Test
    void a_link_to_a_case_given_by_its_case_number_is_logged_with_the_number_and_provable_offline() throws Exception {
        String caseNumber = numberedCase();
        long caseId = jdbc.sql("select id from penalty_case where case_number = ?").param(caseNumber).query(Long.class)
                .single();
        byte[] video = EvidenceApiTest.randomBytes(15_000, 1811);
        Path file = Files.write(dir.resolve("video.mp4"), video);
        long id = EvidenceApiTest.uploadChunked(EvidenceHttp.as(port, "officer1"), video,
                EvidenceApiTest.metadata(caseNumber, true)).get("id").asLong();
        byte[] proof = EvidenceHttp.as(port, "officer1").get("/api/evidence/" + id + "/proof", null).body();
        JsonNode link = EvidenceHttp.JSON.readTree(proof).get("links").get(0);
        assertThat(link.get("kind").asString()).isEqualTo("LINK");
        assertThat(link.get("contentText").asString()).startsWith("zhifa-evidence-link/2\n")
                .contains("targetId=" + caseId + "\n").contains("targetName=" + caseNumber + "\n");
        String out = verify(file, proof, EvidenceVerifier.OK);
        assertThat(out).contains("[通过 PASS] 关联内容与日志条目一致").contains("targetName=" + caseNumber);

        // a proof claiming another case fails
        ObjectNode edited = (ObjectNode) EvidenceHttp.JSON.readTree(proof);
        ((ObjectNode) edited.get("links").get(0)).put("contentText",
                link.get("contentText").asString().replace("targetName=" + caseNumber, "targetName=德交执立〔2026〕99号"));
        assertThat(verify(file, EvidenceHttp.JSON.writeValueAsBytes(edited), EvidenceVerifier.FAILED))
                .contains("[失败 FAIL] 关联内容与日志条目一致");
    }

    @Test
    void the_proof_of_a_corrected_item_carries_the_logged_correction() throws Exception {
        byte[] video = EvidenceApiTest.randomBytes(9_000, 1812);
        Path file = Files.write(dir.resolve("old.mp4"), video);
        long old = EvidenceApiTest.uploadChunked(EvidenceHttp.as(port, "officer1"), video,
                EvidenceApiTest.metadata(EvidenceCases.of(jdbc, "officer1", EvidenceCases.ANY), true)).get("id").asLong();
        TestApi.Response corrected = TestApi.as(port, "officer1").post("/api/evidence/" + old + "/supersede",
                Map.of("evidence", Map.of("kind", "AUDIO_VIDEO", "title", "更正后的录像（测试）",
                        "collectedAt", "2025-03-01T10:30:00"), "reason", "收集时间有误（测试）"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        byte[] proof = EvidenceHttp.as(port, "officer1").get("/api/evidence/" + old + "/proof", null).body();
        JsonNode s = EvidenceHttp.JSON.readTree(proof).get("supersededBy");
        assertThat(s.get("contentText").asString()).contains("supersedesId=" + old + "\n")
                .contains("id=" + corrected.json().get("id").asLong() + "\n");
        assertThat(verify(file, proof, EvidenceVerifier.OK))
                .contains("[通过 PASS] 更正记录写明其更正的是本证据（supersedesId=" + old + "）");
    }

    @Test
    void every_entry_has_a_public_verification_page_and_the_certificate_carries_its_address_as_a_qr_code()
            throws Exception {
        long id = EvidenceApiTest.uploadChunked(EvidenceHttp.as(port, "officer1"),
                EvidenceApiTest.randomBytes(7_000, 1813),
                EvidenceApiTest.metadata(EvidenceCases.of(jdbc, "officer1", EvidenceCases.ANY), true)).get("id").asLong();
        EvidenceLogPublication.LogReference ref = publication.reference(id).orElseThrow();
        assertThat(ref.fileIndex()).isNotNull();
        assertThat(ref.linkIndices()).hasSize(1);
        assertThat(ref.verificationUrl()).endsWith("/public/evidence/entries/" + ref.metadataIndex());

        TestApi anonymous = TestApi.anonymous(port);
        JsonNode entry = anonymous.get("/api/public/evidence/log/entries/" + ref.metadataIndex()).json();
        assertThat(entry.get("included").asBoolean()).isTrue();
        assertThat(entry.get("evidenceId").asLong()).isEqualTo(id);
        assertThat(entry.get("kind").asString()).isEqualTo("METADATA");
        String sm3 = entry.get("sm3").asString();
        TestApi.Response page = anonymous.get("/public/evidence/entries/" + ref.metadataIndex());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(sm3).contains("该条目包含在下列已签名树头中").doesNotContain("现场执法记录仪视频");
        assertThat(anonymous.get("/api/public/evidence/log/entries/999999999").status()).isEqualTo(404);

        HttpResponse<byte[]> pdf = EvidenceHttp.as(port, "officer1").get("/api/evidence/" + id + "/certificate", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        Path pdfFile = Files.write(dir.resolve("certificate.pdf"), pdf.body());
        Process text = new ProcessBuilder("/usr/bin/pdftotext", pdfFile.toString(), "-").redirectErrorStream(true).start();
        String content = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        text.waitFor();
        assertThat(content).contains("日志序号 " + ref.metadataIndex()).contains("关联条目");
        Process png = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1",
                pdfFile.toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
        png.waitFor();
        Path pageImage;
        try (var files = Files.list(dir)) {
            pageImage = files.filter(f -> f.getFileName().toString().startsWith("page")).findFirst().orElseThrow();
        }
        BufferedImage image = ImageIO.read(pageImage.toFile());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo(ref.verificationUrl());
    }

    @Test
    void the_day_head_is_recorded_once_for_the_public_annual_data() {
        var first = heads.recordDailyHead().orElseThrow();
        var again = heads.recordDailyHead().orElseThrow();
        assertThat(again).isEqualTo(first);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        assertThat(first.day()).isEqualTo(today);
        JsonNode daily = TestApi.anonymous(port).get("/api/public/evidence/log/daily?year=" + today.getYear()).json();
        List<String> days = new java.util.ArrayList<>();
        daily.forEach(d -> days.add(d.get("day").asString()));
        assertThat(days).containsOnlyOnce(today.toString());
        assertThat(publication.dailyHeads(today.getYear())).contains(first);
        assertThat(TestApi.anonymous(port).get("/api/public/evidence/log/daily?year=1").status()).isEqualTo(400);
    }
}
