package org.zhifa.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's web session without a browser: the session cookie, the login form with its CSRF token, redirects not
 * followed (so that a test sees where the application sends the user).
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A session logged in through the form; fails when the login does not lead to the home page. */
    public static WebSession login(int port, String username, String password) {
        WebSession session = new WebSession(port);
        HttpResponse<String> r = session.submit("/login", Map.of("username", username, "password", password));
        if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("网页登录失败 " + username + "：" + r.statusCode() + " "
                    + r.headers().firstValue("Location").orElse(""));
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of("Accept", "text/html"));
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(b::header);
        return send(b);
    }

    /** The CSRF token of this session, as a form of a page carries it (read from the login page). */
    public String csrfToken() {
        HttpResponse<String> page = get("/login");
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("登录页没有 CSRF 令牌：" + page.statusCode());
        }
        return m.group(1);
    }

    /** Posts a form the way the page does, with the session's CSRF token. */
    public HttpResponse<String> submit(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken());
        String form = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Posts a body as it is (e.g. multipart/form-data built by the test). */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
