package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.PolicyDecision;
import org.zhifa.crypto.Sm3;
import org.zhifa.evidence.log.LogHash;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.verify.EvidenceVerifier;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Chunked upload with a resume, range playback and its audit, proofs checked offline, stored heads only, correction,
 * the recording rule.
 */
@ZhifaIntegrationTest
class EvidenceApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingRequirementPolicy recordingPolicy;

    @TempDir
    Path dir;

    private String anyCase() {
        return EvidenceCases.of(jdbc, "officer1", EvidenceCases.ANY);
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static Map<String, Object> metadata(String caseId, boolean continuous) {
        return Map.of("kind", "AUDIO_VIDEO", "title", "现场执法记录仪视频（测试）", "description", "虚构的测试数据",
                "collectedAt", "2025-03-01T09:30:00", "place", "德令哈市（虚构）", "device", "DSJ-TEST-0001",
                "continuousRecording", continuous, "links", List.of(Map.of("targetType", "CASE", "targetId", caseId)));
    }

    /** Uploads through the chunked API, breaking the connection once in the middle and resuming. */
    static JsonNode uploadChunked(EvidenceHttp http, byte[] content, Map<String, Object> meta) {
        HttpResponse<byte[]> opened = http.send(http.request("/api/evidence/uploads")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestApi.toJson(
                        Map.of("fileName", "现场视频.mp4", "mediaType", "video/mp4", "size", content.length)))));
        assertThat(opened.statusCode()).isEqualTo(201);
        String id = EvidenceHttp.json(opened).get("id").asString();
        int half = content.length / 2;

        HttpResponse<byte[]> first = http.putBytes("/api/evidence/uploads/" + id + "/chunks?offset=0",
                Arrays.copyOfRange(content, 0, half));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(EvidenceHttp.json(first).get("received").asLong()).isEqualTo(half);

        // The connection breaks in the middle of the second chunk: the server keeps only what it confirmed.
        InputStream breaking = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 5000) {
                    return content[half + sent - 1] & 0xff;
                }
                throw new IOException("connection lost (simulated)");
            }
        };
        try {
            http.send(http.request("/api/evidence/uploads/" + id + "/chunks?offset=" + half)
                    .header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> breaking)));
        } catch (RuntimeException expected) {
            // the client side gives up, as a browser would on a dropped connection
        }
        JsonNode status = awaitReceived(http, id, half);
        assertThat(status.get("received").asLong()).isEqualTo(half);

        // A chunk at a wrong offset is refused with the confirmed count.
        HttpResponse<byte[]> wrong = http.putBytes("/api/evidence/uploads/" + id + "/chunks?offset=" + (half + 10),
                new byte[] {1});
        assertThat(wrong.statusCode()).isEqualTo(409);
        assertThat(EvidenceHttp.json(wrong).get("received").asLong()).isEqualTo(half);

        // The server may still be winding up the broken request (its lease): the client retries, as evidence.js does.
        HttpResponse<byte[]> rest = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            rest = http.putBytes("/api/evidence/uploads/" + id + "/chunks?offset=" + half,
                    Arrays.copyOfRange(content, half, content.length));
            if (rest.statusCode() != 409) {
                break;
            }
            sleep(100);
        }
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(EvidenceHttp.json(rest).get("received").asLong()).isEqualTo(content.length);

        HttpResponse<byte[]> done = http.send(http.request("/api/evidence/uploads/" + id + "/complete")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestApi.toJson(meta))));
        assertThat(done.statusCode()).as(new String(done.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return EvidenceHttp.json(done);
    }

    private static JsonNode awaitReceived(EvidenceHttp http, String id, long expected) {
        JsonNode status = null;
        for (int i = 0; i < 50; i++) {
            status = EvidenceHttp.json(http.get("/api/evidence/uploads/" + id, null));
            if ("OPEN".equals(status.get("status").asString())) {
                return status;
            }
            sleep(100);
        }
        return status;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_chunked_upload_resumes_after_a_broken_connection_and_stores_both_digests() throws Exception {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        byte[] content = randomBytes(300_000, 1);
        JsonNode item = uploadChunked(http, content, metadata(anyCase(), true));
        assertThat(item.get("contentSm3").asString()).isEqualTo(Sm3.hex(content));
        assertThat(item.get("contentSha256").asString())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(item.get("contentSize").asLong()).isEqualTo(content.length);
        assertThat(item.get("collectedByName").asString()).isNotBlank();
        assertThat(item.get("links").get(0).get("targetId").asString()).isEqualTo(anyCase());
    }

    @Test
    void playback_answers_range_requests_with_206() {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        byte[] content = randomBytes(100_000, 2);
        long id = uploadChunked(http, content, metadata(anyCase(), false)).get("id").asLong();

        HttpResponse<byte[]> part = http.get("/api/evidence/" + id + "/content", "bytes=10-19");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 10-19/100000");
        assertThat(part.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(content, 10, 20));

        HttpResponse<byte[]> tail = http.get("/api/evidence/" + id + "/content", "bytes=99990-");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(content, 99990, 100000));

        HttpResponse<byte[]> whole = http.get("/api/evidence/" + id + "/content", null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(whole.body()).isEqualTo(content);

        assertThat(http.get("/api/evidence/" + id + "/content", "bytes=200000-").statusCode()).isEqualTo(416);
    }

    @Test
    void every_content_read_and_every_refused_attempt_is_audited() {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        byte[] content = randomBytes(50_000, 22);
        String id = uploadChunked(http, content, metadata(anyCase(), false)).get("id").asString();
        String content_ = "/api/evidence/" + id + "/content";

        assertThat(http.get(content_, null).statusCode()).isEqualTo(200);
        assertThat(http.get(content_, "bytes=0-99").statusCode()).isEqualTo(206);
        assertThat(http.get(content_, "bytes=1000-1999").statusCode()).isEqualTo(206);
        assertThat(http.get(content_ + "?download=true", null).statusCode()).isEqualTo(200);
        // one record per read: the whole file, each range a player fetches, each download
        assertThat(EvidenceCases.audited(jdbc, "EVIDENCE_VIEWED", id)).isEqualTo(3);
        assertThat(EvidenceCases.audited(jdbc, "EVIDENCE_DOWNLOADED", id)).isEqualTo(1);
        assertThat(jdbc.sql("select detail from audit_record where action = 'EVIDENCE_VIEWED' and object_id = ? "
                + "order by id").param(id).query(String.class).list())
                .anySatisfy(d -> assertThat(d).contains("字节 1000-1999（共 50000 字节）"));

        // refused: a range outside the file, a user of another unit, a role without access to evidence
        assertThat(http.get(content_, "bytes=900000-").statusCode()).isEqualTo(416);
        assertThat(EvidenceHttp.as(port, "officer3").get(content_, null).statusCode()).isEqualTo(404);
        assertThat(EvidenceHttp.as(port, "secadmin").get(content_, null).statusCode()).isEqualTo(403);
        assertThat(TestApi.anonymous(port).get(content_).status()).isEqualTo(401);
        List<Map<String, Object>> refused = jdbc.sql("""
                select action, username, result from audit_record
                where (action = 'EVIDENCE_CONTENT_REFUSED' and object_id = ?)
                   or (action = 'EVIDENCE_ACCESS_REFUSED' and object_id = ?)
                order by id
                """).params(id, content_).query().listOfRows();
        assertThat(refused).extracting(r -> r.get("username") + "/" + r.get("action") + "/" + r.get("result"))
                .containsExactly("officer1/EVIDENCE_CONTENT_REFUSED/REFUSED", "officer3/EVIDENCE_CONTENT_REFUSED/REFUSED",
                        "secadmin/EVIDENCE_ACCESS_REFUSED/REFUSED", "null/EVIDENCE_CONTENT_REFUSED/REFUSED");
    }

    @Test
    void users_outside_the_data_scope_cannot_see_or_play_the_item() {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        long id = uploadChunked(http, randomBytes(1000, 3), metadata(anyCase(), false)).get("id").asLong();
        EvidenceHttp other = EvidenceHttp.as(port, "officer3"); // 格尔木, another unit
        assertThat(other.get("/api/evidence/" + id, null).statusCode()).isEqualTo(404);
        assertThat(other.get("/api/evidence/" + id + "/content", null).statusCode()).isEqualTo(404);
        assertThat(other.get("/api/evidence/" + id + "/proof", null).statusCode()).isEqualTo(404);
        EvidenceHttp supervisor = EvidenceHttp.as(port, "supervisor1"); // prefecture level sees all
        assertThat(supervisor.get("/api/evidence/" + id, null).statusCode()).isEqualTo(200);
        // the security administrator holds no business role: no evidence content
        assertThat(EvidenceHttp.as(port, "secadmin").get("/api/evidence/" + id + "/content", null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_proof_from_the_api_verifies_offline_and_a_modified_file_fails() throws Exception {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        byte[] content = randomBytes(50_000, 4);
        long id = uploadChunked(http, content, metadata(anyCase(), true)).get("id").asLong();

        HttpResponse<byte[]> proofResponse = http.get("/api/evidence/" + id + "/proof", null);
        assertThat(proofResponse.statusCode()).isEqualTo(200);
        JsonNode proof = EvidenceHttp.json(proofResponse);
        JsonNode file = proof.get("file");
        byte[] leafHash = LogHash.leaf(HexFormat.of().parseHex(file.get("leaf").asString()));
        List<byte[]> path = java.util.stream.StreamSupport.stream(file.get("inclusionProof").spliterator(), false)
                .map(n -> HexFormat.of().parseHex(n.asString())).toList();
        JsonNode head = proof.get("treeHead");
        assertThat(MerkleMath.verifyInclusion(leafHash, file.get("leafIndex").asLong(), head.get("treeSize").asLong(),
                path, HexFormat.of().parseHex(head.get("rootHash").asString()))).isTrue();

        Path evidenceFile = Files.write(dir.resolve("video.mp4"), content);
        Path proofFile = Files.write(dir.resolve("proof.json"), proofResponse.body());
        HttpResponse<byte[]> key = EvidenceHttp.as(port, "officer1").get("/api/public/evidence/log/public-key", null);
        Path keyFile = Files.write(dir.resolve("log-key.pem"), key.body());
        assertThat(verify(evidenceFile, proofFile, keyFile)).isEqualTo(EvidenceVerifier.OK);
        // the published fingerprint pins the key as well as the key file does; nothing pinned is no verification
        String fingerprint = TestApi.anonymous(port).get("/api/public/evidence/log/head").json().get("keyId").asString();
        assertThat(EvidenceVerifierCommand.run(new String[] {evidenceFile.toString(), proofFile.toString(),
                fingerprint})).isZero();
        assertThat(EvidenceVerifierCommand.run(new String[] {evidenceFile.toString(), proofFile.toString()}))
                .isEqualTo(EvidenceVerifier.USAGE);

        byte[] modified = content.clone();
        modified[12345] ^= 0x01;
        Files.write(evidenceFile, modified);
        assertThat(verify(evidenceFile, proofFile, keyFile)).isEqualTo(EvidenceVerifier.FAILED);
    }

    private static int verify(Path file, Path proof, Path key) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return EvidenceVerifier.run(new String[] {file.toString(), proof.toString(), key.toString()}, out);
    }

    @Test
    void the_head_consistency_proof_and_public_key_are_public() {
        TestApi anonymous = TestApi.anonymous(port);
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        uploadChunked(http, randomBytes(2000, 5), metadata(anyCase(), false));
        TestApi.Response head = anonymous.get("/api/public/evidence/log/head");
        assertThat(head.status()).isEqualTo(200);
        long size = head.json().get("treeHead").get("treeSize").asLong();
        assertThat(size).isGreaterThanOrEqualTo(3);
        long earlier = anonymous.get("/api/public/evidence/log/heads?from=1&limit=1").json().get("heads").get(0)
                .get("treeSize").asLong();
        TestApi.Response consistency = anonymous.get("/api/public/evidence/log/consistency?from=" + earlier + "&to="
                + size);
        assertThat(consistency.status()).isEqualTo(200);
        JsonNode c = consistency.json();
        List<byte[]> proof = java.util.stream.StreamSupport.stream(c.get("proof").spliterator(), false)
                .map(n -> HexFormat.of().parseHex(n.asString())).toList();
        assertThat(MerkleMath.verifyConsistency(earlier, size,
                HexFormat.of().parseHex(c.get("fromHead").get("rootHash").asString()),
                HexFormat.of().parseHex(c.get("toHead").get("rootHash").asString()), proof)).isTrue();
        assertThat(anonymous.get("/api/public/evidence/log/public-key").body()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(anonymous.get("/public/evidence/log-key").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/evidence/log/head").status()).isEqualTo(401);
    }

    @Test
    void the_consistency_endpoint_answers_only_from_stored_heads() {
        TestApi anonymous = TestApi.anonymous(port);
        // one item with a file and a link appends three leaves under one head: sizes n+1 and n+2 never had a head
        uploadChunked(EvidenceHttp.as(port, "officer1"), randomBytes(2000, 23), metadata(anyCase(), false));
        long size = anonymous.get("/api/public/evidence/log/head").json().get("treeHead").get("treeSize").asLong();
        long heads = jdbc.sql("select count(*) from evidence_log_head").query(Long.class).single();

        TestApi.Response between = anonymous.get("/api/public/evidence/log/consistency?from=" + (size - 1) + "&to="
                + size);
        assertThat(between.status()).isEqualTo(404);
        assertThat(between.json().get("detail").asString()).contains("没有树大小为 " + (size - 1) + " 的已签名树头")
                .contains("不为任意大小补签");
        assertThat(between.json().get("availableAfter").asLong()).isEqualTo(size);
        long before = between.json().get("availableBefore").asLong();
        assertThat(before).isLessThan(size - 1);
        assertThat(EvidenceHttp.as(port, "officer1").get("/api/evidence/" + jdbc.sql(
                "select max(id) from evidence_item").query(Long.class).single() + "/proof?treeSize=" + (size - 1), null)
                .statusCode()).isEqualTo(404);
        // nothing was signed for the asking
        assertThat(jdbc.sql("select count(*) from evidence_log_head").query(Long.class).single()).isEqualTo(heads);
        // the sizes named are stored heads, and answer
        TestApi.Response stored = anonymous.get("/api/public/evidence/log/consistency?from=" + before + "&to=" + size);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("fromHead").get("treeSize").asLong()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from evidence_log_head").query(Long.class).single()).isEqualTo(heads);
    }

    @Test
    void a_wrong_item_is_superseded_with_a_reason_and_both_stay() {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        long id = uploadChunked(http, randomBytes(3000, 6), metadata(anyCase(), false)).get("id").asLong();
        TestApi api = TestApi.as(port, "officer1");
        Map<String, Object> corrected = Map.of("kind", "AUDIO_VIDEO", "title", "现场执法记录仪视频（更正时间）",
                "collectedAt", "2025-03-01T10:30:00");
        TestApi.Response noReason = api.post("/api/evidence/" + id + "/supersede", Map.of("evidence", corrected));
        assertThat(noReason.status()).isEqualTo(400);
        TestApi.Response ok = api.post("/api/evidence/" + id + "/supersede",
                Map.of("evidence", corrected, "reason", "录入的收集时间有误"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        long newId = ok.json().get("id").asLong();
        assertThat(ok.json().get("supersedesId").asLong()).isEqualTo(id);
        assertThat(ok.json().get("links").get(0).get("targetId").asString()).isEqualTo(anyCase());
        JsonNode old = api.get("/api/evidence/" + id).json();
        assertThat(old.get("supersededById").asLong()).isEqualTo(newId);
        assertThat(old.get("title").asString()).isEqualTo("现场执法记录仪视频（测试）");
        TestApi.Response again = api.post("/api/evidence/" + id + "/supersede",
                Map.of("evidence", corrected, "reason", "再次更正"));
        assertThat(again.status()).isEqualTo(422);
        // the database itself refuses to change or delete evidence
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("update evidence_item set title = 'x' where id = ?").param(id).update())
                .rootCause().hasMessageContaining("证据不得修改或删除");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql("delete from evidence_log_leaf where evidence_id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void seizure_needs_a_linked_continuous_recording_per_article_47() {
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");
        String recorded = EvidenceCases.of(jdbc, "officer1", 1);
        String partial = EvidenceCases.of(jdbc, "officer1", 2);
        String none = EvidenceCases.of(jdbc, "officer1", 3);
        uploadChunked(http, randomBytes(4000, 7), metadata(recorded, true));
        uploadChunked(http, randomBytes(4000, 8), metadata(partial, false));
        assertThat(recordingPolicy.requireContinuousRecording("CASE", recorded, StepKind.SEIZURE).isAllowed()).isTrue();
        PolicyDecision notContinuous = recordingPolicy.requireContinuousRecording("CASE", partial, StepKind.HEARING);
        assertThat(notContinuous.isAllowed()).isFalse();
        assertThat(notContinuous.firstRejection().orElseThrow().article()).contains("第四十七条");
        assertThat(recordingPolicy.requireContinuousRecording(EvidenceTargetType.CASE, none,
                StepKind.FORCED_REMOVAL).isAllowed()).isFalse();
        assertThat(recordingPolicy.requireContinuousRecording(EvidenceTargetType.CASE, "99999999",
                StepKind.SEIZURE).isAllowed()).isFalse();
    }

    @Test
    void all_records_of_one_vehicle_are_listed_together() {
        TestApi api = TestApi.as(port, "officer1");
        for (String title : List.of("询问笔录（测试）", "现场照片（测试）")) {
            TestApi.Response r = api.post("/api/evidence", Map.of("kind", "DOCUMENTARY", "title", title,
                    "collectedAt", "2025-03-02T08:00:00",
                    "links", List.of(Map.of("targetType", "VEHICLE", "targetId", "青H·TEST01"))));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        JsonNode list = api.get("/api/evidence?targetType=VEHICLE&targetId="
                + java.net.URLEncoder.encode("青H·TEST01", StandardCharsets.UTF_8)).json();
        assertThat(list.get("total").asLong()).isEqualTo(2);
        TestApi.Response bad = api.post("/api/evidence", Map.of("kind", "NOPE", "title", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").get("title").asString()).isEqualTo("请填写证据名称");
    }
}
