package org.zhifa.evidence.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.zhifa.common.ChinaTime;
import org.zhifa.crypto.Sm3;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.LeafKind;
import org.zhifa.evidence.log.LogHash;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;
import org.zhifa.evidence.store.ContentDigest;
import org.zhifa.evidence.store.DualDigest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an evidence file against its {@code proof.json} without zhifa, its database or a network: recomputes the
 * file's SM3 and SHA-256, the log leaf, the inclusion proof up to the root of the signed tree head, and the SM2
 * signature of that head. Prints each step in Chinese and English.
 *
 * <p>Usage: {@code verify-evidence <file> <proof.json> [public-key.pem]}. Exit code 0 = verified, 1 = a check
 * failed, 2 = wrong usage or unreadable input.
 */
public final class EvidenceVerifier {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private boolean failed;

    private EvidenceVerifier(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length < 2 || args.length > 3) {
            out.println("用法 / usage: verify-evidence <证据文件 file> <proof.json> [公钥 public-key.pem]");
            return USAGE;
        }
        try {
            return new EvidenceVerifier(out).verify(Path.of(args[0]), Path.of(args[1]),
                    args.length == 3 ? Path.of(args[2]) : null);
        } catch (IOException | RuntimeException e) {
            out.println("[错误 ERROR] 无法读取输入 / cannot read input: " + e.getMessage());
            return USAGE;
        }
    }

    private int verify(Path file, Path proofFile, Path keyFile) throws IOException {
        ProofBundle bundle = JsonMapper.builder().build().readValue(Files.readString(proofFile, StandardCharsets.UTF_8),
                ProofBundle.class);
        if (!ProofBundle.FORMAT.equals(bundle.format())) {
            out.println("[错误 ERROR] 不支持的证明格式 / unsupported proof format: " + bundle.format());
            return USAGE;
        }
        if (bundle.file() == null) {
            out.println("[错误 ERROR] 该证明不含文件条目 / the proof has no file entry");
            return USAGE;
        }
        out.println("证据编号 / evidence id: " + bundle.evidenceId());

        ContentDigest digest;
        try (InputStream in = Files.newInputStream(file)) {
            digest = DualDigest.of(in);
        }
        out.println("文件 / file: " + file + " (" + digest.size() + " bytes)");
        out.println("  SM3     " + digest.sm3Hex());
        out.println("  SHA-256 " + digest.sha256Hex());

        ProofBundle.Entry entry = bundle.file();
        EvidenceLeaf leaf = entry.decodedLeaf();
        check(leaf.kind() == LeafKind.FILE && leaf.evidenceId() == bundle.evidenceId(),
                "日志条目是该证据的文件条目", "the log entry is this item's file entry");
        check(leaf.sm3Hex().equals(digest.sm3Hex()), "文件 SM3 与日志条目一致", "file SM3 matches the log entry");
        check(leaf.sha256Hex().equals(digest.sha256Hex()), "文件 SHA-256 与日志条目一致",
                "file SHA-256 matches the log entry");
        check(leaf.contentSize() == digest.size(), "文件大小与日志条目一致", "file size matches the log entry");
        out.println("  入日志时间 / logged at: " + Instant.ofEpochMilli(leaf.timestampMillis()).atZone(ChinaTime.ZONE));

        TreeHead head = bundle.treeHead().toTreeHead();
        out.println("树头 / tree head: size " + head.treeSize() + ", root " + head.rootHex() + ", "
                + Instant.ofEpochMilli(head.timestampMillis()).atZone(ChinaTime.ZONE));
        checkInclusion(entry, head, "文件");

        if (bundle.metadata() != null) {
            ProofBundle.Entry meta = bundle.metadata();
            EvidenceLeaf metaLeaf = meta.decodedLeaf();
            check(metaLeaf.kind() == LeafKind.METADATA && metaLeaf.evidenceId() == bundle.evidenceId(),
                    "元数据条目属于该证据", "the metadata entry belongs to this item");
            if (meta.contentText() != null) {
                byte[] canonical = meta.contentText().getBytes(StandardCharsets.UTF_8);
                check(MessageDigest.isEqual(Sm3.digest(canonical), metaLeaf.sm3()), "元数据内容与日志条目一致",
                        "the metadata text matches its log entry");
                out.println("  ---- 元数据 / metadata ----");
                meta.contentText().lines().forEach(l -> out.println("  " + l));
                out.println("  --------------------------");
            }
            checkInclusion(meta, head, "元数据");
        }

        LogKeyPair.Verifier key;
        if (keyFile != null) {
            key = LogKeyPair.Verifier.fromPublicPem(Files.readString(keyFile, StandardCharsets.US_ASCII));
            out.println("公钥 / public key: " + keyFile + " (key id " + key.keyId() + ")");
            if (bundle.keyId() != null && !bundle.keyId().equals(key.keyId())) {
                out.println("  注意 / note: 证明中记载的公钥标识不同 / the proof names another key id " + bundle.keyId());
            }
        } else {
            key = LogKeyPair.Verifier.fromPublicPem(bundle.publicKeyPem());
            out.println("公钥 / public key: 取自证明文件 / taken from the proof (key id " + key.keyId() + ")");
            out.println("  注意 / note: 请将该标识与公开发布的日志公钥核对 / compare this id with the published log key");
        }
        check(head.verify(key), "树头 SM2 签名有效", "the tree head's SM2 signature is valid");

        out.println(failed ? "结论：验证失败 / RESULT: VERIFICATION FAILED" : "结论：验证通过 / RESULT: VERIFIED");
        return failed ? FAILED : OK;
    }

    private void checkInclusion(ProofBundle.Entry entry, TreeHead head, String what) {
        EvidenceLeaf leaf = entry.decodedLeaf();
        byte[] leafHash = LogHash.leaf(leaf.encode());
        if (entry.leafHash() != null) {
            check(HexFormat.of().formatHex(leafHash).equals(entry.leafHash()), what + "叶哈希 SM3(0x00‖leaf) 正确",
                    what.equals("文件") ? "file leaf hash is correct" : "metadata leaf hash is correct");
        }
        check(entry.treeSize() == head.treeSize(), what + "证明针对该树头的大小", "the proof is for the tree head's size");
        check(MerkleMath.verifyInclusion(leafHash, entry.leafIndex(), head.treeSize(), entry.proofBytes(),
                        head.rootHash()),
                what + "条目（序号 " + entry.leafIndex() + "）包含在树头的根中",
                "entry " + entry.leafIndex() + " is included under the tree head's root");
    }

    private void check(boolean ok, String zh, String en) {
        out.println((ok ? "[通过 PASS] " : "[失败 FAIL] ") + zh + " / " + en);
        if (!ok) {
            failed = true;
        }
    }
}
