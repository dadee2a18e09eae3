package org.zhifa.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for the running test application. Tokens per user are cached. */
public final class TestApi {

    public static final String DEMO_PASSWORD = "Zhifa@2025";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    private TestApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static TestApi anonymous(int port) {
        return new TestApi("http://localhost:" + port, null);
    }

    /** A client sending the given bearer token. */
    public static TestApi withToken(int port, String token) {
        return new TestApi("http://localhost:" + port, token);
    }

    /** A client authenticated as a demo user (password {@value #DEMO_PASSWORD}). */
    public static TestApi as(int port, String username) {
        String key = port + "/" + username;
        String token = TOKENS.computeIfAbsent(key, k -> {
            Response r = anonymous(port).post("/api/auth/token",
                    Map.of("username", username, "password", DEMO_PASSWORD));
            if (r.status() != 200) {
                throw new IllegalStateException("登录失败 " + username + ": " + r.body());
            }
            return r.json().get("token").asString();
        });
        return new TestApi("http://localhost:" + port, token);
    }

    public static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, Object body) {
        String json = body instanceof String s ? s : toJson(body);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, Object body) {
        String json = body instanceof String s ? s : toJson(body);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    private Response send(HttpRequest.Builder builder) {
        builder.header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = client.send(builder.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its parsed JSON body. */
    public record Response(int status, String body, String contentType) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
