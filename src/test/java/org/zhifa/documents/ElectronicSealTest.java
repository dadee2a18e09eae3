package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zhifa.common.Actor;
import org.zhifa.crypto.Sm3;
import org.zhifa.documents.internal.DocumentsProperties;
import org.zhifa.documents.internal.SealAdministration;
import org.zhifa.documents.internal.SealStore;
import org.zhifa.documents.internal.UnitSeal;
import org.zhifa.documents.verify.OfdSealVerifier;
import org.zhifa.documents.verify.SealReport;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Issuing produces PDF and OFD; the OFD carries the issuing unit's electronic seal (GB/T 38540, SM2) and both SM3 are
 * recorded; the PDF carries the 电子签章 block and a QR code of the public verification page, which shows number,
 * unit, date and fingerprints and no personal data; files can be checked there.
 */
@ZhifaIntegrationTest
class ElectronicSealTest {

    static final List<String> PERSONAL = List.of("张示例", "632801199001011234", "13800000000", "示例路", "青H·12345");

    @LocalServerPort
    int port;

    @Autowired
    EnforcementDocuments documents;

    @Autowired
    SealStore seals;

    @Autowired
    SealAdministration administration;

    @Autowired
    DocumentsProperties settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    record TestActor(long userId, String username, String displayName, long unitId, String unitName,
            Set<String> roleCodes) implements Actor {
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private IssuedDocument decision(long unit, String caseRef) {
        return documents.issue(DocumentRequest.of(DocumentType.PENALTY_DECISION, unit, caseRef,
                SampleDocuments.penaltyDecision()));
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + "\n" + r.body();
    }

    @Test
    @DisplayName("出具文书同时生成 OFD，加盖出具单位电子印章，PDF 与 OFD 的 SM3 均登记")
    void issuing_stores_an_ofd_sealed_by_the_issuing_unit_with_both_sm3_recorded() {
        IssuedDocument issued = decision(11, "CASE:SEAL-1");

        byte[] ofd = documents.ofd(issued.id());
        IssuedDocument d = documents.find(issued.id()).orElseThrow();
        assertThat(d.hasOfd()).isTrue();
        assertThat(d.sm3Ofd()).isEqualTo(Sm3.hex(ofd));
        assertThat(d.sm3Pdf()).isEqualTo(Sm3.hex(documents.pdf(d.id())));
        assertThat(d.sealed()).isTrue();
        UnitSeal seal = seals.current(11).orElseThrow();
        assertThat(d.sealKeyId()).isEqualTo(seal.keyId());
        SealReport report = OfdSealVerifier.verify(ofd, seal.key().get().certificate().getPublicKey());
        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.signatures().get(0).sealName()).isEqualTo(seal.sealName());
        assertThat(report.facts()).containsEntry("文号", d.number()).containsEntry("出具单位", d.unitName())
                .containsEntry("落款日期", "2025年3月20日");
        // the 电子签章 block ends the first part, before a two-part form's 存根
        String ofdText = String.join("", OfdFiles.texts(ofd));
        int cut = ofdText.indexOf("沿此线裁开");
        assertThat(cut < 0 ? ofdText : ofdText.substring(0, cut)).contains("电子签章", "已加盖");
        assertThat(report.facts()).containsEntry("内容SM3", d.sm3Content());
        // the audit names the content fingerprint at issue, both file fingerprints when rendered
        assertThat(jdbc.sql("select detail from audit_record where action = 'DOCUMENT_ISSUED' and object_id = :id")
                .param("id", Long.toString(d.id())).query(String.class).single()).contains(d.sm3Content());
        assertThat(jdbc.sql("select detail from audit_record where action = 'DOCUMENT_RENDERED' and object_id = :id")
                .param("id", Long.toString(d.id())).query(String.class).single())
                .contains(d.sm3Content(), d.sm3Pdf(), d.sm3Ofd());
    }

