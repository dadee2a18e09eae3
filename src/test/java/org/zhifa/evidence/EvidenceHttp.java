package org.zhifa.evidence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhifa.testsupport.TestApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Raw HTTP for what TestApi does not cover: byte bodies, range headers, binary responses. */
final class EvidenceHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String token;

    private EvidenceHttp(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    static EvidenceHttp as(int port, String user) {
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> TestApi.anonymous(port)
                .post("/api/auth/token", Map.of("username", user, "password", TestApi.DEMO_PASSWORD))
                .json().get("token").asString());
        return new EvidenceHttp(port, token);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    HttpResponse<byte[]> send(HttpRequest.Builder builder) {
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> putBytes(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<byte[]> get(String path, String range) {
        HttpRequest.Builder b = request(path).GET();
        if (range != null) {
            b.header("Range", range);
        }
        return send(b);
    }

    static JsonNode json(HttpResponse<byte[]> r) {
        return JSON.readTree(r.body());
    }
}
