package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import tools.jackson.databind.JsonNode;

/** Walks cases through the API as the demo users. */
final class CaseFlow {

    final int port;
    final JdbcClient jdbc;

    CaseFlow(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    long officerId(String username) {
        return jdbc.sql("select o.id from officer o join user_account u on u.id = o.user_id where u.username = :u")
                .param("u", username).query(Long.class).single();
    }

    /** A fictitious citizen ID with a valid GB 11643 check character (area 632890 does not exist). */
    static String citizenId(int n) {
        String first17 = "632890" + "1985" + String.format("%02d", 1 + n % 12) + "15" + String.format("%03d", n % 1000);
        return first17 + org.zhifa.personnel.IdCardNumber.checkCharacter(first17);
    }

    Map<String, Object> draft(String violation, LocalDate act, int n) {
        Map<String, Object> d = new HashMap<>();
        d.put("source", "INSPECTION");
        d.put("violationCodes", List.of(violation));
        d.put("actDate", act.toString());
        d.put("discoveredOn", act.toString());
        d.put("place", "G315线 K" + (700 + n) + "+200 处（测试）");
        d.put("facts", "当事人在公路上堆放物品，影响公路畅通（测试数据）");
        d.put("partyKind", "CITIZEN");
        d.put("partyName", "测试当事人" + n);
        d.put("partyIdNumber", citizenId(n));
        d.put("partyAddress", "青海省海西州德令哈市测试路" + n + "号");
        d.put("plateNumber", "青H" + String.format("%05d", n % 100000));
        d.put("officerIds", List.of(officerId("officer2")));
        d.put("discretionFacts", Map.of("damage_area_m2", 10, "traffic_affected", false));
        return d;
    }

    JsonNode create(Map<String, Object> draft) {
        var r = TestApi.as(port, "officer1").post("/api/cases", draft);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    JsonNode get(long id) {
        var r = TestApi.as(port, "officer1").get("/api/cases/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    int version(long id) {
        return get(id).get("version").asInt();
    }

    TestApi.Response step(String user, long id, String name, Map<String, Object> body) {
        Map<String, Object> b = new HashMap<>(body);
        b.putIfAbsent("version", version(id));
        return TestApi.as(port, user).post("/api/cases/" + id + "/transitions/" + name, b);
    }

    JsonNode ok(String user, long id, String name, Map<String, Object> body) {
        var r = step(user, id, name, body);
        assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    String refused(String user, long id, String name, Map<String, Object> body) {
        var r = step(user, id, name, body);
        assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(422);
        return r.json().get("article").asString();
    }

    /** An ordinary case filed and investigated on the given dates, concluded with a fine. */
    long investigated(String violation, LocalDate act, int n, long fineYuan, Map<String, Object> extra) {
        long id = create(draft(violation, act, n)).get("id").asLong();
        ok("officer1", id, "submit-filing", Map.of("date", act.toString()));
        ok("head1", id, "approve-filing", Map.of("date", act.toString()));
        ok("officer1", id, "record-investigation", Map.of("date", act.toString(), "recordKind", "SITE",
                "content", "现场检查发现当事人在公路上堆放砂石（测试）"));
        Map<String, Object> c = new HashMap<>(Map.of("date", act.plusDays(1).toString(), "outcome", "PENALTY",
                "penaltyKinds", List.of("FINE"), "amountYuan", fineYuan, "reason", "按违法情节确定（测试）"));
        c.putAll(extra);
        ok("officer1", id, "conclude-investigation", c);
        ok("officer1", id, "submit-review", Map.of("date", act.plusDays(1).toString()));
        return id;
    }

    /** Uploads a continuous audio-video record linked to the case (evidence module, 处罚法 Art. 47). */
    void uploadRecording(long caseId) throws Exception {
        String token = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", "officer1",
                "password", TestApi.DEMO_PASSWORD)).json().get("token").asString();
        String boundary = "----zhifa" + System.nanoTime();
        StringBuilder b = new StringBuilder();
        Map<String, String> fields = Map.of("kind", "AUDIO_VIDEO", "title", "听证全程录像（测试）",
                "continuousRecording", "true", "targetType", "CASE", "targetId", Long.toString(caseId),
                "collectedAt", "2026-09-18T09:30:00", "place", "听证室", "device", "执法记录仪 T-01");
        fields.forEach((k, v) -> b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"h.mp4\"\r\n")
                .append("Content-Type: video/mp4\r\n\r\n").append("fake-video-bytes-").append(caseId).append("\r\n--")
                .append(boundary).append("--\r\n");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/evidence"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(b.toString())).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
