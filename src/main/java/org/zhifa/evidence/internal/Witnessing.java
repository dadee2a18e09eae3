package org.zhifa.evidence.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.evidence.log.Cosignature;
import org.zhifa.evidence.log.LogKeyInfo;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collects witnesses' cosignatures of the latest tree head (docs/evidence-log.md §8.4): each configured witness is sent
 * the head with the consistency proof from the size it cosigned last; a cosignature is checked against the witness's
 * pinned key before it is stored. A witness that refuses because the head contradicts what it saw raises an integrity
 * alarm here too: a witness never refuses an honest log.
 */
@Service
public class Witnessing {

    private static final Logger LOG = LoggerFactory.getLogger(Witnessing.class);
    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final WitnessProperties properties;
    private final TransparencyLog log;
    private final LogCosignatures cosignatures;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, LogKeyPair.Verifier> pinned = new LinkedHashMap<>();
    private final HttpClient http;

    Witnessing(WitnessProperties properties, TransparencyLog log, LogCosignatures cosignatures, JdbcClient jdbc,
            AuditTrail audit, Clock clock) {
        this.properties = properties;
        this.log = log;
        this.cosignatures = cosignatures;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        properties.endpoints().forEach(e -> pinned.put(e.name(), e.verifier()));
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    /** Whether witnesses are configured. */
    public boolean enabled() {
        return !properties.endpoints().isEmpty();
    }

    public int quorum() {
        return properties.quorum();
    }

    /** Key ids of the configured witnesses. */
    public Set<String> witnessKeyIds() {
        return pinned.values().stream().map(LogKeyPair.Verifier::keyId).collect(Collectors.toSet());
    }

    /** The configured witnesses: name, key id and public key (their addresses are not published). */
    public List<Map<String, Object>> describe() {
        return properties.endpoints().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("keyId", pinned.get(e.name()).keyId());
            m.put("publicKeyPem", pinned.get(e.name()).publicPem());
            return m;
        }).toList();
    }

    /** Offers {@code head} (the latest stored head) to every witness that has not cosigned it. Call under the lock. */
    void offer(TreeHead head) {
        String logId = log.keys().logId();
        List<LogKeyInfo> keys = log.keys().all().stream().map(k -> new LogKeyInfo(k.keyId(), k.publicKeyPem(),
                k.previousKeyId() == null ? null : k.previousKeyId().trim(),
                k.endorsement() == null ? null : HexFormat.of().formatHex(k.endorsement()), k.endorsedAtMillis(),
                k.reason())).toList();
        for (WitnessProperties.Endpoint e : properties.endpoints()) {
            try {
                offer(e, pinned.get(e.name()), head, logId, keys);
            } catch (IOException | RuntimeException ex) {
                state(e, pinned.get(e.name()).keyId(), null, null, "无法联系见证人：" + ex.getMessage());
                LOG.warn("见证人 {} 联系失败：{}", e.name(), ex.toString());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void offer(WitnessProperties.Endpoint e, LogKeyPair.Verifier witness, TreeHead head, String logId,
            List<LogKeyInfo> keys) throws IOException, InterruptedException {
        String witnessKey = witness.keyId();
        if (!cosignatures.of(head, logId, Set.of(witnessKey)).isEmpty()) {
            return;
        }
        long old = jdbc.sql("select cosigned_size from evidence_witness_state where witness_key_id = ?")
                .param(witnessKey).query(Long.class).optional().orElse(0L);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (old > head.treeSize()) {
                refused(e, witnessKey, head, 409, "见证人已联署大小为 " + old + " 的树头，而日志当前只有 " + head.treeSize()
                        + " 条：日志被回滚或改写");
                return;
            }
            List<String> proof = old == 0 ? List.of()
                    : log.consistencyProof(old, head.treeSize()).stream().map(HexFormat.of()::formatHex).toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("logId", logId);
            body.put("oldSize", old);
            body.put("consistencyProof", proof);
            body.put("treeHead", ProofBundle.Head.of(head));
            body.put("keys", keys);
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(e.url().strip()
                    .replaceAll("/+$", "") + "/witness/v1/add-head")).timeout(properties.timeout())
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = r.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(r.body());
            String detail = answer.path("detail").asString("");
            if (r.statusCode() == 200) {
                ProofBundle.Cosigned json = JSON.treeToValue(answer.get("cosignature"), ProofBundle.Cosigned.class);
                Cosignature c = json.toCosignature(logId);
                if (!c.covers(logId, head) || !c.verify(witness)) {
                    state(e, witnessKey, null, 200, "见证人返回的联署签名无效（不是对该树头、或不是其登记公钥的签名）");
                    return;
                }
                cosignatures.insert(c, e.name(), clock.instant());
                jdbc.sql("""
                        insert into evidence_witness_state (witness_key_id, name, cosigned_size, last_attempt_at,
                            last_success_at, last_status, last_error) values (?, ?, ?, now(), now(), 200, null)
                        on conflict (witness_key_id) do update set name = excluded.name,
                            cosigned_size = excluded.cosigned_size, last_attempt_at = now(), last_success_at = now(),
                            last_status = 200, last_error = null
                        """).params(witnessKey, e.name(), head.treeSize()).update();
                return;
            }
            if (r.statusCode() == 409 && answer.path("alarm").isMissingNode() && answer.has("cosignedSize")) {
                old = answer.get("cosignedSize").asLong();
                state(e, witnessKey, old, 409, detail);
                continue;
            }
            if (!answer.path("alarm").isMissingNode()) {
                refused(e, witnessKey, head, r.statusCode(), "见证人告警 " + answer.get("alarm").asString() + "：" + detail);
            } else {
                state(e, witnessKey, null, r.statusCode(), "见证人拒绝（HTTP " + r.statusCode() + "）：" + detail);
            }
            return;
        }
    }

    /**
     * A witness refused a head because it contradicts what the witness saw: an integrity alarm and an audit record,
     * once per distinct refusal (the retry every minute does not repeat it).
     */
    private void refused(WitnessProperties.Endpoint e, String witnessKey, TreeHead head, int status, String detail) {
        String text = "见证人「" + e.name() + "」拒绝联署树头（大小 " + head.treeSize() + "，根 " + head.rootHex() + "）：" + detail;
        if (state(e, witnessKey, null, status, text)) {
            jdbc.sql("insert into evidence_integrity_alarm (kind, detail) values ('WITNESS_REFUSED', ?)")
                    .param(text.length() > 2000 ? text.substring(0, 2000) : text).update();
            audit.record(new AuditEvent("system", null, null, "EVIDENCE_INTEGRITY_ALARM", "EVIDENCE_LOG",
                    String.valueOf(head.treeSize()), AuditResult.FAILURE, "WITNESS_REFUSED：" + text, null));
            LOG.error("证据日志告警：{}", text);
        }
    }

    /** Records the attempt; true when its outcome differs from the previous one. */
    private boolean state(WitnessProperties.Endpoint e, String witnessKey, Long size, Integer status, String error) {
        String err = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        var before = jdbc.sql("select last_status, last_error from evidence_witness_state where witness_key_id = ?")
                .param(witnessKey).query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2)}).optional();
        jdbc.sql("""
                insert into evidence_witness_state (witness_key_id, name, cosigned_size, last_attempt_at, last_status,
                    last_error) values (?, ?, ?, now(), ?, ?)
                on conflict (witness_key_id) do update set name = excluded.name,
                    cosigned_size = coalesce(excluded.cosigned_size, evidence_witness_state.cosigned_size),
                    last_attempt_at = now(), last_status = excluded.last_status, last_error = excluded.last_error
                """).params(witnessKey, e.name(), size, status, err).update();
        return before.isEmpty() || !Objects.equals(before.get()[0], status) || !Objects.equals(before.get()[1], err);
    }
}
