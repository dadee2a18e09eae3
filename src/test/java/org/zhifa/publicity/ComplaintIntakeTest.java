package org.zhifa.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Complaint intake (投诉举报, 方案 31): receipt, status look-up, attachment checks, rate limit, the queue. */
@ZhifaIntegrationTest
class ComplaintIntakeTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void clearRateLimits() {
        // every test client is 127.0.0.1: start each test with a fresh allowance
        jdbc.sql("delete from rate_log").update();
    }

    static Map<String, Object> complaint(String subject) {
        return Map.of("category", "ENFORCEMENT_CONDUCT", "subject", subject,
                "description", "执法人员在检查时态度粗暴，未出示执法证件。", "contactName", "测试人", "contactPhone",
                "13900001111");
    }

    @Test
    @DisplayName("提交后得到受理编号和查询码，凭二者查询状态；查询码错误一律 404")
    void a_complaint_gets_a_number_and_code_and_its_status_can_be_looked_up() {
        var r = TestApi.anonymous(port).post("/api/public/complaints", complaint("检查时未出示证件"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String number = r.json().get("number").asString();
        String code = r.json().get("code").asString();
        assertThat(number).startsWith("TS");
        assertThat(code).hasSize(8);

        JsonNode status = TestApi.anonymous(port).get("/api/public/complaints/" + number + "?code=" + code).json();
        assertThat(status.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(TestApi.anonymous(port).get("/api/public/complaints/" + number + "?code=WRONG123").status())
                .isEqualTo(404);
        // the contact data is encrypted at rest
        String stored = jdbc.sql("select contact_phone_enc from complaint where number = ?").param(number)
                .query(String.class).single();
        assertThat(stored).doesNotContain("13900001111");

        // the supervision bureau sees it in its queue and acknowledges it
        TestApi supervisor = TestApi.as(port, "supervisor1");
        JsonNode queue = supervisor.get("/api/publicity/complaints?q=" + number).json();
        assertThat(queue.get("total").asInt()).isEqualTo(1);
        long id = queue.get("items").get(0).get("id").asLong();
        int version = queue.get("items").get(0).get("version").asInt();
        assertThat(TestApi.as(port, "officer1").get("/api/publicity/complaints").status()).isEqualTo(403);
        var ack = supervisor.post("/api/publicity/complaints/" + id + "/acknowledge",
                Map.of("version", version, "reply", "已受理，将在十五个工作日内答复"));
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        JsonNode after = TestApi.anonymous(port).get("/api/public/complaints/" + number + "?code=" + code).json();
        assertThat(after.get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(after.get("reply").asString()).contains("已受理");
    }

    @Test
    @DisplayName("投诉举报只受理一次，办理期限自受理之日起计算：再次受理被拒绝并引用方案第31条")
    void a_complaint_is_accepted_once_per_action_plan_article_31() {
        String number = TestApi.anonymous(port).post("/api/public/complaints", complaint("重复受理测试"))
                .json().get("number").asString();
        TestApi supervisor = TestApi.as(port, "supervisor1");
        JsonNode item = supervisor.get("/api/publicity/complaints?q=" + number).json().get("items").get(0);
        long id = item.get("id").asLong();
        var first = supervisor.post("/api/publicity/complaints/" + id + "/acknowledge",
                Map.of("version", item.get("version").asInt(), "reply", "已受理（测试）"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        int version = supervisor.get("/api/publicity/complaints?q=" + number).json().get("items").get(0)
                .get("version").asInt();
        var again = supervisor.post("/api/publicity/complaints/" + id + "/acknowledge",
                Map.of("version", version, "reply", "再次受理（测试）"));
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.json().get("article").asString()).contains("行动实施方案").contains("第三十一条");
        assertThat(jdbc.sql("select count(*) from complaint_handling where number = ?").param(number)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select public_reply from complaint where number = ?").param(number)
                .query(String.class).single()).isEqualTo("已受理（测试）");
    }

    @Test
    @DisplayName("民营企业绿色通道须填写企业名称")
    void the_green_channel_needs_the_enterprise_name() {
        var r = TestApi.anonymous(port).post("/api/public/complaints", Map.of("category", "PRIVATE_ENTERPRISE",
                "subject", "重复检查", "description", "同一批货物一天内被不同单位重复检查三次。", "contactPhone", "13900001111"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("企业名称");
        var ok = TestApi.anonymous(port).post("/api/public/complaints", Map.of("category", "PRIVATE_ENTERPRISE",
                "enterpriseName", "演示民营运输有限公司（虚构）", "subject", "重复检查",
                "description", "同一批货物一天内被不同单位重复检查三次。", "contactPhone", "13900001111"));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(jdbc.sql("select green_channel from complaint where number = ?")
                .param(ok.json().get("number").asString()).query(Boolean.class).single()).isTrue();
    }

    @Test
    @DisplayName("附件按文件内容识别类型：PNG 可以，改名为 .jpg 的文本被拒绝")
    void attachments_are_checked_by_their_magic_bytes() throws Exception {
        var good = multipart(Map.of("category", "VIOLATION_REPORT", "subject", "非法营运", "description",
                "有车辆长期在火车站非法揽客营运。", "contactPhone", "13900001111"), "photo.png", PNG);
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        String number = JsonMapper.builder().build().readTree(good.body()).get("number").asString();
        assertThat(jdbc.sql("select a.media_type from complaint_attachment a join complaint c on c.id = a.complaint_id "
                + "where c.number = ?").param(number).query(String.class).single()).isEqualTo("image/png");
        // the recorded SM3 is the file's own digest (computed here with BouncyCastle, not with zhifa's helper)
        var sm3 = new org.bouncycastle.crypto.digests.SM3Digest();
        sm3.update(PNG, 0, PNG.length);
        byte[] expected = new byte[32];
        sm3.doFinal(expected, 0);
        assertThat(jdbc.sql("select a.sm3 from complaint_attachment a join complaint c on c.id = a.complaint_id "
                + "where c.number = ?").param(number).query(String.class).single())
                .isEqualTo(java.util.HexFormat.of().formatHex(expected));

        var bad = multipart(Map.of("category", "VIOLATION_REPORT", "subject", "非法营运", "description",
                "有车辆长期在火车站非法揽客营运。", "contactPhone", "13900001111"), "photo.jpg",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("不是 JPG、PNG 或 PDF");
    }

    @Test
    @DisplayName("同一地址每小时最多 5 次，超出返回 429")
    void submissions_are_rate_limited_per_address() {
        for (int i = 0; i < 5; i++) {
            assertThat(TestApi.anonymous(port).post("/api/public/complaints", complaint("限流测试 " + i)).status())
                    .isEqualTo(201);
        }
        var refused = TestApi.anonymous(port).post("/api/public/complaints", complaint("限流测试 6"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("提交过于频繁");
    }

    private HttpResponse<String> multipart(Map<String, String> fields, String filename, byte[] content)
            throws Exception {
        String boundary = "----zhifa" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var e : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                    + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/complaints"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
