package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import tools.jackson.databind.JsonNode;

/**
 * Walks cases through the API as the demo users, with each step's own input. Acts dated more than three days ago are
 * entered late: the flow gives the 补录 reason then, as an officer would have to.
 */
public final class CaseFlow {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final int port;
    final JdbcClient jdbc;

    public CaseFlow(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    public long officerId(String username) {
        return jdbc.sql("select o.id from officer o join user_account u on u.id = o.user_id where u.username = :u")
                .param("u", username).query(Long.class).single();
    }

    /** A fictitious citizen ID with a valid GB 11643 check character (area 632890 does not exist). */
    static String citizenId(int n) {
        String first17 = "632890" + "1985" + String.format("%02d", 1 + n % 12) + "15" + String.format("%03d", n % 1000);
        return first17 + org.zhifa.personnel.IdCardNumber.checkCharacter(first17);
    }

    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    public Map<String, Object> facts(String violation, LocalDate act, int n) {
        return map("source", "INSPECTION", "category", "HIGHWAY_ADMINISTRATION", "violationCodes", List.of(violation),
                "actDate", act.toString(), "actTime", "09:30", "place", "G315线 K" + (700 + n) + "+200 处（测试）",
                "discoveredOn", act.toString(), "facts", "当事人在公路上堆放物品，影响公路畅通（测试数据）", "seriousHarm", false,
                "party", map("kind", "CITIZEN", "name", "测试当事人" + n, "idNumber", citizenId(n),
                        "address", "青海省海西州德令哈市测试路" + n + "号"),
                "plateNumber", "青H" + String.format("%05d", n % 100000), "officerIds", List.of(officerId("officer2")));
    }

    public Map<String, Object> draft(String violation, LocalDate act, int n) {
        return withLate(map("actedOn", act.toString(), "act", facts(violation, act, n)));
    }

    public JsonNode create(Map<String, Object> draft) {
        var r = TestApi.as(port, "officer1").post("/api/cases", draft);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    public JsonNode get(long id) {
        var r = TestApi.as(port, "officer1").get("/api/cases/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    int version(long id) {
        return get(id).get("version").asInt();
    }

    /** The 补录 reason when the act lies more than three days back. */
    static Map<String, Object> withLate(Map<String, Object> body) {
        Map<String, Object> b = new HashMap<>(body);
        Object on = b.get("actedOn");
        if (on != null && LocalDate.parse(on.toString()).plusDays(3).isBefore(LocalDate.now(ZONE))) {
            b.putIfAbsent("lateReason", "测试数据事后录入");
        }
        return b;
    }

    TestApi.Response step(String user, long id, String name, Map<String, Object> body) {
        Map<String, Object> b = withLate(body);
        b.putIfAbsent("version", version(id));
        return TestApi.as(port, user).post("/api/cases/" + id + "/transitions/" + name, b);
    }

    public JsonNode ok(String user, long id, String name, Map<String, Object> body) {
        var r = step(user, id, name, body);
        assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    String refused(String user, long id, String name, Map<String, Object> body) {
        var r = step(user, id, name, body);
        assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(422);
        return r.json().get("article").asString();
    }

    // —— the inputs of the ordinary steps, every fact given ——

    public static Map<String, Object> on(LocalDate d, Object... kv) {
        Map<String, Object> m = map(kv);
        m.put("actedOn", d.toString());
        return m;
    }

    Map<String, Object> inquiry(LocalDate d) {
        return on(d, "startTime", "09:10", "endTime", "09:40", "place", "德令哈市交通运输综合行政执法大队询问室（测试）",
                "officerIds", List.of(officerId("officer1"), officerId("officer2")), "recorderId", officerId("officer2"),
                "credentialsShown", true, "intervieweeName", "测试当事人", "relation", "当事人", "intervieweeSex", "MALE",
                "intervieweeAge", 40, "intervieweeWorkplace", "无", "intervieweeAddress", "青海省德令哈市测试路1号（测试）",
                "qa", List.of(map("question", "你是否在公路上堆放砂石？（测试）", "answer", "是的。（测试）")));
    }

    Map<String, Object> site(LocalDate d, String who) {
        return on(d, "startTime", "14:00", "endTime", "14:30", "place", "G315线 K701（测试）",
                "officerIds", List.of(officerId("officer1"), officerId(who)), "recorderId", officerId("officer1"),
                "credentialsShown", true, "content", "现场检查发现砂石堆放约10平方米（测试）");
    }

    static Map<String, Object> conclude(LocalDate d, long yuan) {
        return on(d, "facts", "查明当事人在公路上堆放砂石约10平方米（测试）", "evidence", "询问笔录一份（测试）", "outcome", "PENALTY",
                "penaltyKinds", List.of("FINE"), "amountYuan", yuan, "discretionFacts",
                map("damage_area_m2", 10, "traffic_affected", false), "discretionReason", "按违法情节确定（测试）",
                "amountReason", "按违法情节确定（测试）", "complexCase", false);
    }

    static Map<String, Object> direct(LocalDate d) {
        return map("method", "DIRECT", "servedAt", d + "T10:00", "place", "德令哈市交通运输综合行政执法大队（测试）",
                "recipient", "测试当事人", "signedBy", "测试当事人");
    }

    static Map<String, Object> decide(LocalDate d, long yuan) {
        return on(d, "outcome", "PENALTY", "penaltyKinds", List.of("FINE"), "amountYuan", yuan);
    }

    /** An ordinary case filed and investigated on the given dates, concluded with a fine and submitted for review. */
    /** Filed on {@code act} by officer1 with head1's approval, one inquiry recorded: a case under investigation. */
    long filed(String violation, LocalDate act, int n) {
        long id = create(draft(violation, act, n)).get("id").asLong();
        ok("officer1", id, "submit-filing", on(act, "opinion", "建议立案（测试）"));
        ok("head1", id, "approve-filing", on(act, "opinion", "同意立案（测试）"));
        ok("officer1", id, "record-inquiry", inquiry(act));
        return id;
    }

    /** The text of the case's first issued document of a type, whitespace removed. */
    static String documentText(org.zhifa.documents.EnforcementDocuments documents, long caseId, String type)
            throws Exception {
        var d = documents.list("CASE:" + caseId).stream().filter(x -> x.type().name().equals(type)).findFirst()
                .orElseThrow();
        return String.join("", org.zhifa.documents.PdfPages.texts(documents.pdf(d.id()))).replaceAll("\\s+", "");
    }

    long investigated(String violation, LocalDate act, int n, long fineYuan, Map<String, Object> extra) {
        long id = filed(violation, act, n);
        Map<String, Object> c = conclude(act.plusDays(1), fineYuan);
        c.putAll(extra);
        ok("officer1", id, "conclude-investigation", c);
        ok("officer1", id, "submit-review", on(act.plusDays(1)));
        return id;
    }

    /** Investigated, approved for notice, the notice issued and served directly on {@code served}. */
    long notified(String violation, LocalDate act, int n, long fineYuan, LocalDate served) {
        long id = investigated(violation, act, n, fineYuan, Map.of());
        ok("head1", id, "approve-notice", on(act.plusDays(1), "opinion", "事实清楚，同意告知（测试）"));
        ok("officer1", id, "issue-notice", on(served));
        ok("officer1", id, "serve-notice", on(served, "service", direct(served)));
        return id;
    }

    /** Notified, the statement waived, decided and the decision served on {@code decided}. */
    long decidedAndServed(String violation, LocalDate act, int n, long fineYuan, LocalDate served, LocalDate decided) {
        long id = notified(violation, act, n, fineYuan, served);
        ok("officer1", id, "waive-statement", on(served, "form", "WRITTEN", "declaration", "放弃陈述申辩（测试）"));
        ok("officer1", id, "ready-for-decision", on(served));
        ok("head1", id, "decide", decide(decided, fineYuan));
        ok("officer1", id, "serve-decision", on(decided, "service", direct(decided)));
        return id;
    }

    /** Uploads a continuous audio-video record linked to the case (evidence module, 处罚法 Art. 47). */
    void uploadRecording(long caseId) throws Exception {
        var response = upload(caseId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** The evidence module's answer to an upload linked to the case. */
    java.net.http.HttpResponse<String> upload(long caseId) throws Exception {
        return upload(caseId, "全程录像（测试）");
    }

    /** Uploads a continuous audio-video record with this title (and content of its own) linked to the case. */
    public java.net.http.HttpResponse<String> upload(long caseId, String title) throws Exception {
        String token = TestApi.anonymous(port).post("/api/auth/token", Map.of("username", "officer1",
                "password", TestApi.DEMO_PASSWORD)).json().get("token").asString();
        String boundary = "----zhifa" + System.nanoTime();
        StringBuilder b = new StringBuilder();
        Map<String, String> fields = Map.of("kind", "AUDIO_VIDEO", "title", title,
                "continuousRecording", "true", "targetType", "CASE", "targetId", Long.toString(caseId),
                "collectedAt", "2026-09-18T09:30:00", "place", "听证室", "device", "执法记录仪 T-01");
        fields.forEach((k, v) -> b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"h.mp4\"\r\n")
                .append("Content-Type: video/mp4\r\n\r\n").append("fake-video-bytes-").append(caseId).append(title).append("\r\n--")
                .append(boundary).append("--\r\n");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/evidence"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(b.toString())).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
