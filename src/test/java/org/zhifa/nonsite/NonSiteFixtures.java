package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhifa.common.ChinaTime;
import org.zhifa.testsupport.TestApi;

/** Devices and records for the non-site integration tests (and the durability test of the packaged jar). */
public final class NonSiteFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public record Device(long id, String code, String apiKey) {
    }

    private NonSiteFixtures() {
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
    }

    /** A weigh-in-motion device of unit 11 that passed both reviews, is signed, published and verified. */
    public static Device usableWim(int port) {
        Device d = create(port, "WIM", true);
        review(port, d.id(), "LEGAL", true);
        review(port, d.id(), "TECHNICAL", true);
        var got = TestApi.as(port, "officer1").get("/api/nonsite/devices/" + d.id()).json();
        int version = got.get("device").get("version").asInt();
        var r = TestApi.as(port, "officer1").post("/api/nonsite/devices/" + d.id() + "/publication",
                Map.of("publishedOn", LocalDate.now(ChinaTime.ZONE).minusDays(30).toString(), "publishedWhere", "海西州交通运输局门户网站",
                        "version", version));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("usableToday").asBoolean()).as(r.body()).isTrue();
        return d;
    }

    static Device create(int port, String kind, boolean signed) {
        String code = uniqueCode("T");
        Map<String, Object> form = new HashMap<>();
        form.put("code", code);
        form.put("name", "测试称重点 " + code);
        form.put("kind", kind);
        form.put("road", "G315");
        form.put("stake", "K" + (2000 + SEQ.get()) + "+300");
        form.put("direction", "往格尔木方向");
        form.put("unitId", 11);
        form.put("accuracyClass", 5);
        form.put("certNumber", "JD-2024-" + code);
        form.put("certDate", LocalDate.now(ChinaTime.ZONE).minusYears(1).toString());
        form.put("certExpiry", LocalDate.now(ChinaTime.ZONE).plusYears(1).toString());
        if (signed) {
            form.put("signagePhoto", "/nonsite/signs/" + code + ".jpg");
        }
        var r = TestApi.as(port, "officer1").post("/api/nonsite/devices", form);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Device(r.json().get("device").get("id").asLong(), code, r.json().get("apiKey").asString());
    }

    static void review(int port, long id, String kind, boolean passed) {
        var r = TestApi.as(port, "head1").post("/api/nonsite/devices/" + id + "/reviews",
                Map.of("kind", kind, "reviewer", "审核人（测试）", "reviewedOn", LocalDate.now(ChinaTime.ZONE).minusDays(60).toString(),
                        "passed", passed, "opinion", passed ? "符合要求" : "不符合要求"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    public static String record(String id, Instant at, String plate, int axles, int gross) {
        return """
                {"recordId":"%s","detectedAt":"%s","lane":2,"plate":"%s","plateColour":"黄","vehicleType":"重型半挂牵引车",
                 "axles":%d,"axleGroups":"1-2-3","combination":%s,"singleDriveAxle":false,"singleTyreNonDriveAxles":0,
                 "grossMassKg":%d,"axleLoadsKg":[7000,9000,9000,8000,8000,8000],"heightM":3.9,"widthM":2.5,"lengthM":17.5,
                 "speedKmh":62,"images":["/img/a.jpg","/img/b.jpg"],"video":"/video/v.mp4"}
                """.formatted(id, at, plate, axles, axles >= 3, gross);
    }

    static TestApi.Response push(int port, String key, String body) {
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/nonsite/records"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (key != null) {
                b.header("X-Device-Key", key);
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new TestApi.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page as a logged-in user sees it (HTML). */
    static TestApi.Response page(int port, String user, String path) {
        String token = TestApi.as(port, user).post("/api/auth/token",
                Map.of("username", user, "password", TestApi.DEMO_PASSWORD)).json().get("token").asString();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new TestApi.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A multipart upload of one file field named "file" with a bearer token. */
    static TestApi.Response upload(int port, String user, String path, String fileName, String content) {
        String token = TestApi.as(port, user).post("/api/auth/token",
                Map.of("username", user, "password", TestApi.DEMO_PASSWORD)).json().get("token").asString();
        String boundary = "----zhifa" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new TestApi.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
