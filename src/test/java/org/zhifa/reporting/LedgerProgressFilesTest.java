package org.zhifa.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhifa.reporting.internal.Ledger;
import org.zhifa.testsupport.TestAccounts;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files as evidence of a unit's progress in the action-plan ledger: the unit's head uploads them while the entry awaits
 * review, each stored once under its SM3 digest; they are listed with the entry (beside the names and links) and
 * downloaded by those who may read the unit's ledger.
 */
@ZhifaIntegrationTest
class LedgerProgressFilesTest {

    static final byte[] PDF = "%PDF-1.4\n% 台账佐证材料（测试）\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ledger ledger;
    @Autowired
    PasswordEncoder encoder;

    private String token(String user) {
        return TestApi.anonymous(port).post("/api/auth/token", Map.of("username", user, "password",
                TestApi.DEMO_PASSWORD)).json().get("token").asString();
    }

    private HttpResponse<String> upload(String user, long progressId, String filename, byte[] content) throws Exception {
        String boundary = "----zhifa" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reporting/ledger/progress/"
                        + progressId + "/files")).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String user, long fileId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reporting/ledger/files/"
                + fileId)).header("Authorization", "Bearer " + token(user)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sm3(byte[] content) {
        SM3Digest d = new SM3Digest();
        d.update(content, 0, content.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    @Test
    void theUnitHeadUploadsProgressFilesStoredUnderTheirSm3AndReadersDownloadThem() throws Exception {
        long plan = jdbc.sql("select id from action_plan where code = '西交运字〔2024〕50号'").query(Long.class).single();
        long task = jdbc.sql("select id from action_task where plan_id = ? and number = 8").param(plan)
                .query(Long.class).single();
        long entry = ledger.record(LedgerTest.actor("head1", 10, "UNIT_HEAD"), task, 10, 2025, "IN_PROGRESS",
                "正在推进（佐证材料测试）", List.of(new Ledger.Evidence("工作方案（纸质）", null)));

        var created = upload("head1", entry, "工作方案.pdf", PDF);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode file = JsonMapper.builder().build().readTree(created.body());
        assertThat(file.get("sm3").asString()).isEqualTo(sm3(PDF));
        assertThat(file.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("filename").asString()).isEqualTo("工作方案.pdf");
        // the same content again: a second attachment, the content stored once
        assertThat(upload("head1", entry, "工作方案（副本）.pdf", PDF).statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from ledger_file_content where sm3 = ?").param(sm3(PDF))
                .query(Long.class).single()).isEqualTo(1);
        // by content, not by name; only the unit's own head
        var text = upload("head1", entry, "伪装.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("PDF");
        assertThat(upload("officer1", entry, "a.pdf", PDF).statusCode()).isEqualTo(403);
        TestAccounts.create(jdbc, encoder, "rp-file-head-20", 20, "UNIT_HEAD", true);
        assertThat(upload("rp-file-head-20", entry, "a.pdf", PDF).statusCode()).isEqualTo(403);

        // listed with the entry, beside its names and links
        JsonNode lines = TestApi.as(port, "supervisor1").get("/api/reporting/ledger?unitId=10&year=2025").json();
        JsonNode listed = null;
        for (JsonNode line : lines) {
            for (JsonNode p : line.get("progress")) {
                if (p.get("id").asLong() == entry) {
                    listed = p;
                }
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("evidence").get(0).get("label").asString()).isEqualTo("工作方案（纸质）");
        assertThat(listed.get("files")).hasSize(2);

        // downloaded by the bureau and the unit's head, not by another unit's head
        var got = download("supervisor1", file.get("id").asLong());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(PDF);
        assertThat(got.headers().firstValue("X-Content-SM3")).hasValue(sm3(PDF));
        assertThat(download("head1", file.get("id").asLong()).statusCode()).isEqualTo(200);
        assertThat(download("rp-file-head-20", file.get("id").asLong()).statusCode()).isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'LEDGER_PROGRESS_FILE_ADDED' and object_id = ?")
                .param(Long.toString(entry)).query(Long.class).single()).isEqualTo(2);

        // once reviewed, the entry takes no more files
        ledger.review(LedgerTest.actor("supervisor1", 2, "SUPERVISOR"), entry, "ACCEPTED", "佐证齐全（测试）");
        assertThat(upload("head1", entry, "补充.pdf", PDF).statusCode()).isEqualTo(409);
    }
}
