package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhifa.documents.internal.DocumentModel;
import org.zhifa.documents.internal.DocumentsProperties;
import org.zhifa.documents.internal.FieldValues;
import org.zhifa.documents.internal.LayoutInput;
import org.zhifa.documents.internal.Layouts;
import org.zhifa.documents.internal.OfdRenderer;
import org.zhifa.documents.internal.OfdSealer;
import org.zhifa.documents.internal.PdfRenderer;
import org.zhifa.documents.internal.VerificationMark;
import org.zhifa.documents.seal.SealCredential;
import org.zhifa.documents.seal.SesSeal;
import org.zhifa.documents.verify.OfdSealVerifier;
import org.zhifa.documents.verify.SealReport;

/**
 * OFD (GB/T 33190) beside the PDF with the same content, and the unit's electronic seal on it (GB/T 38540, SM2),
 * checked offline: intact, signed, sealed by a seal that allows the signer, inside validity, nothing added, and the
 * pinned key.
 */
class OfdDocumentTest {

    static final DocumentsProperties SETTINGS = DocumentsProperties.defaults();
    static final CjkFont FONT = new CjkFont(SETTINGS);
    static final Instant NOW = Instant.parse("2025-03-20T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    static final String UNIT = "德令哈市交通运输综合行政执法大队";
    static final String URL = "http://localhost:8080/public/documents/verify/test-token";
    static final SealCredential KEY = SealCredential.generate(UNIT, NOW.minus(1, ChronoUnit.DAYS),
            NOW.plus(365, ChronoUnit.DAYS));
    static final SesSeal SEAL = SesSeal.make("63280011-1", UNIT + "电子印章（测试）", KEY.certificate(),
            NOW.minus(1, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS), NOW.plus(365, ChronoUnit.DAYS), png(), 42,
            KEY.certificate(), KEY.key());

    static byte[] png() {
        return SealAdministrationTest.pngOf(64);
    }

    static DocumentModel model(DocumentType type) {
        return Layouts.build(new LayoutInput(type, UNIT, type.numbered() ? "德交执罚〔2025〕3号" : null,
                FieldValues.normalize(SampleDocuments.complete(type)), SETTINGS));
    }

    static OfdRenderer.Meta meta() {
        return new OfdRenderer.Meta(OfdRenderer.facts("行政处罚决定书", "德交执罚〔2025〕3号", UNIT, "2025年3月20日", URL),
                UUID.nameUUIDFromBytes(URL.getBytes(StandardCharsets.UTF_8)), LocalDate.of(2025, 3, 20));
    }

    static byte[] sealed(DocumentType type) {
        OfdRenderer.Draft draft = new OfdRenderer(FONT).render(model(type), VerificationMark.sealed(URL, UNIT,
                KEY.keyId(), true), true, meta());
        return new OfdSealer(CLOCK).seal(draft.ofd(), SEAL, KEY, draft.stamp(), 42);
    }

    /** Page numbers and the records' signature note are printed per page, so they follow each format's breaks. */
    static String content(List<String> pages, String note) {
        String text = String.join("", pages).replaceAll("第\\d+页共\\d+页", "");
        return note == null ? text : text.replace(note.replaceAll("[\\s\\u3000]+", ""), "");
    }

    static String sorted(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** The strings the model prints, white space removed. */
    static List<String> pieces(DocumentModel model, VerificationMark mark) {
        List<String> out = new java.util.ArrayList<>(List.of(model.unitName(), model.title()));
        if (model.number() != null) {
            out.add(model.number());
        }
        for (DocumentModel.Block b : model.blocks()) {
            if (b instanceof DocumentModel.Para p) {
                out.add(p.label() == null ? p.text() : p.label() + "：" + p.text());
            } else if (b instanceof DocumentModel.Form f) {
                f.rows().forEach(r -> out.addAll(List.of(r.label(), r.value())));
            } else if (b instanceof DocumentModel.Table t) {
                out.addAll(t.headers());
                // a QR column prints the code of its address, not the address
                t.rows().forEach(r -> {
                    for (int i = 0; i < r.size(); i++) {
                        if (!t.qrColumns().contains(i)) {
                            out.add(r.get(i));
                        }
                    }
                });
            } else if (b instanceof DocumentModel.Qa q) {
                q.lines().forEach(l -> out.add((l.label().isEmpty() ? "" : l.label() + "：") + l.value()));
            } else if (b instanceof DocumentModel.Signatures s) {
                s.labels().forEach(l -> out.add(l + "："));
            } else if (b instanceof DocumentModel.Seal s) {
                out.addAll(List.of(s.unitName(), s.date()));
            } else if (b instanceof DocumentModel.Stub s) {
                out.add(s.title());
                s.rows().forEach(r -> out.addAll(List.of(r.label(), r.value())));
            }
        }
        out.addAll(mark.lines());
        out.add(mark.url());
        return out.stream().map(x -> x.replaceAll("[\\s\\u3000]+", "")).filter(x -> !x.isEmpty()).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    @DisplayName("每种文书的 OFD 与 PDF 内容一致")
    void every_document_type_prints_the_same_text_in_the_ofd_as_in_the_pdf(DocumentType type) throws Exception {
        DocumentModel model = model(type);
        VerificationMark mark = VerificationMark.unsealed(URL, UNIT);
        byte[] pdf = new PdfRenderer(FONT).render(model, mark);
        OfdRenderer.Draft draft = new OfdRenderer(FONT).render(model, mark, false, meta());

        List<String> ofdPages = OfdFiles.texts(draft.ofd());
        DocumentLayoutTest.lastPage(PdfPages.texts(pdf));
        String ofdText = content(ofdPages, model.pageNote());
        String pdfText = content(PdfPages.texts(pdf), model.pageNote());
        // OpenPDF writes table text after the page's other text, so the order differs: every piece the model
        // prints is in both, and both hold the same characters
        for (String piece : pieces(model, mark)) {
            assertThat(ofdText).as("OFD").contains(piece);
            assertThat(pdfText).as("PDF").contains(piece);
        }
        assertThat(sorted(ofdText)).isEqualTo(sorted(pdfText));
        for (int p = 1; p <= ofdPages.size(); p++) {
            assertThat(ofdPages.get(p - 1)).contains("第" + p + "页共" + ofdPages.size() + "页");
        }
        Path dir = Path.of("target/documents-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(type.name() + ".ofd"), draft.ofd());
    }

    @Test
    @DisplayName("加盖电子印章的 OFD 可离线验证：文件完整、签章值、印章、证书、指定证书")
    void a_sealed_ofd_verifies_offline_with_and_without_the_pinned_key() throws Exception {
        byte[] ofd = sealed(DocumentType.PENALTY_DECISION);
        Path samples = Files.createDirectories(Path.of("target/documents-samples"));
        Files.write(samples.resolve("PENALTY_DECISION-sealed.ofd"), ofd);

        SealReport report = OfdSealVerifier.verify(ofd, KEY.certificate().getPublicKey());
        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.sealName()).isEqualTo(UNIT + "电子印章（测试）");
            assertThat(s.keyId()).isEqualTo(KEY.keyId());
            assertThat(s.signedAt()).isEqualTo(NOW);
            assertThat(s.checks()).extracting(c -> c.label()).containsExactly("文件完整", "签章原文", "签章值", "电子印章",
                    "印章有效期", "签章人证书", "印章文件", "指定证书");
        });
        assertThat(report.facts()).containsEntry("文号", "德交执罚〔2025〕3号").containsEntry("出具单位", UNIT)
                .containsEntry("核验地址", URL);
        assertThat(OfdSealVerifier.verify(ofd, null).valid()).isTrue();
        // the seal image is a stamp annotation of the signature on the page of the seal area: the last page of the
        // first part (a two-part form's 存根 follows it)
        var files = org.zhifa.documents.verify.OfdPackage.read(ofd).files();
        String signature = new String(files.get("Doc_0/Signs/Sign_0/Signature.xml"), StandardCharsets.UTF_8);
        assertThat(signature).contains("StampAnnot").containsPattern("PageRef=\"" + sealPageId(files, ofd) + "\"");
    }

    /**
     * The id of the page that prints the seal area of the first part: the seal, the date and the 电子签章 block are
     * kept on one page, before a two-part form's cut line.
     */
    static String sealPageId(Map<String, byte[]> files, byte[] ofd) {
        var m = java.util.regex.Pattern.compile("<ofd:Page ID=\"(\\d+)\"").matcher(
                new String(files.get("Doc_0/Document.xml"), StandardCharsets.UTF_8));
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        List<String> pages = OfdFiles.texts(ofd);
        String id = null;
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            int cut = page.indexOf("沿此线裁开");
            if ((cut < 0 ? page : page.substring(0, cut)).contains("电子签章")) {
                id = ids.get(i);
            }
        }
        return id;
    }

