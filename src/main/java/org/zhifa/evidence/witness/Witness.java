package org.zhifa.evidence.witness;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.evidence.log.Cosignature;
import org.zhifa.evidence.log.LogKeyInfo;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/**
 * What a witness decides about a new head of the log it watches (docs/evidence-log.md §8.1), after C2SP tlog-witness:
 * it cosigns a head only if the head is signed by a log key it trusts and is consistent with the latest head it
 * cosigned. Every head with a valid signature is kept; two different roots for one size (a split view) and a failed
 * consistency proof are alarms, and such a head is never cosigned. Checking and recording the new cosigned head happen
 * under one lock, and the record is on disk before the cosignature is returned.
 */
public final class Witness {

    private static final Logger LOG = LoggerFactory.getLogger(Witness.class);

    private final WitnessStore store;
    private final Clock clock;

    public Witness(WitnessStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The answer to a request: an HTTP status and a JSON body. */
    public record Outcome(int status, Map<String, Object> body) {

        static Outcome of(int status, String detail, Object... more) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("detail", detail);
            for (int i = 0; i + 1 < more.length; i += 2) {
                body.put((String) more[i], more[i + 1]);
            }
            return new Outcome(status, body);
        }

        public boolean cosigned() {
            return status == 200;
        }
    }

    public WitnessStore store() {
        return store;
    }

    /**
     * A head sent by the log (push) or fetched from it (poll), with the consistency proof from {@code oldSize}, the
     * size of the head the sender believes this witness cosigned last.
     */
    public synchronized Outcome addHead(WitnessRecords.AddHead request, String source) {
        WitnessRecords.Config config = store.config();
        if (request == null || request.treeHead() == null || request.logId() == null) {
            return Outcome.of(400, "请求缺少 logId 或 treeHead / logId and treeHead are required");
        }
        if (!config.logId().equals(request.logId().trim().toLowerCase())) {
            return Outcome.of(404, "本见证人不见证日志 " + request.logId() + "（只见证 " + config.logId() + "）");
        }
        TreeHead head;
        List<byte[]> proof;
        try {
            head = request.treeHead().toTreeHead();
            proof = request.consistencyProof() == null ? List.of()
                    : request.consistencyProof().stream().map(HexFormat.of()::parseHex).toList();
        } catch (RuntimeException e) {
            return Outcome.of(400, "树头或一致性证明格式不正确 / malformed head or proof: " + e.getMessage());
        }
        if (proof.size() > 63) {
            return Outcome.of(400, "一致性证明过长 / consistency proof too long");
        }
        Optional<LogKeyPair.Verifier> key = trustedKey(head.keyId(), request.keys(), head);
        if (key.isEmpty()) {
            return Outcome.of(403, "树头不是由本见证人信任的日志密钥签名（密钥 " + head.keyId() + "）");
        }
        if (!head.verify(key.get())) {
            return Outcome.of(403, "树头签名无效 / the head's signature is invalid");
        }
        ProofBundle.Head json = ProofBundle.Head.of(head);
        String root = head.rootHex();

        // Two different roots for one size: the log shows different histories to different parties.
        WitnessRecords.Cosigned last = store.cosigned();
        Optional<ProofBundle.Head> earlier = contradicted(head);
        if (earlier.isPresent()) {
            return alarm(source, json, earlier.get(), "SPLIT_VIEW", 409, "分叉视图：日志对同一大小 " + head.treeSize()
                    + " 签发了两个不同的树头（根 " + earlier.get().rootHash() + " 与 " + root + "），拒绝联署");
        }
        long cosignedSize = last == null ? 0 : last.head().treeSize();
        if (request.oldSize() < 0 || request.oldSize() > head.treeSize()) {
            record(source, json, "REFUSED", "oldSize 超出范围");
            return Outcome.of(400, "oldSize 须在 0 至树头大小之间 / oldSize must lie between 0 and the head's size");
        }
        if (request.oldSize() != cosignedSize) {
            record(source, json, "SEEN", "oldSize " + request.oldSize() + " 不是本见证人最近联署的大小 " + cosignedSize);
            return Outcome.of(409, "本见证人最近联署的树头大小为 " + cosignedSize + "，请提供自该大小起的一致性证明",
                    "cosignedSize", cosignedSize);
        }
        if (last != null && !MerkleMath.verifyConsistency(cosignedSize, head.treeSize(),
                HexFormat.of().parseHex(last.head().rootHash()), head.rootHash(), proof)) {
            return alarm(source, json, last.head(), "INCONSISTENT", 422, "树头（大小 " + head.treeSize()
                    + "）与本见证人联署过的树头（大小 " + cosignedSize + "，根 " + last.head().rootHash()
                    + "）不一致：一致性证明不成立，日志可能被改写，拒绝联署");
        }
        if (last == null && !proof.isEmpty()) {
            record(source, json, "REFUSED", "首次联署时一致性证明须为空");
            return Outcome.of(400, "oldSize 为 0 时一致性证明须为空 / the proof must be empty when oldSize is 0");
        }
        Cosignature c = Cosignature.sign(store.key(), config.logId(), head.treeSize(), head.rootHash(), clock.millis());
        ProofBundle.Cosigned cj = ProofBundle.Cosigned.of(config.name(), c);
        store.saveCosigned(new WitnessRecords.Cosigned(json, cj));
        record(source, json, "COSIGNED", "与大小 " + cosignedSize + " 的树头一致");
        return Outcome.of(200, "已联署 / cosigned", "cosignature", cj);
    }