    @Test
    @DisplayName("PDF 印有“电子签章”栏和二维码，二维码指向无需登录的核验页：文号、单位、日期、SM3，无个人信息")
    void the_pdf_qr_code_leads_to_a_public_page_with_number_unit_date_and_fingerprints_and_no_personal_data()
            throws Exception {
        IssuedDocument d = decision(11, "CASE:SEAL-2");
        byte[] pdf = documents.pdf(d.id());
        // the 电子签章 block ends the first part (a two-part form's 存根 follows it)
        List<String> pages = DocumentLayoutTest.firstPart(PdfPages.texts(pdf));
        int markPage = pages.size() - 1;
        assertThat(pages.get(markPage)).contains("电子签章", "已加盖", d.verificationToken());

        List<BufferedImage> images = PdfPages.images(pdf, 150);
        String url = decode(images.get(markPage));
        assertThat(url).isEqualTo(settings.verificationUrl(d.verificationToken()))
                .isEqualTo("http://localhost:8080/public/documents/verify/" + d.verificationToken());

        String page = get("http://localhost:" + port + URI.create(url).getPath());
        d = documents.find(d.id()).orElseThrow();
        assertThat(page).startsWith("200").contains(d.number(), d.unitName(), "2025年3月20日", d.sm3Pdf(), d.sm3Ofd(),
                d.sm3Content(), d.sealName(), "行政处罚决定书");
        assertThat(page).doesNotContain(PERSONAL.toArray(String[]::new));

        // the seal certificate for the offline check, public as well
        String pem = get("http://localhost:" + port + URI.create(url).getPath() + "/certificate.pem");
        assertThat(pem).startsWith("200");
        java.security.PublicKey key = org.zhifa.documents.seal.SealCredential.pinnedKey(pem.substring(4));
        assertThat(org.zhifa.documents.seal.SealCredential.keyId(key)).isEqualTo(d.sealKeyId());
        assertThat(OfdSealVerifier.verify(documents.ofd(d.id()), key).valid()).isTrue();
    }

