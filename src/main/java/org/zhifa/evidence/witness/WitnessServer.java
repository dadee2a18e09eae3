package org.zhifa.evidence.witness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * The witness's HTTP interface (docs/evidence-log.md §8.2), served by the JDK's own HTTP server, without Spring:
 * <ul>
 * <li>{@code POST /witness/v1/add-head} — the log submits a head with a consistency proof (C2SP add-checkpoint);</li>
 * <li>{@code GET /witness/v1/cosigned} — the latest cosigned head and its cosignature;</li>
 * <li>{@code GET /witness/v1/public-key} — the witness's SM2 public key (PEM);</li>
 * <li>{@code GET /witness/v1/alarms} — every alarm raised;</li>
 * <li>{@code GET /witness/v1/status} — a summary.</li>
 * </ul>
 */
public final class WitnessServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WitnessServer.class);
    /** Largest accepted request body: a head, 63 proof hashes and the log's key list fit many times over. */
    private static final int MAX_BODY = 256 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Witness witness;

    public WitnessServer(Witness witness, InetSocketAddress address) throws IOException {
        this.witness = witness;
        this.server = HttpServer.create(address, 32);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "witness-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/witness/v1/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            switch (path) {
                case "/witness/v1/add-head" -> {
                    if (!"POST".equals(method)) {
                        json(ex, 405, Witness.Outcome.of(405, "请使用 POST / use POST").body());
                        return;
                    }
                    byte[] body = readBody(ex.getRequestBody());
                    if (body == null) {
                        json(ex, 413, Witness.Outcome.of(413, "请求过大 / request too large").body());
                        return;
                    }
                    WitnessRecords.AddHead request;
                    try {
                        request = WitnessStore.JSON.readValue(body, WitnessRecords.AddHead.class);
                    } catch (JacksonException e) {
                        json(ex, 400, Witness.Outcome.of(400, "请求不是有效的 JSON / malformed JSON").body());
                        return;
                    }
                    Witness.Outcome o = witness.addHead(request, "push");
                    json(ex, o.status(), o.body());
                }
                case "/witness/v1/cosigned" -> {
                    WitnessRecords.Cosigned c = witness.store().cosigned();
                    if (c == null) {
                        json(ex, 404, Witness.Outcome.of(404, "尚未联署任何树头 / nothing cosigned yet").body());
                    } else {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("logId", witness.store().config().logId());
                        m.put("treeHead", c.head());
                        m.put("cosignature", c.cosignature());
                        json(ex, 200, m);
                    }
                }
                case "/witness/v1/public-key" -> send(ex, 200, "application/x-pem-file",
                        witness.store().key().publicPem().getBytes(StandardCharsets.US_ASCII));
                case "/witness/v1/alarms" -> json(ex, 200, witness.store().alarms());
                case "/witness/v1/status" -> json(ex, 200, status(witness.store()));
                default -> json(ex, 404, Witness.Outcome.of(404, "没有这个接口 / no such endpoint").body());
            }
        } catch (RuntimeException e) {
            LOG.error("见证请求处理失败", e);
        }
    }

    static Map<String, Object> status(WitnessStore store) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", store.config().name());
        m.put("logId", store.config().logId());
        m.put("logUrl", store.config().logUrl());
        m.put("witnessKeyId", store.key().keyId());
        WitnessRecords.Cosigned c = store.cosigned();
        m.put("cosignedSize", c == null ? null : c.head().treeSize());
        m.put("cosignedRoot", c == null ? null : c.head().rootHash());
        m.put("trustedKeys", store.config().trustedKeys().stream().map(WitnessRecords.TrustedKey::keyId).toList());
        m.put("alarms", store.alarms().size());
        return m;
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json;charset=utf-8", WitnessStore.JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