    /**
     * A log head the witness was shown for a size it may already know (e.g. the log's stored head for the size this
     * witness cosigned, fetched while polling): kept, and a split view raised if it contradicts what was seen.
     */
    public synchronized Optional<Outcome> observe(ProofBundle.Head json, List<LogKeyInfo> keys, String source) {
        TreeHead head;
        try {
            head = json.toTreeHead();
        } catch (RuntimeException e) {
            return Optional.of(Outcome.of(400, "树头格式不正确 / malformed head"));
        }
        Optional<LogKeyPair.Verifier> key = trustedKey(head.keyId(), keys, head);
        if (key.isEmpty() || !head.verify(key.get())) {
            return Optional.of(Outcome.of(403, "树头签名无效或密钥不受信任 / untrusted or invalid head signature"));
        }
        String root = head.rootHex();
        Optional<ProofBundle.Head> earlier = contradicted(head);
        if (earlier.isPresent()) {
            return Optional.of(alarm(source, ProofBundle.Head.of(head), earlier.get(), "SPLIT_VIEW", 409,
                    "分叉视图：日志对同一大小 " + head.treeSize() + " 出示了两个不同的树头（根 " + earlier.get().rootHash()
                            + " 与 " + root + "）"));
        }
        if (store.seen(head.treeSize(), root) == null) {
            record(source, ProofBundle.Head.of(head), "SEEN", "已记录");
        }
        return Optional.empty();
    }

    /** An earlier head of the same size with another root: the cosigned one, or any head seen. */
    private Optional<ProofBundle.Head> contradicted(TreeHead head) {
        String root = head.rootHex();
        WitnessRecords.Cosigned last = store.cosigned();
        if (last != null && last.head().treeSize() == head.treeSize() && !last.head().rootHash().equals(root)) {
            return Optional.of(last.head());
        }
        return store.rootsSeen(head.treeSize()).stream().filter(r -> !r.equals(root)).findFirst()
                .map(r -> store.seen(head.treeSize(), r).head());
    }

    /** The log shows a smaller tree than the witness cosigned: a rollback, which only a rewritten log does. */
    public synchronized Outcome rollback(ProofBundle.Head json, String source) {
        WitnessRecords.Cosigned last = store.cosigned();
        return alarm(source, json, last == null ? null : last.head(), "ROLLBACK", 409, "日志最新树头大小 " + json.treeSize()
                + " 小于本见证人已联署的大小 " + (last == null ? 0 : last.head().treeSize()) + "：日志被回滚或改写");
    }

    private Outcome alarm(String source, ProofBundle.Head head, ProofBundle.Head earlier, String kind, int status,
            String detail) {
        record(source, head, kind, detail);
        if (store.recordAlarm(new WitnessRecords.Alarm(clock.millis(), kind, detail, head, earlier))) {
            LOG.error("见证告警 WITNESS ALARM {}：{}", kind, detail);
        }
        return Outcome.of(status, detail, "alarm", kind);
    }

    private void record(String source, ProofBundle.Head head, String verdict, String detail) {
        store.recordHead(new WitnessRecords.SeenHead(clock.millis(), source, head, verdict, detail));
    }

    /**
     * The trusted key a head names: one pinned or trusted before, or a key reached from a trusted one through valid
     * endorsements ({@link LogKeyInfo#endorsedBy}) among {@code published}; newly reached keys are remembered. A key
     * that took over without endorsement (its predecessor was declared lost) is not followed: the operator pins it.
     */
    Optional<LogKeyPair.Verifier> trustedKey(String keyId, List<LogKeyInfo> published, TreeHead head) {
        if (keyId == null) {
            return Optional.empty();
        }
        Optional<LogKeyPair.Verifier> known = known(keyId);
        if (known.isPresent() || published == null) {
            return known;
        }
        Map<String, LogKeyInfo> byId = new LinkedHashMap<>();
        for (LogKeyInfo k : published) {
            if (k != null && k.keyId() != null) {
                byId.put(k.keyId().trim(), k);
            }
        }
        // Walk back from the named key to a trusted one, then check each endorsement forwards.
        List<LogKeyInfo> chain = new ArrayList<>();
        String cursor = keyId;
        while (known(cursor).isEmpty()) {
            LogKeyInfo k = byId.get(cursor);
            if (k == null || k.previousKeyId() == null || chain.size() > byId.size()) {
                return Optional.empty();
            }
            chain.add(0, k);
            cursor = k.previousKeyId().trim();
        }
        LogKeyPair.Verifier previous = known(cursor).orElseThrow();
        for (LogKeyInfo k : chain) {
            LogKeyPair.Verifier next;
            try {
                next = k.verifier();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            if (!k.endorsedBy(previous)) {
                if (k.endorsement() == null && store.recordAlarm(new WitnessRecords.Alarm(clock.millis(),
                        "UNENDORSED_KEY", "日志换用了未经原密钥背书的新密钥 " + k.keyId() + "（原因：" + k.reason()
                                + "）；本见证人不自动信任，须由见证机构核实后用 witness trust-key 登记",
                        ProofBundle.Head.of(head), null))) {
                    LOG.error("见证告警 WITNESS ALARM UNENDORSED_KEY：{}", k.keyId());
                }
                return Optional.empty();
            }
            store.trust(new WitnessRecords.TrustedKey(next.keyId(), k.publicKeyPem(), "endorsed by " + previous.keyId(),
                    clock.millis()));
            LOG.info("见证人信任日志新密钥 {}（由 {} 背书）", next.keyId(), previous.keyId());
            previous = next;
        }
        return Optional.of(previous);
    }

    private Optional<LogKeyPair.Verifier> known(String keyId) {
        return store.config().trustedKeys().stream().filter(k -> k.keyId().equals(keyId)).findFirst()
                .map(k -> LogKeyPair.Verifier.fromPublicPem(k.publicKeyPem()));
    }
}