    @Test
    @DisplayName("他人的证书不能冒充：指定证书与签章人不同即验证失败")
    void a_seal_made_with_another_key_fails_against_the_pinned_certificate() {
        byte[] ofd = sealed(DocumentType.PENALTY_DECISION);
        SealCredential other = SealCredential.generate("另一单位", NOW.minus(1, ChronoUnit.DAYS), NOW.plus(1, ChronoUnit.DAYS));
        SealReport report = OfdSealVerifier.verify(ofd, other.certificate().getPublicKey());
        assertThat(report.valid()).isFalse();
        assertThat(report.signatures().get(0).checks()).filteredOn(c -> !c.passed()).extracting(c -> c.label())
                .containsExactly("指定证书");
    }

    @Test
    @DisplayName("签章后改动页面内容、增加文件或改动签章值均被发现")
    void changing_a_page_adding_a_file_or_changing_the_signature_after_sealing_is_detected() {
        byte[] ofd = sealed(DocumentType.PENALTY_DECISION);
        Map<String, byte[]> files = org.zhifa.documents.verify.OfdPackage.read(ofd).files();
        String content = files.keySet().stream().filter(f -> f.endsWith("Content.xml"))
                .filter(f -> new String(files.get(f), StandardCharsets.UTF_8).contains("3,000.00")).findFirst().orElseThrow();
        byte[] page = new String(files.get(content), StandardCharsets.UTF_8).replace("3,000.00", "9,000.00")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(page).isNotEqualTo(files.get(content));

        SealReport changed = OfdSealVerifier.verify(OfdFiles.with(ofd, content, page), null);
        assertThat(changed.valid()).isFalse();
        assertThat(changed.signatures().get(0).checks().get(0).detail()).contains(content);

        SealReport added = OfdSealVerifier.verify(OfdFiles.with(ofd, "Doc_0/Pages/Page_9/Content.xml", page), null);
        assertThat(added.valid()).isFalse();
        assertThat(added.problems()).singleElement().asString().contains("Page_9");

        String value = files.keySet().stream().filter(f -> f.endsWith("SignedValue.dat")).findFirst().orElseThrow();
        byte[] forged = files.get(value).clone();
        forged[forged.length - 5] ^= 1;
        SealReport bad = OfdSealVerifier.verify(OfdFiles.with(ofd, value, forged), null);
        assertThat(bad.valid()).isFalse();
    }

    @Test
    @DisplayName("不是 OFD 的文件给出中文说明")
    void a_file_that_is_not_an_ofd_is_refused_with_a_chinese_message() {
        assertThatThrownBy(() -> OfdSealVerifier.verify("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OFD");
        assertThat(OfdSealVerifier.verify(new OfdRenderer(FONT).render(model(DocumentType.VIOLATION_NOTICE), null,
                false, meta()).ofd(), null).problems()).containsExactly("文件未加盖电子签章");
        // uploads are untrusted: entry count and paths are bounded before anything is parsed
        java.io.ByteArrayOutputStream many = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(many)) {
            for (int i = 0; i <= 2_000; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("f" + i));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThatThrownBy(() -> OfdSealVerifier.verify(many.toByteArray(), null)).hasMessageContaining("文件过多");
        byte[] escape = OfdFiles.with(sealed(DocumentType.VIOLATION_NOTICE), "../../etc/x", new byte[1]);
        assertThatThrownBy(() -> OfdSealVerifier.verify(escape, null)).hasMessageContaining("路径越界");
    }
}
