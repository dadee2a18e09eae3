package org.zhifa.evidence.internal;

import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.common.NotFoundException;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/**
 * One log entry as anyone may see it (docs/evidence-log.md §10): the 90-byte leaf (kind, item id, size, digests, time —
 * no content, no names), its inclusion proof against the latest witnessed head (else the latest head), that head's
 * cosignatures and timestamp, and the other entries of the same item. The QR code of an evidence certificate leads here.
 */
@Service
public class PublicEntries {

    private final TransparencyLog log;
    private final WitnessedHeads witnessed;
    private final JdbcClient jdbc;
    private final PublicationProperties publication;

    PublicEntries(TransparencyLog log, WitnessedHeads witnessed, JdbcClient jdbc, PublicationProperties publication) {
        this.log = log;
        this.witnessed = witnessed;
        this.jdbc = jdbc;
        this.publication = publication;
    }

    /** The entry with its proof, as JSON; 404 for an index the log does not have. */
    public Map<String, Object> entry(long index) {
        EvidenceLeaf leaf = log.leaf(index).orElseThrow(() -> new NotFoundException("证据日志没有序号为 " + index + " 的条目"));
        TreeHead head = witnessed.latest().filter(h -> h.treeSize() > index).orElseGet(log::latestHead);
        if (head.treeSize() <= index) {
            throw new NotFoundException("证据日志条目 " + index + " 尚无签名树头");
        }
        List<byte[]> proof = log.inclusionProof(index, head.treeSize());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("logId", witnessed.logId());
        m.put("leafIndex", index);
        m.put("kind", leaf.kind().name());
        m.put("kindLabel", leaf.kind().label());
        m.put("evidenceId", leaf.evidenceId());
        m.put("contentSize", leaf.contentSize());
        m.put("sm3", leaf.sm3Hex());
        m.put("sha256", leaf.sha256Hex());
        m.put("loggedAt", Instant.ofEpochMilli(leaf.timestampMillis()));
        m.put("leaf", HexFormat.of().formatHex(leaf.encode()));
        m.put("leafHash", HexFormat.of().formatHex(leaf.leafHash()));
        m.put("inclusionProof", proof.stream().map(HexFormat.of()::formatHex).toList());
        m.put("included", MerkleMath.verifyInclusion(leaf.leafHash(), index, head.treeSize(), proof, head.rootHash()));
        m.putAll(witnessed.describe(head));
        m.put("otherEntries", jdbc.sql("""
                select leaf_index, kind from evidence_log_leaf where evidence_id = ? and leaf_index <> ? order by leaf_index
                """).params(leaf.evidenceId(), index).query((rs, n) -> Map.of("leafIndex", rs.getLong(1), "kind",
                        rs.getString(2))).list());
        m.put("verificationUrl", publication.entryUrl(index));
        return m;
    }

    /** The head shown on the public pages: the latest witnessed head, else the latest head. */
    public ProofBundle.Head publishedHead() {
        return ProofBundle.Head.of(witnessed.latest().orElseGet(log::latestHead));
    }
}
