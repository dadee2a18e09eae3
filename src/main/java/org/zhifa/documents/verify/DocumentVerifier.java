package org.zhifa.documents.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import org.zhifa.documents.seal.SealCredential;

/**
 * {@code verify-document <file.ofd> [certificate.pem | public-key.pem]}: checks the electronic seals of an OFD issued
 * by zhifa offline, without the application or its database, and prints each check. With a certificate or public
 * key (downloaded from the document's verification page, or handed over by the issuing unit) it also proves who
 * sealed the file. Exit code 0 = verified, 1 = a check failed, 2 = usage or input error.
 */
public final class DocumentVerifier {

    public static final int VERIFIED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private DocumentVerifier() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length < 1 || args.length > 2) {
            out.println("用法 / usage: verify-document <文书 file.ofd> [印章证书或公钥 certificate.pem | public-key.pem]");
            return USAGE;
        }
        SealReport report;
        try {
            PublicKey pinned = args.length == 2
                    ? SealCredential.pinnedKey(Files.readString(Path.of(args[1]), StandardCharsets.US_ASCII)) : null;
            report = OfdSealVerifier.verify(Files.readAllBytes(Path.of(args[0])), pinned);
        } catch (IOException | RuntimeException e) {
            out.println("[错误 ERROR] 无法读取输入 / cannot read input: " + e.getMessage());
            return USAGE;
        }
        out.println("文件 SM3 / file SM3: " + report.sm3());
        report.facts().forEach((k, v) -> out.println(k + "：" + v));
        for (SealReport.Signature s : report.signatures()) {
            out.println("电子签章 / seal: " + s.sealName() + "；签章人 / signer: " + s.signer() + "；签章时间 / signed at: "
                    + s.signedAt() + "；证书标识 / key id: " + s.keyId());
            for (SealCheck c : s.checks()) {
                out.println("  [" + (c.passed() ? "通过 OK" : "失败 FAIL") + "] " + c.label() + "：" + c.detail());
            }
        }
        report.problems().forEach(p -> out.println("[失败 FAIL] " + p));
        if (args.length == 1 && report.valid()) {
            out.println("提示：未指定印章证书，只证明文件自签章后未被改动；指定出具单位的印章证书才能证明由谁签章。"
                    + " / no certificate given: proves integrity since sealing, not who sealed.");
        }
        out.println(report.valid() ? "结果 / result: 通过 VERIFIED" : "结果 / result: 未通过 FAILED");
        return report.valid() ? VERIFIED : FAILED;
    }
}
