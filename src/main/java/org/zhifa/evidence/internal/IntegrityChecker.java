package org.zhifa.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.LeafKind;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.TreeHead;
import org.zhifa.evidence.store.ContentDigest;
import org.zhifa.evidence.store.ContentStore;
import org.zhifa.evidence.store.DualDigest;

/**
 * Checks one evidence item against the log: its metadata row and links re-encoded and compared with their leaves,
 * each leaf proven included under the latest signed head, and (optionally, as it reads the whole file) the stored
 * file re-digested and compared with the FILE leaf.
 */
@Component
public class IntegrityChecker {

    private final EvidenceRecords records;
    private final TransparencyLog log;
    private final ContentStore store;

    IntegrityChecker(EvidenceRecords records, TransparencyLog log, ContentStore store) {
        this.records = records;
        this.log = log;
        this.store = store;
    }

    /** One finding; {@code kind} is an alarm code such as FILE_MODIFIED. */
    public record Finding(String kind, Long evidenceId, Long leafIndex, String detail) {
    }

    public List<Finding> check(EvidenceItem item, TreeHead head, boolean readFile) {
        List<Finding> out = new ArrayList<>();
        checkLeaf(item.id(), LeafKind.METADATA, null, item.canonicalMetadata(), head, out, "METADATA_MODIFIED",
                "证据元数据与日志不一致（数据库记录被改动）");
        for (EvidenceLink link : records.links(item.id())) {
            checkLeaf(item.id(), LeafKind.LINK, link.id(), link.canonical(), head, out, "LINK_MODIFIED",
                    "证据关联（" + link.targetText() + "）与日志不一致");
        }
        if (item.hasFile()) {
            Long index = log.indexOf(item.id(), LeafKind.FILE.name(), null).orElse(null);
            EvidenceLeaf leaf = index == null ? null : log.leaf(index).orElse(null);
            if (leaf == null) {
                out.add(new Finding("LEAF_MISSING", item.id(), index, "日志中缺少该证据的文件条目"));
            } else {
                if (!leaf.sm3Hex().equals(item.contentSm3()) || !leaf.sha256Hex().equals(item.contentSha256())
                        || leaf.contentSize() != item.contentSize()) {
                    out.add(new Finding("METADATA_MODIFIED", item.id(), index, "证据记录中的文件摘要与日志不一致"));
                }
                included(leaf, index, head, out);
                if (readFile) {
                    checkFile(item, leaf, index, out);
                }
            }
        }
        return out;
    }

    private void checkFile(EvidenceItem item, EvidenceLeaf leaf, long index, List<Finding> out) {
        try {
            if (!store.exists(leaf.sm3Hex())) {
                out.add(new Finding("FILE_MISSING", item.id(), index, "存储中找不到证据文件 " + leaf.sm3Hex()));
                return;
            }
            ContentDigest actual;
            try (InputStream in = store.open(leaf.sm3Hex(), 0)) {
                actual = DualDigest.of(in);
            }
            if (!actual.sm3Hex().equals(leaf.sm3Hex()) || !actual.sha256Hex().equals(leaf.sha256Hex())
                    || actual.size() != leaf.contentSize()) {
                out.add(new Finding("FILE_MODIFIED", item.id(), index, "证据文件内容已被改动：现 SM3 " + actual.sm3Hex()
                        + "，日志记载 " + leaf.sm3Hex()));
            }
        } catch (IOException e) {
            out.add(new Finding("FILE_UNREADABLE", item.id(), index, "证据文件无法读取：" + e.getMessage()));
        }
    }

    private void checkLeaf(long evidenceId, LeafKind kind, Long recordId, String canonical, TreeHead head,
            List<Finding> out, String code, String message) {
        Long index = log.indexOf(evidenceId, kind.name(), recordId).orElse(null);
        EvidenceLeaf leaf = index == null ? null : log.leaf(index).orElse(null);
        if (leaf == null) {
            out.add(new Finding("LEAF_MISSING", evidenceId, index, "日志中缺少" + kind.label() + "条目"));
            return;
        }
        EvidenceLeaf expected = EvidenceService.leafOf(kind, evidenceId, canonical,
                java.time.Instant.ofEpochMilli(leaf.timestampMillis()));
        if (!MessageDigest.isEqual(expected.sm3(), leaf.sm3()) || !MessageDigest.isEqual(expected.sha256(), leaf.sha256())
                || expected.contentSize() != leaf.contentSize()) {
            out.add(new Finding(code, evidenceId, index, message));
        }
        included(leaf, index, head, out);
    }

    private void included(EvidenceLeaf leaf, long index, TreeHead head, List<Finding> out) {
        if (index >= head.treeSize()) {
            return;
        }
        try {
            List<byte[]> proof = log.inclusionProof(index, head.treeSize());
            if (!MerkleMath.verifyInclusion(leaf.leafHash(), index, head.treeSize(), proof, head.rootHash())) {
                out.add(new Finding("LEAF_NOT_INCLUDED", leaf.evidenceId(), index,
                        "日志条目 " + index + " 不能证明包含在已签名树头（大小 " + head.treeSize() + "）中"));
            }
        } catch (TransparencyLog.LogDamagedException e) {
            out.add(new Finding("LOG_DAMAGED", leaf.evidenceId(), index, e.getMessage()));
        }
    }

    /**
     * The log as a whole: every head's signature under the recorded key that signed it, and every stored head
     * consistent with the latest. A head without a key id (version 1 heads exported before key ids were written)
     * belongs to the first recorded key, the only key there was then.
     */
    public List<Finding> checkLog(TreeHead latest, List<TreeHead> heads) {
        List<Finding> out = new ArrayList<>();
        LogKeys keys = log.keys();
        String firstKey = null;
        for (TreeHead h : heads) {
            String keyId = h.keyId();
            if (keyId == null) {
                if (firstKey == null) {
                    firstKey = keys.all().stream().findFirst().map(LogKeys.KeyRecord::keyId).orElse("");
                }
                keyId = firstKey;
            }
            java.util.Optional<LogKeyPair.Verifier> verifier = keys.verifier(keyId);
            if (verifier.isEmpty()) {
                out.add(new Finding("HEAD_KEY_UNKNOWN", null, null, "树头（大小 " + h.treeSize() + "）由未登记的密钥 "
                        + keyId + " 签名"));
                continue;
            }
            if (!h.verify(verifier.get())) {
                out.add(new Finding("HEAD_SIGNATURE_INVALID", null, null, "树头（大小 " + h.treeSize() + "）签名无效"));
                continue;
            }
            if (h.treeSize() > latest.treeSize()) {
                out.add(new Finding("HEAD_INCONSISTENT", null, null, "曾签发大小为 " + h.treeSize()
                        + " 的树头，而日志当前只有 " + latest.treeSize() + " 条"));
                continue;
            }
            try {
                byte[] root = log.root(h.treeSize());
                if (!MessageDigest.isEqual(root, h.rootHash())) {
                    out.add(new Finding("HEAD_INCONSISTENT", null, null, "日志前 " + h.treeSize()
                            + " 条的根哈希与当时签发的树头不一致（日志被改写）"));
                }
            } catch (TransparencyLog.LogDamagedException e) {
                out.add(new Finding("LOG_DAMAGED", null, null, e.getMessage()));
            }
        }
        return out;
    }
}
