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
import org.zhifa.evidence.log.Cosignature;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.HeadTimestamp;
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
 * head names (after a key rotation, older heads name older keys).
 *
 * <p>The proof's link entries (what the item belongs to, e.g. a case by its case number) and the entry of the item that
 * corrects it are checked the same way. With {@code --witness <pem>} (repeatable) the witnesses' cosignatures of the
 * head are checked against those pinned keys, and at least {@code --quorum N} (default: every pinned witness) must be
 * valid: only then is the head known not to be a rewrite by the log's operator. With {@code --tsa-cert <pem>} the
 * head's RFC 3161 timestamp is checked against that authority certificate. Exit code 0 = verified, 1 = a check failed
 * (including a witness quorum not reached), 2 = wrong usage or unreadable input.
 */
public final class EvidenceVerifier {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final PrintStream out;
    private boolean failed;

    private EvidenceVerifier(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("[错误 ERROR] " + e.getMessage());
            return USAGE;
        }
        if (options.positional().size() < 3) {
            out.println("用法 / usage: verify-evidence <证据文件 file> <proof.json> <公钥文件 public-key.pem | 公钥指纹 fingerprint>..."
                    + " [--witness <见证人公钥.pem | 指纹>]... [--quorum N] [--tsa-cert <时间戳机构证书.pem>]");
            out.println("[错误 ERROR] 必须提供事先取得的日志公钥文件或公钥指纹（SM3，64 位十六进制，公布于 /public/evidence/log-key）："
                    + "证明文件中附带的公钥只是声称的签名密钥，任何人都能用自造的密钥生成一份“证明”，不能据此验证。"
                    + " / a pinned log public key or key fingerprint is required: the key inside proof.json is only a"
                    + " claim, and anyone can sign a proof with a key of their own");
            return USAGE;
        }
        try {
            List<String> p = options.positional();
            PinnedKeys pinned = PinnedKeys.read(p.subList(2, p.size()).toArray(String[]::new));
            PinnedKeys witnesses = options.witnesses().isEmpty() ? null
                    : PinnedKeys.read(options.witnesses().toArray(String[]::new));
            if (witnesses != null && !witnesses.fingerprints().isEmpty()) {
                throw new IllegalArgumentException("见证人公钥须以 PEM 文件给出（证明中不附见证人公钥） / witness keys must be PEM"
                        + " files");
            }
            int quorum = options.quorum() != null ? options.quorum() : witnesses == null ? 0 : witnesses.keys().size();
            if (witnesses != null && (quorum < 1 || quorum > witnesses.keys().size())) {
                throw new IllegalArgumentException("--quorum 须在 1 至所给见证人公钥数 " + witnesses.keys().size() + " 之间");
            }
            List<java.security.cert.X509Certificate> tsa = options.tsaCertificate() == null ? null
                    : HeadTimestamp.certificates(Files.readString(Path.of(options.tsaCertificate()),
                            StandardCharsets.US_ASCII));
            return new EvidenceVerifier(out).verify(Path.of(p.get(0)), Path.of(p.get(1)), pinned, witnesses, quorum,
                    tsa);
        } catch (IOException | RuntimeException e) {
            out.println("[错误 ERROR] 无法读取输入 / cannot read input: " + e.getMessage());
            return USAGE;
        }
    }

    /** Command-line arguments: positional ones, and {@code --witness}, {@code --quorum}, {@code --tsa-cert}. */
    record Options(List<String> positional, List<String> witnesses, Integer quorum, String tsaCertificate) {

        static Options parse(String[] args) {
            List<String> positional = new ArrayList<>();
            List<String> witnesses = new ArrayList<>();
            Integer quorum = null;
            String tsa = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--")) {
                    positional.add(a);
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("选项 " + a + " 缺少取值 / option needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--witness" -> witnesses.add(v);
                    case "--quorum" -> {
                        try {
                            quorum = Integer.parseInt(v.strip());
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--quorum 须为整数 / must be a number: " + v);
                        }
                    }
                    case "--tsa-cert" -> tsa = v;
                    default -> throw new IllegalArgumentException("未知选项 / unknown option: " + a);
                }
            }
            return new Options(positional, witnesses, quorum, tsa);
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

    private int verify(Path file, Path proofFile, PinnedKeys pinned, PinnedKeys witnesses, int quorum,
            List<java.security.cert.X509Certificate> tsa) throws IOException {
        ProofBundle bundle = JSON.readValue(Files.readString(proofFile, StandardCharsets.UTF_8), ProofBundle.class);
        if (!ProofBundle.FORMAT.equals(bundle.format()) && !ProofBundle.FORMAT_V1.equals(bundle.format())) {
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
            checkText(bundle.metadata(), head, LeafKind.METADATA, bundle.evidenceId(), "元数据", "metadata");
        }
        for (ProofBundle.Entry link : bundle.links()) {
            checkText(link, head, LeafKind.LINK, bundle.evidenceId(), "关联", "link");
        }
        if (bundle.supersededBy() != null) {
            ProofBundle.Entry s = bundle.supersededBy();
            checkText(s, head, LeafKind.METADATA, s.decodedLeaf().evidenceId(), "更正记录", "correction");
            check(s.contentText() != null && s.contentText().lines().anyMatch(
                    l -> l.equals("supersedesId=" + bundle.evidenceId())),
                    "更正记录写明其更正的是本证据（supersedesId=" + bundle.evidenceId() + "）",
                    "the correcting item names this item as the one it corrects");
        }

        checkSignature(bundle, head, pinned);
        checkCosignatures(bundle, head, witnesses, quorum);
        checkTimestamp(bundle, head, tsa);

        out.println(failed ? "结论：验证失败 / RESULT: VERIFICATION FAILED" : "结论：验证通过 / RESULT: VERIFIED");
        return failed ? FAILED : OK;
    }

    /** A METADATA or LINK entry: its canonical text hashes to the leaf, the leaf belongs to the item, it is included. */
    private void checkText(ProofBundle.Entry e, TreeHead head, LeafKind kind, long evidenceId, String zh, String en) {
        EvidenceLeaf l = e.decodedLeaf();
        check(l.kind() == kind && l.evidenceId() == evidenceId, zh + "条目（序号 " + e.leafIndex() + "）属于证据 " + evidenceId,
                "the " + en + " entry belongs to item " + evidenceId);
        if (e.contentText() != null) {
            byte[] canonical = e.contentText().getBytes(StandardCharsets.UTF_8);
            check(MessageDigest.isEqual(Sm3.digest(canonical), l.sm3()) && canonical.length == l.contentSize(),
                    zh + "内容与日志条目一致", "the " + en + " text matches its log entry");
            out.println("  ---- " + zh + " / " + en + " ----");
            e.contentText().lines().forEach(line -> out.println("  " + line));
            out.println("  --------------------------");
        } else {
            check(false, zh + "条目缺少内容文本", "the " + en + " entry lacks its text");
        }
        checkInclusion(e, head, zh);
    }

    /**
     * Witnesses' cosignatures (docs/evidence-log.md §8): each checked against a pinned witness key; at least
     * {@code quorum} valid ones are required when witness keys are pinned. Without pinned witness keys nothing is
     * claimed beyond the log operator's own signature, and the output says so.
     */
    private void checkCosignatures(ProofBundle bundle, TreeHead head, PinnedKeys witnesses, int quorum) {
        int present = bundle.cosignatures().size();
        if (witnesses == null) {
            out.println("[提示 NOTE] 未指定见证人公钥（--witness），未核验见证人联署（证明中有 " + present + " 个）：以上只证明日志运营方"
                    + "自己的签名，不能排除运营方改写日志后重新签名 / no witness keys pinned: the " + present
                    + " cosignature(s) were not checked, and the log operator's own signature cannot exclude a rewrite");
            return;
        }
        if (bundle.logId() == null) {
            check(false, "证明含有日志标识（版本 1 的证明没有见证人联署）", "the proof names its log (version 1 proofs carry no"
                    + " cosignatures)");
            return;
        }
        out.println("日志标识 / log id: " + bundle.logId());
        java.util.Set<String> valid = new java.util.LinkedHashSet<>();
        for (ProofBundle.Cosigned c : bundle.cosignatures()) {
            LogKeyPair.Verifier w = witnesses.keys().get(c.witnessKeyId());
            String who = (c.witnessName() == null ? "" : c.witnessName() + " ") + c.witnessKeyId();
            if (w == null) {
                out.println("  [忽略 SKIP] 联署者不在所指定的见证人之中 / not a pinned witness: " + who);
                continue;
            }
            Cosignature cs = c.toCosignature(bundle.logId());
            boolean ok = cs.covers(bundle.logId(), head) && cs.verify(w);
            check(ok, "见证人 " + who + " 的联署有效（" + Instant.ofEpochMilli(c.timestamp()).atZone(ChinaTime.ZONE) + "）",
                    "cosignature by " + c.witnessKeyId() + " is valid for this head");
            if (ok) {
                valid.add(c.witnessKeyId());
            }
        }
        check(valid.size() >= quorum, "见证人联署达到法定数：有效 " + valid.size() + " 个，要求 " + quorum + " 个",
                "witness quorum reached: " + valid.size() + " valid, " + quorum + " required");
    }

    /** The RFC 3161 timestamp of the head (docs/evidence-log.md §9), checked against the pinned authority certificate. */
    private void checkTimestamp(ProofBundle bundle, TreeHead head, List<java.security.cert.X509Certificate> tsa) {
        ProofBundle.Timestamp t = bundle.timestamp();
        if (tsa == null) {
            if (t != null) {
                out.println("[提示 NOTE] 证明含有时间戳，未指定时间戳机构证书（--tsa-cert），未核验 / a timestamp is present but no"
                        + " authority certificate was given");
            }
            return;
        }
        if (t == null) {
            check(false, "证明含有树头的时间戳", "the proof carries the head's timestamp");
            return;
        }
        HeadTimestamp.Check c = HeadTimestamp.check(java.util.Base64.getDecoder().decode(t.token()), head.signedBytes(),
                tsa);
        if (c.valid()) {
            out.println("  时间戳时间 / timestamp time: " + Instant.ofEpochMilli(c.genTimeMillis()).atZone(ChinaTime.ZONE)
                    + "（" + c.hash().label() + "）");
        }
        check(c.valid(), "树头的 RFC 3161 时间戳有效" + (c.valid() ? "" : "：" + c.problem()),
                "the head's RFC 3161 timestamp is valid");
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
                    "the leaf hash is correct");
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
