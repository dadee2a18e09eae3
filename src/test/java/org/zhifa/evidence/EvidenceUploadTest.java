package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.crypto.Sm3;
import org.zhifa.evidence.internal.EvidenceProperties;
import org.zhifa.evidence.internal.UploadSessions;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Uploads against a hostile or broken client: stated digests of chunks and of the whole file, uploads whose writer
 * died, abandoned uploads, and who may read the staging files.
 */
@ZhifaIntegrationTest
class EvidenceUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UploadSessions uploads;

    @Autowired
    EvidenceProperties properties;

    @Value("${zhifa.db.data-dir}")
    Path dataDir;

    static String open(EvidenceHttp http, int size, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("fileName", "测试.mp4", "mediaType", "video/mp4",
                "size", size));
        body.putAll(extra);
        HttpResponse<byte[]> opened = postJson(http, "/api/evidence/uploads", body);
        assertThat(opened.statusCode()).as(new String(opened.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return EvidenceHttp.json(opened).get("id").asString();
    }

    /** Opens an upload and sends all of {@code content} in one chunk; returns the upload id (not completed). */
    static String uploadBytes(EvidenceHttp http, byte[] content) {
        String id = open(http, content.length, Map.of());
        HttpResponse<byte[]> r = http.putBytes("/api/evidence/uploads/" + id + "/chunks?offset=0", content);
        assertThat(r.statusCode()).isEqualTo(200);
        return id;
    }

    static HttpResponse<byte[]> postJson(EvidenceHttp http, String path, Object body) {
        return http.send(http.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestApi.toJson(body))));
    }

    private static HttpResponse<byte[]> chunk(EvidenceHttp http, String id, long offset, byte[] bytes,
            Map<String, String> headers) {
        HttpRequest.Builder b = http.request("/api/evidence/uploads/" + id + "/chunks?offset=" + offset)
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(b::header);
        return http.send(b);
    }

    private static HttpResponse<byte[]> complete(EvidenceHttp http, String id, Map<String, Object> meta,
            Map<String, String> headers) {
        HttpRequest.Builder b = http.request("/api/evidence/uploads/" + id + "/complete")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestApi.toJson(meta)));
        headers.forEach(b::header);
        return http.send(b);
    }

    private Map<String, Object> meta() {
        return EvidenceApiTest.metadata(EvidenceCases.of(jdbc, "officer1", EvidenceCases.ANY), false);
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private Path staged(String id) {
        return dataDir.resolve("evidence/tmp/upload-" + id + ".part");
    }

    @Test
    void a_chunk_whose_stated_digest_differs_is_refused_and_the_upload_stays_open() throws Exception {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        byte[] content = EvidenceApiTest.randomBytes(40_000, 31);
        byte[] first = Arrays.copyOfRange(content, 0, 20_000);
        byte[] second = Arrays.copyOfRange(content, 20_000, 40_000);
        String id = open(http, content.length, Map.of());
        assertThat(chunk(http, id, 0, first, Map.of("X-Chunk-SM3", Sm3.hex(first))).statusCode()).isEqualTo(200);

        // the second chunk arrives damaged: its stated digests are of the bytes the client meant to send
        byte[] damaged = second.clone();
        damaged[100] ^= 1;
        HttpResponse<byte[]> refused = chunk(http, id, 20_000, damaged,
                Map.of("X-Chunk-SM3", Sm3.hex(second), "X-Chunk-SHA256", sha256(second)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = EvidenceHttp.json(refused);
        assertThat(problem.get("detail").asString()).contains("SM3 与声明不符").contains("该分片未保存")
                .contains("请从第 20000 字节重新发送");
        assertThat(problem.get("fields").has("X-Chunk-SM3")).isTrue();
        assertThat(problem.get("fields").has("X-Chunk-SHA256")).isTrue();
        assertThat(problem.get("received").asLong()).isEqualTo(20_000);
        JsonNode status = EvidenceHttp.json(http.get("/api/evidence/uploads/" + id, null));
        assertThat(status.get("status").asString()).isEqualTo("OPEN");
        assertThat(status.get("received").asLong()).isEqualTo(20_000);
        assertThat(Files.size(staged(id))).isEqualTo(20_000);

        // the correct bytes go through on the same upload, and the stored file is exactly the content
        assertThat(chunk(http, id, 20_000, second, Map.of("X-Chunk-SHA256", sha256(second))).statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> done = complete(http, id, meta(), Map.of("X-File-SM3", Sm3.hex(content)));
        assertThat(done.statusCode()).as(new String(done.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        assertThat(EvidenceHttp.json(done).get("contentSm3").asString()).isEqualTo(Sm3.hex(content));
        assertThat(EvidenceCases.audited(jdbc, "EVIDENCE_UPLOAD_DIGEST_MISMATCH", id)).isEqualTo(1);
    }

    @Test
    void a_whole_file_whose_stated_digest_differs_is_refused_and_the_same_upload_takes_the_correct_bytes()
            throws Exception {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        byte[] content = EvidenceApiTest.randomBytes(30_000, 32);
        byte[] wrong = content.clone();
        wrong[29_999] ^= 1;
        String id = open(http, content.length, Map.of("sm3", Sm3.hex(content).toUpperCase()));
        assertThat(chunk(http, id, 0, wrong, Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> refused = complete(http, id, meta(), Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = EvidenceHttp.json(refused);
        assertThat(problem.get("detail").asString()).contains("文件的 SM3 与声明不符").contains("文件未保存")
                .contains("从第 0 字节重新上传");
        assertThat(problem.get("received").asLong()).isZero();
        assertThat(jdbc.sql("select count(*) from evidence_item where content_sm3 = ?").param(Sm3.hex(wrong))
                .query(Long.class).single()).isZero();

        // a digest stated twice must agree
        assertThat(chunk(http, id, 0, content, Map.of()).statusCode()).isEqualTo(200);
        assertThat(complete(http, id, meta(), Map.of("X-File-SM3", Sm3.hex(wrong))).statusCode()).isEqualTo(400);
        // the same upload, now holding the right bytes, completes
        HttpResponse<byte[]> done = complete(http, id, meta(), Map.of("X-File-SHA256", sha256(content)));
        assertThat(done.statusCode()).as(new String(done.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        assertThat(EvidenceHttp.json(done).get("contentSm3").asString()).isEqualTo(Sm3.hex(content));
    }

    @Test
    void a_malformed_stated_digest_is_a_400_naming_the_header() {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        String id = open(http, 10, Map.of());
        HttpResponse<byte[]> r = chunk(http, id, 0, new byte[10], Map.of("X-Chunk-SM3", "not-a-digest"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(EvidenceHttp.json(r).get("fields").get("X-Chunk-SM3").asString()).contains("64 位十六进制");
        HttpResponse<byte[]> o = postJson(http, "/api/evidence/uploads", Map.of("fileName", "a.mp4", "size", 1,
                "sha256", "12"));
        assertThat(o.statusCode()).isEqualTo(400);
        assertThat(EvidenceHttp.json(o).get("fields").get("sha256").asString()).contains("64 位十六进制");
    }

    @Test
    void the_stated_digest_headers_and_fields_are_documented_in_openapi() {
        String docs = TestApi.as(port, "officer1").get("/v3/api-docs").body();
        assertThat(docs).contains("X-Chunk-SM3").contains("X-Chunk-SHA256").contains("X-File-SM3")
                .contains("X-File-SHA256").contains("整个文件的 SM3").contains("/api/evidence/uploads/{id}/reclaim")
                .contains("/api/evidence/{id}/repair");
    }

    @Test
    void a_multipart_upload_with_a_wrong_stated_digest_stores_nothing() throws Exception {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        byte[] content = "一份现场照片（测试）".repeat(50).getBytes(StandardCharsets.UTF_8);
        String boundary = "----zhifa" + System.nanoTime();
        StringBuilder b = new StringBuilder();
        Map<String, String> fields = Map.of("kind", "DOCUMENTARY", "title", "现场照片（摘要不符测试）",
                "collectedAt", "2025-03-01T09:30:00", "sm3", "00".repeat(32));
        fields.forEach((k, v) -> b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.txt\"\r\n")
                .append("Content-Type: text/plain\r\n\r\n").append(new String(content, StandardCharsets.UTF_8))
                .append("\r\n--").append(boundary).append("--\r\n");
        HttpResponse<byte[]> r = http.send(http.request("/api/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(EvidenceHttp.json(r).get("detail").asString()).contains("SM3 与声明不符").contains("文件未保存");
        String sm3 = Sm3.hex(content);
        assertThat(Files.exists(dataDir.resolve("evidence/objects").resolve(sm3.substring(0, 2))
                .resolve(sm3.substring(2, 4)).resolve(sm3))).isFalse();
    }

    @Test
    void abandoned_uploads_expire_after_the_setting_and_their_staging_files_are_removed() throws Exception {
        assertThat(properties.uploadExpiry()).isEqualTo(Duration.ofDays(7));
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        String abandoned = open(http, 1000, Map.of());
        String recent = open(http, 1000, Map.of());
        assertThat(chunk(http, abandoned, 0, new byte[400], Map.of()).statusCode()).isEqualTo(200);
        assertThat(chunk(http, recent, 0, new byte[400], Map.of()).statusCode()).isEqualTo(200);
        Instant now = Instant.now();
        jdbc.sql("update evidence_upload set updated_at = ? where id = ?")
                .params(OffsetDateTime.ofInstant(now.minus(Duration.ofDays(8)), ZoneOffset.UTC), UUID.fromString(abandoned))
                .update();
        jdbc.sql("update evidence_upload set updated_at = ? where id = ?")
                .params(OffsetDateTime.ofInstant(now.minus(Duration.ofDays(6)), ZoneOffset.UTC), UUID.fromString(recent))
                .update();
        Path orphan = dataDir.resolve("evidence/tmp/put-left-by-a-crash.part");
        Files.write(orphan, new byte[] {1});
        Files.setLastModifiedTime(orphan, FileTime.from(now.minus(Duration.ofDays(9))));

        assertThat(uploads.expireAbandoned()).isGreaterThanOrEqualTo(1);

        assertThat(EvidenceHttp.json(http.get("/api/evidence/uploads/" + abandoned, null)).get("status").asString())
                .isEqualTo("EXPIRED");
        assertThat(Files.exists(staged(abandoned))).isFalse();
        assertThat(Files.exists(orphan)).isFalse();
        HttpResponse<byte[]> late = chunk(http, abandoned, 400, new byte[10], Map.of());
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(EvidenceHttp.json(late).get("detail").asString()).contains("已过期");
        assertThat(EvidenceCases.audited(jdbc, "EVIDENCE_UPLOAD_EXPIRED", abandoned)).isEqualTo(1);

        JsonNode kept = EvidenceHttp.json(http.get("/api/evidence/uploads/" + recent, null));
        assertThat(kept.get("status").asString()).isEqualTo("OPEN");
        assertThat(Instant.parse(kept.get("expiresAt").asString())).isBetween(now.plus(Duration.ofHours(23)),
                now.plus(Duration.ofHours(25)));
        assertThat(Files.size(staged(recent))).isEqualTo(400);
    }

    @Test
    void an_upload_whose_writer_died_is_reclaimed_by_its_owner_without_waiting_for_the_lease() {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        byte[] content = EvidenceApiTest.randomBytes(6_000, 33);
        String id = open(http, content.length, Map.of());
        assertThat(chunk(http, id, 0, Arrays.copyOfRange(content, 0, 3_000), Map.of()).statusCode()).isEqualTo(200);
        // The instance writing the next chunk was killed: the row says WRITING under a fresh lease, nobody holds the file.
        jdbc.sql("update evidence_upload set status = 'WRITING', lease = ?, updated_at = now() where id = ?")
                .params(UUID.randomUUID(), UUID.fromString(id)).update();

        HttpResponse<byte[]> blocked = chunk(http, id, 3_000, Arrays.copyOfRange(content, 3_000, 6_000), Map.of());
        assertThat(blocked.statusCode()).isEqualTo(409);
        assertThat(EvidenceHttp.json(blocked).get("detail").asString()).contains("/reclaim");
        // only the uploader may re-claim it
        assertThat(postJson(EvidenceHttp.as(port, "officer2"), "/api/evidence/uploads/" + id + "/reclaim", Map.of())
                .statusCode()).isEqualTo(404);
        HttpResponse<byte[]> reclaimed = postJson(http, "/api/evidence/uploads/" + id + "/reclaim", Map.of());
        assertThat(reclaimed.statusCode()).isEqualTo(200);
        assertThat(EvidenceHttp.json(reclaimed).get("status").asString()).isEqualTo("OPEN");
        assertThat(EvidenceHttp.json(reclaimed).get("received").asLong()).isEqualTo(3_000);
        assertThat(chunk(http, id, 3_000, Arrays.copyOfRange(content, 3_000, 6_000), Map.of()).statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> done = complete(http, id, meta(), Map.of("X-File-SM3", Sm3.hex(content)));
        assertThat(done.statusCode()).isEqualTo(201);
        assertThat(EvidenceCases.audited(jdbc, "EVIDENCE_UPLOAD_RECLAIMED", id)).isEqualTo(1);
    }

    @Test
    void a_writer_that_is_still_alive_is_never_cut_off_by_a_reclaim() throws Exception {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        String id = open(http, 100, Map.of());
        assertThat(chunk(http, id, 0, new byte[50], Map.of()).statusCode()).isEqualTo(200);
        jdbc.sql("update evidence_upload set status = 'WRITING', lease = ?, updated_at = now() where id = ?")
                .params(UUID.randomUUID(), UUID.fromString(id)).update();
        // a live writer holds the staging file's lock
        try (FileChannel ch = FileChannel.open(staged(id), StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            HttpResponse<byte[]> refused = postJson(http, "/api/evidence/uploads/" + id + "/reclaim", Map.of());
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(EvidenceHttp.json(refused).get("detail").asString()).contains("仍在接收分片");
            assertThat(chunk(http, id, 50, new byte[50], Map.of()).statusCode()).isEqualTo(409);
        }
        assertThat(EvidenceHttp.json(http.get("/api/evidence/uploads/" + id, null)).get("status").asString())
                .isEqualTo("WRITING");
    }

    @Test
    void upload_staging_files_and_their_directory_are_owner_only() throws Exception {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        String id = open(http, 100, Map.of());
        assertThat(chunk(http, id, 0, new byte[10], Map.of()).statusCode()).isEqualTo(200);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(staged(id)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(staged(id).getParent())))
                .isEqualTo("rwx------");
        Path key = dataDir.resolve("keys/evidence-log-sm2.pem");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }
}
