package org.zhifa.evidence.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/** Heads with what vouches for them beyond the log's own signature: witnesses' cosignatures and the timestamp. */
@Service
public class WitnessedHeads {

    private final TransparencyLog log;
    private final Witnessing witnessing;
    private final LogCosignatures cosignatures;
    private final HeadTimestamps timestamps;

    WitnessedHeads(TransparencyLog log, Witnessing witnessing, LogCosignatures cosignatures,
            HeadTimestamps timestamps) {
        this.log = log;
        this.witnessing = witnessing;
        this.cosignatures = cosignatures;
        this.timestamps = timestamps;
    }

    /** The latest head cosigned by the quorum of configured witnesses. */
    public Optional<TreeHead> latest() {
        if (!witnessing.enabled()) {
            return Optional.empty();
        }
        return cosignatures.latestWitnessedHeadId(witnessing.witnessKeyIds(), witnessing.quorum(), 0)
                .flatMap(log::storedHead);
    }

    public String logId() {
        return log.keys().logId();
    }

    public int quorum() {
        return witnessing.quorum();
    }

    /** A head as JSON with its log id, key id, cosignatures and timestamp. */
    public Map<String, Object> describe(TreeHead h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("logId", logId());
        m.put("treeHead", ProofBundle.Head.of(h));
        m.put("keyId", h.keyId());
        m.put("cosignatures", cosignatures.of(h, logId(), witnessing.witnessKeyIds()));
        m.put("quorum", witnessing.quorum());
        m.put("timestamp", timestamps.of(h).orElse(null));
        return m;
    }

    public Map<String, Object> witnesses() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("logId", logId());
        m.put("quorum", witnessing.quorum());
        m.put("witnesses", witnessing.describe());
        return m;
    }
}
