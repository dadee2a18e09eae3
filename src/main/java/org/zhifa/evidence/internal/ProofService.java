package org.zhifa.evidence.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.LeafKind;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/** Builds proof.json for an item against the latest or a given tree size. */
@Service
public class ProofService {

    private final TransparencyLog log;

    ProofService(TransparencyLog log) {
        this.log = log;
    }

    public ProofBundle proof(EvidenceItem item, Long treeSize) {
        TreeHead head = treeSize == null ? log.latestHead() : log.headFor(treeSize);
        ProofBundle.Entry file = null;
        if (item.hasFile()) {
            file = entry(item.id(), LeafKind.FILE, head, null);
        }
        ProofBundle.Entry metadata = entry(item.id(), LeafKind.METADATA, head, item.canonicalMetadata());
        // The key that signed this head, which after a rotation is not the active key.
        String publicKey = log.keys().find(head.keyId()).map(LogKeys.KeyRecord::publicKeyPem).orElse(null);
        return new ProofBundle(ProofBundle.FORMAT, item.id(), file, metadata, ProofBundle.Head.of(head), publicKey,
                head.keyId());
    }

    private ProofBundle.Entry entry(long id, LeafKind kind, TreeHead head, String contentText) {
        long index = log.indexOf(id, kind.name(), null)
                .orElseThrow(() -> new NotFoundException("证据日志中缺少该证据的" + kind.label() + "条目"));
        if (index >= head.treeSize()) {
            throw new InvalidInputException("该证据在树大小 " + head.treeSize() + " 时尚未入日志（条目序号 " + index + "）");
        }
        EvidenceLeaf leaf = log.leaf(index).orElseThrow(() -> new NotFoundException("证据日志条目 " + index + " 缺失"));
        List<byte[]> path = log.inclusionProof(index, head.treeSize());
        return ProofBundle.Entry.of(leaf, index, path, head.treeSize(), contentText);
    }
}
