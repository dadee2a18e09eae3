package org.zhifa.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.LeafKind;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/**
 * Builds proof.json for an item (docs/evidence-log.md §5): its file, metadata and link entries, and the entry of the
 * item that corrects it, all proven against one signed head — by default the latest head the witnesses' quorum has
 * cosigned that covers every entry, else the latest head (the proof then carries fewer cosignatures than the quorum,
 * and the verifier says so).
 */
@Service
public class ProofService {

    private final TransparencyLog log;
    private final EvidenceRecords records;
    private final Witnessing witnessing;
    private final LogCosignatures cosignatures;
    private final HeadTimestamps timestamps;

    ProofService(TransparencyLog log, EvidenceRecords records, Witnessing witnessing, LogCosignatures cosignatures,
            HeadTimestamps timestamps) {
        this.log = log;
        this.records = records;
        this.witnessing = witnessing;
        this.cosignatures = cosignatures;
        this.timestamps = timestamps;
    }

    /** A log entry of the item before it is proven against a head. */
    private record Located(LeafKind kind, long index, EvidenceLeaf leaf, String contentText) {
    }

    public ProofBundle proof(EvidenceItem item, Long treeSize) {
        List<Located> entries = new ArrayList<>();
        Located file = item.hasFile() ? locate(item.id(), LeafKind.FILE, null, null) : null;
        Located metadata = locate(item.id(), LeafKind.METADATA, null, item.canonicalMetadata());
        List<Located> links = new ArrayList<>();
        for (EvidenceLink l : records.links(item.id())) {
            links.add(locate(item.id(), LeafKind.LINK, l.id(), l.canonical()));
        }
        Located supersededBy = records.findSuperseding(item.id())
                .map(s -> locate(s.id(), LeafKind.METADATA, null, s.canonicalMetadata())).orElse(null);
        if (file != null) {
            entries.add(file);
        }
        entries.add(metadata);
        entries.addAll(links);
        if (supersededBy != null) {
            entries.add(supersededBy);
        }
        long needed = entries.stream().mapToLong(Located::index).max().orElse(0) + 1;
        TreeHead head = treeSize != null ? log.headFor(treeSize) : chooseHead(needed);
        if (treeSize != null && head.treeSize() < needed) {
            throw new InvalidInputException("该证据（及其关联、更正）在树大小 " + head.treeSize() + " 时尚未全部入日志（需要 "
                    + needed + "）");
        }
        String logId = log.keys().logId();
        // The key that signed this head, which after a rotation is not the active key.
        String publicKey = log.keys().find(head.keyId()).map(LogKeys.KeyRecord::publicKeyPem).orElse(null);
        return new ProofBundle(ProofBundle.FORMAT, logId, item.id(), file == null ? null : prove(file, head),
                prove(metadata, head), links.stream().map(l -> prove(l, head)).toList(),
                supersededBy == null ? null : prove(supersededBy, head), ProofBundle.Head.of(head), publicKey,
                head.keyId(), cosignatures.of(head, logId, witnessing.witnessKeyIds()), timestamps.of(head).orElse(null));
    }

    /** The latest head cosigned by the quorum that covers {@code needed} leaves, else the latest head. */
    private TreeHead chooseHead(long needed) {
        if (witnessing.enabled()) {
            var witnessed = cosignatures.latestWitnessedHeadId(witnessing.witnessKeyIds(), witnessing.quorum(), needed)
                    .flatMap(log::storedHead);
            if (witnessed.isPresent()) {
                return witnessed.get();
            }
        }
        return log.latestHead();
    }

    private Located locate(long id, LeafKind kind, Long recordId, String contentText) {
        long index = log.indexOf(id, kind.name(), recordId)
                .orElseThrow(() -> new NotFoundException("证据日志中缺少该证据的" + kind.label() + "条目"));
        EvidenceLeaf leaf = log.leaf(index).orElseThrow(() -> new NotFoundException("证据日志条目 " + index + " 缺失"));
        return new Located(kind, index, leaf, contentText);
    }

    private ProofBundle.Entry prove(Located e, TreeHead head) {
        if (e.index() >= head.treeSize()) {
            throw new InvalidInputException("该证据在树大小 " + head.treeSize() + " 时尚未入日志（条目序号 " + e.index() + "）");
        }
        return ProofBundle.Entry.of(e.leaf(), e.index(), log.inclusionProof(e.index(), head.treeSize()),
                head.treeSize(), e.contentText());
    }
}
