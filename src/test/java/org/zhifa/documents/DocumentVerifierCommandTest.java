package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.documents.seal.SealCredential;
import org.zhifa.documents.verify.DocumentVerifier;

/** {@code java -jar zhifa.jar verify-document <file.ofd> [certificate.pem]}: offline, exit codes 0 / 1 / 2. */
class DocumentVerifierCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = DocumentVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("离线核验加盖电子印章的 OFD：指定出具单位证书时通过，他人证书不通过")
    void verify_document_checks_a_sealed_ofd_offline_against_the_pinned_certificate() throws Exception {
        Path ofd = Files.write(dir.resolve("d.ofd"), OfdDocumentTest.sealed(DocumentType.PENALTY_DECISION));
        Path cert = Files.writeString(dir.resolve("seal.pem"), OfdDocumentTest.KEY.certificatePem());
        SealCredential other = SealCredential.generate("他人", OfdDocumentTest.NOW.minus(1, ChronoUnit.DAYS),
                OfdDocumentTest.NOW.plus(1, ChronoUnit.DAYS));
        Path otherKey = Files.writeString(dir.resolve("other.pem"),
                "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(
                        other.certificate().getPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n");

        Run pinned = run(ofd.toString(), cert.toString());
        assertThat(pinned.code()).isEqualTo(DocumentVerifier.VERIFIED);
        assertThat(pinned.out()).contains("文号：德交执罚〔2025〕3号", "[通过 OK] 指定证书", "结果 / result: 通过 VERIFIED");

        Run unpinned = run(ofd.toString());
        assertThat(unpinned.code()).isEqualTo(DocumentVerifier.VERIFIED);
        assertThat(unpinned.out()).contains("未指定印章证书，只证明文件自签章后未被改动");

        Run wrong = run(ofd.toString(), otherKey.toString());
        assertThat(wrong.code()).isEqualTo(DocumentVerifier.FAILED);
        assertThat(wrong.out()).contains("[失败 FAIL] 指定证书", "未通过 FAILED");
    }

    @Test
    @DisplayName("签章后被改动的 OFD 核验不通过；用法错误或不是 OFD 时退出码 2")
    void a_changed_file_fails_and_bad_input_is_a_usage_error() throws Exception {
        byte[] sealed = OfdDocumentTest.sealed(DocumentType.VIOLATION_NOTICE);
        var files = org.zhifa.documents.verify.OfdPackage.read(sealed).files();
        Path changed = Files.write(dir.resolve("changed.ofd"),
                OfdFiles.with(sealed, "Doc_0/Pages/Page_0/Content.xml", "<x/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(files).containsKey("Doc_0/Pages/Page_0/Content.xml");
        Run r = run(changed.toString());
        assertThat(r.code()).isEqualTo(DocumentVerifier.FAILED);
        assertThat(r.out()).contains("[失败 FAIL] 文件完整", "Doc_0/Pages/Page_0/Content.xml");

        assertThat(run().code()).isEqualTo(DocumentVerifier.USAGE);
        Path pdf = Files.writeString(dir.resolve("x.pdf"), "%PDF-1.7");
        Run notOfd = run(pdf.toString());
        assertThat(notOfd.code()).isEqualTo(DocumentVerifier.USAGE);
        assertThat(notOfd.out()).contains("OFD");
        assertThat(run(dir.resolve("missing.ofd").toString()).code()).isEqualTo(DocumentVerifier.USAGE);
    }
}