    @Test
    @DisplayName("核验码为 256 位随机数，不可推算；不存在的核验码答 404")
    void verification_tokens_are_random_256_bit_values_and_unknown_ones_answer_404() throws Exception {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            IssuedDocument d = documents.issue(DocumentRequest.of(DocumentType.VIOLATION_NOTICE, 11, "CASE:SEAL-3",
                    SampleDocuments.complete(DocumentType.VIOLATION_NOTICE)));
            assertThat(d.verificationToken()).matches("[A-Za-z0-9_-]{43}").doesNotContain(Long.toString(d.id()));
            tokens.add(d.verificationToken());
        }
        assertThat(tokens).hasSize(5);
        String known = tokens.iterator().next();
        String other = known.substring(0, 42) + (known.charAt(42) == 'A' ? 'B' : 'A');
        assertThat(get("http://localhost:" + port + "/public/documents/verify/" + other)).startsWith("404");
        assertThat(get("http://localhost:" + port + "/public/documents/verify/1")).startsWith("404");
    }

    @Test
    @DisplayName("OFD 下载与 PDF 并列：数据范围内可下载并留痕，范围外 404")
    void the_ofd_downloads_beside_the_pdf_within_data_scope_and_is_audited() throws Exception {
        IssuedDocument d = decision(11, "CASE:SEAL-4");
        var list = TestApi.as(port, "officer1").get("/api/documents?caseRef=CASE:SEAL-4").json();
        assertThat(list.get(0).get("ofdUrl").asString()).isEqualTo("/api/documents/" + d.id() + ".ofd");
        assertThat(list.get(0).get("sealed").asBoolean()).isTrue();
        assertThat(list.get(0).get("verifyUrl").asString()).isEqualTo("/public/documents/verify/" + d.verificationToken());

        HttpResponse<byte[]> ok = download("officer1", "/api/documents/" + d.id() + ".ofd");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValue("application/ofd");
        assertThat(ok.body()).isEqualTo(documents.ofd(d.id()));
        assertThat(download("officer3", "/api/documents/" + d.id() + ".ofd").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'DOCUMENT_VIEWED' and object_id = :id "
                + "and detail like '%OFD%'").param("id", Long.toString(d.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("公众上传文件核验：原件一致且签章有效；改动后的 OFD 不一致且签章失效")
    void an_uploaded_file_is_matched_to_its_document_and_a_changed_ofd_is_reported() throws Exception {
        IssuedDocument d = decision(11, "CASE:SEAL-5");
        byte[] ofd = documents.ofd(d.id());

        String same = upload("/public/documents/verify/" + d.verificationToken(), "d.ofd", ofd);
        assertThat(same).contains("完全一致（SM3 相同）", "签章有效", "本系统登记的", d.sealName());
        String pdf = upload("/public/documents/verify", "d.pdf", documents.pdf(d.id()));
        assertThat(pdf).contains("与本系统出具的以下文书完全一致", d.number()).doesNotContain(PERSONAL.toArray(String[]::new));

        var files = org.zhifa.documents.verify.OfdPackage.read(ofd).files();
        String content = files.keySet().stream().filter(f -> f.endsWith("Content.xml"))
                .filter(f -> new String(files.get(f), StandardCharsets.UTF_8).contains("3,000.00")).findFirst().orElseThrow();
        byte[] changed = OfdFiles.with(ofd, content, new String(files.get(content), StandardCharsets.UTF_8)
                .replace("3,000.00", "300.00").getBytes(StandardCharsets.UTF_8));
        String bad = upload("/public/documents/verify/" + d.verificationToken(), "d.ofd", changed);
        assertThat(bad).contains("均不一致", "签章无效或文件在签章后被改动", content);

        String empty = upload("/public/documents/verify", "", new byte[0]);
        assertThat(empty).contains("请选择要核验的文件");
    }

    @Test
    @DisplayName("单位没有可用印章时，OFD 不加盖签章，PDF 如实说明")
    void a_unit_without_a_usable_seal_issues_an_unsealed_ofd_and_the_pdf_says_so() {
        jdbc.sql("update document_seal set retired_at = now() where unit_id = 71 and retired_at is null").update();
        IssuedDocument d = decision(71, "CASE:SEAL-6");
        assertThat(d.hasOfd()).isTrue();
        assertThat(d.sealed()).isFalse();
        assertThat(OfdSealVerifier.verify(documents.ofd(d.id()), null).problems()).containsExactly("文件未加盖电子签章");
        List<String> pages = DocumentLayoutTest.firstPart(PdfPages.texts(documents.pdf(d.id())));
        assertThat(pages.get(pages.size() - 1)).contains("未配置可用的电子印章", "未加盖电子签章");
    }

    @Test
    @DisplayName("更换密钥后，此前出具的文书仍可用原证书验证，新文书用新密钥签章")
    void documents_sealed_before_a_key_change_still_verify_with_the_old_certificate() {
        UnitSeal before = seals.current(70).orElseThrow();
        IssuedDocument old = decision(70, "CASE:SEAL-7");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                new TestActor(98, "secadmin", "安全管理员", 1, "海西州交通运输局", Set.of("SECURITY_ADMIN")), null,
                "ROLE_SECURITY_ADMIN"));
        UnitSeal after = administration.generateKey(70);
        SecurityContextHolder.clearContext();
        IssuedDocument fresh = decision(70, "CASE:SEAL-7");

        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(fresh.sealKeyId()).isEqualTo(after.keyId()).isNotEqualTo(old.sealKeyId());
        assertThat(OfdSealVerifier.verify(documents.ofd(old.id()), before.key().get().certificate().getPublicKey())
                .valid()).isTrue();
        assertThat(OfdSealVerifier.verify(documents.ofd(old.id()), after.key().get().certificate().getPublicKey())
                .valid()).isFalse();
        assertThat(OfdSealVerifier.verify(documents.ofd(fresh.id()), after.key().get().certificate().getPublicKey())
                .valid()).isTrue();
    }

    private String upload(String path, String name, byte[] data) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(path)
                .file(new MockMultipartFile("file", name, "application/octet-stream", data)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> download(String user, String path) throws Exception {
        String token = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", user, "password",
                TestApi.DEMO_PASSWORD)).json().get("token").asString();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Reads the QR code on a page image (zxing). */
    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
