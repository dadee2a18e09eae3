package org.zhifa.evidence.witness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhifa.evidence.log.LogKeyInfo;
import org.zhifa.evidence.log.ProofBundle;
import tools.jackson.databind.JsonNode;

/**
 * Poll mode: the witness fetches the log's latest head itself (so it does not depend on the log sending it) from the
 * public endpoints {@code /api/public/evidence/log/head}, {@code …/consistency} and {@code …/keys}, and treats it like a
 * pushed head. The log's stored head for the size this witness cosigned, which the consistency answer carries, is
 * compared with the witness's own: a rewritten log shows another root there (a split view).
 */
public final class WitnessPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WitnessPoller.class);

    private final Witness witness;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "witness-poll");
        t.setDaemon(true);
        return t;
    });

    public WitnessPoller(Witness witness, String logUrl) {
        this.witness = witness;
        this.base = logUrl.replaceAll("/+$", "");
    }

    public void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                pollOnce();
            } catch (IOException | RuntimeException e) {
                LOG.warn("轮询日志失败 / polling the log failed: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round: fetch the latest head and, when it is new, the consistency proof from the cosigned size. */
    public Witness.Outcome pollOnce() throws IOException, InterruptedException {
        JsonNode latest = get("/api/public/evidence/log/head");
        ProofBundle.Head head = WitnessStore.JSON.treeToValue(latest.get("treeHead"), ProofBundle.Head.class);
        String logId = latest.path("logId").asString(null);
        WitnessRecords.Cosigned last = witness.store().cosigned();
        long cosignedSize = last == null ? 0 : last.head().treeSize();
        List<LogKeyInfo> keys = keysIfUnknown(head.keyId(), null);
        if (last != null && head.treeSize() == cosignedSize && head.rootHash().equals(last.head().rootHash())) {
            return Witness.Outcome.of(200, "没有新的树头 / no new head");
        }
        if (head.treeSize() < cosignedSize) {
            witness.observe(head, keys, "poll");
            return witness.rollback(head, "poll");
        }
        List<String> proof = List.of();
        if (cosignedSize > 0 && head.treeSize() > cosignedSize) {
            JsonNode c = get("/api/public/evidence/log/consistency?from=" + cosignedSize + "&to=" + head.treeSize());
            ProofBundle.Head fromHead = WitnessStore.JSON.treeToValue(c.get("fromHead"), ProofBundle.Head.class);
            keys = keysIfUnknown(fromHead.keyId(), keys);
            var contradiction = witness.observe(fromHead, keys, "poll");
            if (contradiction.isPresent()) {
                return contradiction.get();
            }
            String[] path = WitnessStore.JSON.treeToValue(c.get("proof"), String[].class);
            proof = path == null ? List.of() : Arrays.asList(path);
        }
        return witness.addHead(new WitnessRecords.AddHead(logId == null ? witness.store().config().logId() : logId,
                cosignedSize, proof, head, keys), "poll");
    }

    /** The log's published keys when {@code keyId} is not yet trusted (fetched once per round). */
    private List<LogKeyInfo> keysIfUnknown(String keyId, List<LogKeyInfo> fetched)
            throws IOException, InterruptedException {
        if (fetched != null || witness.store().config().trustedKeys().stream().anyMatch(k -> k.keyId().equals(keyId))) {
            return fetched;
        }
        return Arrays.asList(WitnessStore.JSON.treeToValue(get("/api/public/evidence/log/keys"), LogKeyInfo[].class));
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " → HTTP " + r.statusCode());
        }
        return WitnessStore.JSON.readTree(r.body());
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
