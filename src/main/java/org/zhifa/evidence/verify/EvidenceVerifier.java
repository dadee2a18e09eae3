package org.zhifa.evidence.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * <p>Usage: {@code verify-evidence <file> <proof.json> <key>...}, each key either a PEM file of one or more log
 * public keys obtained beforehand (the published page, the bureau's letter) or a key fingerprint (SM3 of the DER
 * public key, 64 hex digits). At least one is required: the public key inside proof.json only names a key, and
 * anyone can make a proof with a key of their own. The head's signature is checked with the pinned key whose id the
 * head names (after a key rotation, older heads name older keys). Exit code 0 = verified, 1 = a check failed,
 * 2 = wrong usage or unreadable input.
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
        if (args.length < 3) {
            out.println("用法 / usage: verify-evidence <证据文件 file> <proof.json> <公钥文件 public-key.pem | 公钥指纹 fingerprint>...");
            out.println("[错误 ERROR] 必须提供事先取得的日志公钥文件或公钥指纹（SM3，64 位十六进制，公布于 /public/evidence/log-key）："
                    + "证明文件中附带的公钥只是声称的签名密钥，任何人都能用自造的密钥生成一份“证明”，不能据此验证。"
                    + " / a pinned log public key or key fingerprint is required: the key inside proof.json is only a"
                    + " claim, and anyone can sign a proof with a key of their own");
            return USAGE;
        }
        try {
            PinnedKeys pinned = PinnedKeys.read(Arrays.copyOfRange(args, 2, args.length));
            return new EvidenceVerifier(out).verify(Path.of(args[0]), Path.of(args[1]), pinned);
        } catch (IOException | RuntimeException e) {
            out.println("[错误 ERROR] 无法读取输入 / cannot read input: " + e.getMessage());
            return USAGE;
        }
    }

    /** The keys the person checking trusts: public keys read from PEM files, and fingerprints typed in. */
    record PinnedKeys(Map<String, LogKeyPair.Verifier> keys, Set<String> fingerprints) {

        static PinnedKeys read(String[] args) throws IOException {
            Map<String, LogKeyPair.Verifier> keys = new LinkedHashMap<>();
            Set<String> fingerprints = new LinkedHashSet<>();
            for (String a : args) {
                String compact = a.strip().replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
                if (compact.startsWith("sm3")) {
                    compact = compact.substring(3);
                }
                if (compact.matches("[0-9a-f]{64}") && !Files.exists(Path.of(a))) {
                    fingerprints.add(compact);
                    continue;
                }
                Path file = Path.of(a);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("既不是公钥文件也不是 64 位十六进制公钥指纹 / neither a key file nor a"
                            + " 64 hex digit key fingerprint: " + a);
                }
                for (String pem : pemBlocks(Files.readString(file, StandardCharsets.US_ASCII))) {
                    LogKeyPair.Verifier v = LogKeyPair.Verifier.fromPublicPem(pem);
                    keys.put(v.keyId(), v);
                }
            }
            return new PinnedKeys(keys, fingerprints);
        }

        private static List<String> pemBlocks(String text) {
            List<String> blocks = new ArrayList<>();
            String begin = "-----BEGIN PUBLIC KEY-----";
            String end = "-----END PUBLIC KEY-----";
            int from = 0;
            int b;
            while ((b = text.indexOf(begin, from)) >= 0) {
                int e = text.indexOf(end, b);
                if (e < 0) {
                    break;
                }
                blocks.add(text.substring(b, e + end.length()));
                from = e + end.length();
            }
            if (blocks.isEmpty()) {
                throw new IllegalArgumentException("文件中没有公钥（" + begin + "） / no public key in the file");
            }
            return blocks;
        }

        String describe() {
            List<String> all = new ArrayList<>(keys.keySet());
            all.addAll(fingerprints);
            return String.join(", ", all);
        }
    }

    private int verify(Path file, Path proofFile, PinnedKeys pinned) throws IOException {
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

        checkSignature(bundle, head, pinned);

        out.println(failed ? "结论：验证失败 / RESULT: VERIFICATION FAILED" : "结论：验证通过 / RESULT: VERIFIED");
        return failed ? FAILED : OK;
    }

    /**
     * The head's signature under the pinned key it names: the key id inside a version 2 head's signed bytes, or for a
     * version 1 head the key id beside it. A key pinned by fingerprint is taken from the proof only when its SM3
     * equals that fingerprint.
     */
    private void checkSignature(ProofBundle bundle, TreeHead head, PinnedKeys pinned) {
        String signer = head.keyId() != null ? head.keyId() : bundle.keyId();
        out.println("签名密钥 / signing key: " + signer + (head.version() == TreeHead.VERSION_2
                ? "（包含在签名字节中 / part of the signed bytes）" : "（版本 1 树头：标识附于树头旁 / version 1 head: key id beside it）"));
        LogKeyPair.Verifier key = signer == null ? null : pinned.keys().get(signer);
        if (key != null) {
            out.println("  使用所提供的公钥 / using the pinned public key");
        } else if (signer != null && pinned.fingerprints().contains(signer) && bundle.publicKeyPem() != null) {
            LogKeyPair.Verifier carried = LogKeyPair.Verifier.fromPublicPem(bundle.publicKeyPem());
            boolean same = carried.keyId().equals(signer);
            check(same, "证明所附公钥的指纹与所提供的指纹一致", "the key in the proof has the pinned fingerprint");
            if (!same) {
                return;
            }
            key = carried;
        } else {
            check(false, "树头由所提供的日志公钥签名（树头的签名密钥 " + signer + " 不在所提供的公钥或指纹 " + pinned.describe()
                    + " 之中）", "the tree head is signed by a pinned log key (it names " + signer + ", pinned: "
                    + pinned.describe() + ")");
            return;
        }
        check(head.verify(key), "树头 SM2 签名有效", "the tree head's SM2 signature is valid");
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
