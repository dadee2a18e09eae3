package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.RawHttp;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every operation of the OpenAPI document with bad input — malformed JSON, wrong types, NUL characters, huge
 * strings, negative, absent and overflowing ids, dates such as 2026-02-30, wrong content types and methods, unknown
 * paths, {@code %00} and other addresses Tomcat refuses — as a user of a suitable role and unauthenticated. Not one
 * answer may be a 5xx, and every error must be {@code application/problem+json} with a Chinese {@code detail} (for
 * API paths), never Spring's English "Failed to read request" or Tomcat's HTML page.
 *
 * <p>Ids in the addresses are ids that do not exist, so that nothing of the shared demo data is changed.
 */
@ZhifaIntegrationTest
class OpenApiFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final String NUL = "a\u0000b";
    private static final String HUGE = "长".repeat(100_000);
    /** An id no record has: the walk changes nothing that other tests rely on. */
    private static final String ABSENT_ID = "987654321";

    /** A user of a role that may use the module of a path; anonymous is always tried as well. */
    private static final Map<String, String> ROLE_BY_PREFIX = new LinkedHashMap<>();

    static {
        ROLE_BY_PREFIX.put("/api/identity/", "admin");
        ROLE_BY_PREFIX.put("/api/audit/", "auditor");
        ROLE_BY_PREFIX.put("/api/personnel/", "head1");
        ROLE_BY_PREFIX.put("/api/training/", "head1");
        ROLE_BY_PREFIX.put("/api/catalog/", "head0");
        ROLE_BY_PREFIX.put("/api/publicity/", "supervisor1");
        ROLE_BY_PREFIX.put("/api/", "officer1");
        ROLE_BY_PREFIX.put("/", "officer1");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> tokens = new HashMap<>();
    private JsonNode schemas;
    private int requests;

    @AfterEach
    void forgetTheWalksRequestCounts() {
        // refused device keys and wrong complaint codes of the walk must not rate-limit the tests that follow
        jdbc.sql("delete from rate_log").update();
    }

    @Test
    void every_operation_answers_bad_input_with_a_chinese_problem_and_never_a_5xx() {
        JsonNode doc = JSON.readTree(send("GET", "/v3/api-docs", null, null, null).body());
        schemas = doc.path("components").path("schemas");
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                String method = op.getKey().toUpperCase();
                String user = path.getKey().startsWith("/api/public/") ? "officer1" : roleFor(path.getKey());
                walk(path.getKey(), method, op.getValue(), path.getValue(), user, true);
                // unauthenticated: the whole walk where no login is needed, else enough to see the 401 of each kind
                walk(path.getKey(), method, op.getValue(), path.getValue(), null,
                        path.getKey().startsWith("/api/public/") || !path.getKey().startsWith("/api/"));
            }
        }
        addressesTomcatRefuses();
        unknownPaths();

        assertThat(operations).as("operations in /v3/api-docs").isGreaterThan(80);
        assertThat(requests).as("requests sent").isGreaterThan(5_000);
        assertThat(failures).as(failures.size() + " of " + requests + " answers were 5xx or not Chinese problem+json:\n"
                + String.join("\n", failures.stream().limit(40).toList())).isEmpty();
    }

    private static String roleFor(String path) {
        return ROLE_BY_PREFIX.entrySet().stream().filter(e -> path.startsWith(e.getKey())).findFirst()
                .map(Map.Entry::getValue).orElse("officer1");
    }

    // ---- one operation

    private void walk(String template, String method, JsonNode op, JsonNode pathItem, String user, boolean full) {
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(params::add);
        JsonNode bodySchema = op.path("requestBody").path("content").path("application/json").path("schema");
        boolean hasBody = !bodySchema.isMissingNode() || method.equals("POST") || method.equals("PUT");
        String body = hasBody ? sample(bodySchema, 0).toString() : null;
        String ctype = hasBody ? "application/json" : null;

        // no query parameters at all: required ones are missing
        check(method, address(template, params, Map.of(), Map.of(), false), body, ctype, user);
        String at = address(template, params, Map.of(), Map.of(), true);
        if (!full) {
            check(method, at, hasBody ? "{bad" : null, ctype, user);
            check(hasBody ? "GET" : "PATCH", at, null, null, user);
            return;
        }
        for (JsonNode p : params) {
            String name = p.get("name").asString();
            if ("path".equals(p.path("in").asString())) {
                for (String v : List.of("-1", "0", "abc", "99999999999999999999", "2026-02-30", "%00", "a%00b",
                        "%E4%B8%AD", "1.5", "%20")) {
                    check(method, address(template, params, Map.of(name, v), Map.of(), true), body, ctype, user);
                }
            } else if ("query".equals(p.path("in").asString())) {
                for (String v : List.of("abc", "-1", "%00", "a%00b", "2026-02-30", "99999999999999999999", "",
                        "x".repeat(3_000))) {
                    check(method, address(template, params, Map.of(), Map.of(name, v), true), body, ctype, user);
                }
            }
        }
        if (hasBody) {
            for (String bad : List.of("{bad", "", "null", "[]", "\"text\"", "123", "{}", "{\"a\":\"a\\u0000b\"}",
                    "{\"a\":", JSON.writeValueAsString(HUGE))) {
                check(method, at, bad, "application/json", user);
            }
            JsonNode schema = resolve(bodySchema);
            for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
                for (Object value : badValues(resolve(field.getValue()))) {
                    ObjectNode mutated = sample(bodySchema, 0) instanceof ObjectNode o ? o : JSON.createObjectNode();
                    mutated.set(field.getKey(), JSON.valueToTree(value));
                    check(method, at, mutated.toString(), "application/json", user);
                }
            }
            for (String type : List.of("text/plain", "application/xml", "multipart/form-data; boundary=zz",
                    "application/x-www-form-urlencoded")) {
                check(method, at, "a=b", type, user);
            }
        }
        for (String wrong : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
            if (!pathItem.has(wrong.toLowerCase())) {
                check(wrong, at, wrong.equals("GET") || wrong.equals("DELETE") ? null : "{}",
                        wrong.equals("GET") || wrong.equals("DELETE") ? null : "application/json", user);
            }
        }
    }

    /**
     * The address with the given bad path or query values; other path values are ids that do not exist, and with
     * {@code required} the required query parameters get a valid value, so that the body is read too.
     */
    private String address(String template, List<JsonNode> params, Map<String, String> path, Map<String, String> query,
            boolean required) {
        String result = template;
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode p : params) {
            String name = p.get("name").asString();
            if ("path".equals(p.path("in").asString())) {
                String value = path.getOrDefault(name, validPathValue(resolve(p.path("schema"))));
                result = result.replace("{" + name + "}", value);
            } else if ("query".equals(p.path("in").asString()) && required && p.path("required").asBoolean(false)) {
                String valid = sample(p.path("schema"), 0).asString();
                values.put(name, valid.isEmpty() ? "1" : valid);
            }
        }
        values.putAll(query);
        StringBuilder q = new StringBuilder();
        values.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v));
        return result + q;
    }

    private static String validPathValue(JsonNode schema) {
        return switch (schema.path("format").asString("")) {
            case "uuid" -> "0d3c5e1a-6f7b-4c2d-9e8f-000000000000";
            case "date" -> "2026-03-02";
            default -> "integer".equals(schema.path("type").asString()) ? ABSENT_ID : "none-such";
        };
    }

    private static List<Object> badValues(JsonNode schema) {
        String type = schema.path("type").asString("");
        // a huge text where text is expected; elsewhere any text is already the wrong type
        List<Object> values = new ArrayList<>(List.of(NUL, type.equals("string") ? HUGE : "x", Map.of(), List.of(), true));
        String format = schema.path("format").asString("");
        switch (type) {
            case "integer", "number" -> values.addAll(List.of("abc", -1, new java.math.BigInteger("1" + "0".repeat(30)), 1.5));
            case "array" -> values.addAll(List.of("x", List.of(NUL), List.of(Map.of()), List.of(-1)));
            case "boolean" -> values.add("maybe");
            case "string" -> {
                values.add(123);
                if (format.equals("date")) {
                    values.addAll(List.of("2026-02-30", "2026-13-01", "x"));
                } else if (format.equals("date-time")) {
                    values.addAll(List.of("2026-02-30T10:00:00+08:00", "x"));
                }
            }
            default -> {
            }
        }
        return values;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema == null ? JSON.createObjectNode() : schema;
    }

    /** A value of the schema's shape (text "x", number 1, a date, the first enum constant). */
    private JsonNode sample(JsonNode s, int depth) {
        JsonNode schema = resolve(s);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("");
        if (schema.has("properties") || type.equals("object")) {
            ObjectNode o = JSON.createObjectNode();
            if (depth < 4) {
                schema.path("properties").properties().forEach(p -> o.set(p.getKey(), sample(p.getValue(), depth + 1)));
            }
            return o;
        }
        return switch (type) {
            case "array" -> {
                var a = JSON.createArrayNode();
                if (depth < 4) {
                    a.add(sample(schema.path("items"), depth + 1));
                }
                yield a;
            }
            case "integer" -> JSON.valueToTree(1);
            case "number" -> JSON.valueToTree(1.0);
            case "boolean" -> JSON.valueToTree(true);
            default -> JSON.valueToTree(switch (schema.path("format").asString("")) {
                case "date" -> "2026-03-02";
                case "date-time" -> "2026-03-02T10:00:00+08:00";
                case "uuid" -> "0d3c5e1a-6f7b-4c2d-9e8f-000000000000";
                default -> "x";
            });
        };
    }

    // ---- addresses refused before the application, unknown paths

    private void addressesTomcatRefuses() {
        for (String path : List.of("/api/%00", "/api/cases/%00", "/api/cases/1%00", "/%00", "/cases/%00",
                "/api/a%2Fb", "/api/a%5Cb", "/api/..;/x", "/api/a;b", "/api//x", "/api/%25", "/api/%zz",
                "/api/%E4", "/api/x|y", "/api/x{y}", "/api/a b", "/api/" + "x".repeat(10_000),
                "/api/cases?q=%00", "/api/cases?%zz=1")) {
            raw(path, "application/json");
            raw(path, "text/html");
        }
    }

    private void unknownPaths() {
        for (String user : new String[] {"officer1", null}) {
            for (String path : List.of("/api/nope", "/api/cases/1/nope", "/api/public/nope")) {
                check("GET", path, null, null, user);
                check("DELETE", path, null, null, user);
            }
        }
    }

    // ---- sending and checking

    private void check(String method, String path, String body, String contentType, String user) {
        HttpResponse<String> r = send(method, path, body, contentType, user);
        verdict(method + " " + path + (user == null ? " (anonymous)" : " as " + user)
                + (body == null ? "" : " body " + abbreviate(body)), r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""), r.body(), path.startsWith("/api/"));
    }

    private void verdict(String what, int status, String contentType, String body, boolean api) {
        requests++;
        if (status >= 500) {
            failures.add(status + " " + what + " → " + abbreviate(body));
        } else if (status >= 400 && api) {
            if (!contentType.startsWith("application/problem+json")) {
                failures.add(status + " " + contentType + " " + what + " → " + abbreviate(body));
            } else {
                String detail = JSON.readTree(body).path("detail").asString("");
                if (!CHINESE.matcher(detail).find()) {
                    failures.add(status + " English detail " + what + " → " + detail);
                }
            }
        } else if (status >= 400 && !CHINESE.matcher(body).find()) {
            failures.add(status + " page without Chinese " + what + " → " + abbreviate(body));
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401 && user != null && r.body().contains("访问令牌无效")) {
                // e.g. the walk logged its own token out: take a new one and send again
                tokens.remove(user);
                b.setHeader("Authorization", "Bearer " + token(user));
                r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token of the walk's own, so that logging it out does not touch the tokens other tests share. */
    private String token(String user) {
        return tokens.computeIfAbsent(user, u -> TestApi.anonymous(port).post("/api/auth/token",
                Map.of("username", u, "password", TestApi.DEMO_PASSWORD)).json().get("token").asString());
    }

    /** A request line as a client may really send it, which java.net.URI would refuse to build. */
    private void raw(String target, String accept) {
        try {
            RawHttp.Response r = RawHttp.get(port, target, accept);
            verdict("raw GET " + abbreviate(target) + " Accept " + accept, r.status(), r.contentType(),
                    r.contentType().startsWith("application/problem+json") ? r.json() : r.body(),
                    target.startsWith("/api/") || accept.contains("json"));
        } catch (RuntimeException e) {
            failures.add("raw GET " + abbreviate(target) + ": " + e);
        }
    }

    private static String abbreviate(String s) {
        String t = s.replace("\u0000", "\\0");
        return t.length() > 160 ? t.substring(0, 160) + "…(" + t.length() + ")" : t;
    }
}
