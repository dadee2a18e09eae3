package org.zhifa.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.common.NotFoundException;

/** The S3 store against a small in-process fake of the S3 object API (PUT, GET with Range, HEAD). */
class S3ContentStoreTest {

    private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 "
            + "Credential=TESTACCESSKEY/\\d{8}/us-east-1/s3/aws4_request,"
            + "SignedHeaders=([a-z0-9-]+(;[a-z0-9-]+)*),Signature=[0-9a-f]{64}");

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private S3ContentStore store;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        store = new S3ContentStore(endpoint, "us-east-1", "evidence", "TESTACCESSKEY", "test-secret", true,
                dir.resolve("tmp"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop(0);
        assertThat(problems).as("requests the fake S3 found malformed").isEmpty();
    }

    private void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        requests.add(method + " " + path);
        byte[] body = ex.getRequestBody().readAllBytes();
        checkSignature(ex, body);
        try (ex) {
            if (!path.startsWith("/evidence/")) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String key = path.substring("/evidence/".length());
            byte[] stored = objects.get(key);
            switch (method) {
                case "PUT":
                    if (stored != null && "*".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        ex.sendResponseHeaders(412, -1);
                        return;
                    }
                    objects.put(key, body);
                    ex.sendResponseHeaders(200, -1);
                    return;
                case "HEAD":
                    if (stored == null) {
                        ex.sendResponseHeaders(404, -1);
                        return;
                    }
                    ex.getResponseHeaders().set("Content-Length", Long.toString(stored.length));
                    ex.sendResponseHeaders(200, -1);
                    return;
                case "GET":
                    if (stored == null) {
                        ex.sendResponseHeaders(404, -1);
                        return;
                    }
                    String range = ex.getRequestHeaders().getFirst("Range");
                    int from = 0;
                    if (range != null) {
                        from = Integer.parseInt(range.substring("bytes=".length(), range.length() - 1));
                        if (from >= stored.length) {
                            ex.sendResponseHeaders(416, -1);
                            return;
                        }
                    }
                    byte[] part = Arrays.copyOfRange(stored, from, stored.length);
                    ex.sendResponseHeaders(range == null ? 200 : 206, part.length == 0 ? -1 : part.length);
                    ex.getResponseBody().write(part);
                    return;
                default:
                    ex.sendResponseHeaders(405, -1);
            }
        }
    }

    private void checkSignature(HttpExchange ex, byte[] body) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        var m = auth == null ? null : AUTHORIZATION.matcher(auth);
        if (m == null || !m.matches()) {
            problems.add("malformed Authorization: " + auth);
            return;
        }
        List<String> signed = new ArrayList<>(Arrays.asList(m.group(1).split(";")));
        if (!signed.containsAll(List.of("host", "x-amz-content-sha256", "x-amz-date"))) {
            problems.add("missing signed headers: " + signed);
        }
        if (!String.valueOf(ex.getRequestHeaders().getFirst("x-amz-date")).matches("\\d{8}T\\d{6}Z")) {
            problems.add("bad x-amz-date");
        }
        String sha = HexFormat.of().formatHex(SigV4Signer.sha256(body));
        if (!sha.equals(ex.getRequestHeaders().getFirst("x-amz-content-sha256"))) {
            problems.add("x-amz-content-sha256 is not the SHA-256 of the body for " + ex.getRequestMethod());
        }
    }

    private long puts() {
        return requests.stream().filter(r -> r.startsWith("PUT ")).count();
    }

    @Test
    void put_then_open_returns_the_bytes_under_the_sm3_key() throws IOException {
        byte[] content = "执法记录仪视频（虚构测试数据）".getBytes(StandardCharsets.UTF_8);

        ContentDigest d = store.put(new ByteArrayInputStream(content));

        assertThat(d).isEqualTo(DualDigest.of(new ByteArrayInputStream(content)));
        String key = d.sm3Hex().substring(0, 2) + "/" + d.sm3Hex().substring(2, 4) + "/" + d.sm3Hex();
        assertThat(objects).containsOnlyKeys(key);
        try (InputStream in = store.open(d.sm3Hex(), 0)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(Files.list(dir.resolve("tmp"))).isEmpty();
    }

    @Test
    void open_with_an_offset_returns_the_tail() throws IOException {
        byte[] content = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        ContentDigest d = store.put(new ByteArrayInputStream(content));

        try (InputStream in = store.open(d.sm3Hex(), 10)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("abcdef");
        }
        try (InputStream in = store.open(d.sm3Hex(), content.length)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void an_existing_object_is_never_overwritten() throws IOException {
        byte[] content = "同一内容只存一次".getBytes(StandardCharsets.UTF_8);
        ContentDigest d = store.put(new ByteArrayInputStream(content));
        assertThat(puts()).isEqualTo(1);

        Path staged = dir.resolve("staged.part");
        Files.write(staged, content);
        store.adopt(staged, d);
        store.put(new ByteArrayInputStream(content));

        assertThat(puts()).as("no second PUT").isEqualTo(1);
        assertThat(staged).doesNotExist();
    }

    @Test
    void adopt_uploads_the_staged_file_with_its_sha256_and_removes_it() throws IOException {
        byte[] content = new byte[300_000];
        new java.util.Random(7).nextBytes(content);
        Path staged = dir.resolve("upload.part");
        Files.write(staged, content);
        ContentDigest d = DualDigest.of(new ByteArrayInputStream(content));

        store.adopt(staged, d);

        assertThat(staged).doesNotExist();
        assertThat(store.exists(d.sm3Hex())).isTrue();
        assertThat(store.size(d.sm3Hex())).isEqualTo(content.length);
    }

    @Test
    void a_missing_object_does_not_exist_and_is_not_found() {
        String missing = "ab".repeat(32);

        assertThat(catchingExists(missing)).isFalse();
        assertThatThrownBy(() -> store.size(missing)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.open(missing, 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_refusing_store_is_reported_with_the_http_status() {
        server.removeContext("/");
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(403, -1);
            ex.close();
        });

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 403").hasMessageContaining("S3 存储");
    }

    private boolean catchingExists(String sm3) {
        try {
            return store.exists(sm3);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
