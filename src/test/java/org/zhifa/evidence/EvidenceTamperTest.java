package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.evidence.internal.IntegrityChecker;
import org.zhifa.evidence.internal.SelfAudit;
import org.zhifa.database.EmbeddedDatabase;
import org.zhifa.testsupport.Superuser;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Tampering behind the application's back — as someone with file-system or database superuser rights could — is
 * detected by the self-audit: one changed byte of a stored file, an altered metadata row, a dropped log entry.
 * Each test restores what it broke, since all integration tests share one database.
 */
@ZhifaIntegrationTest
class EvidenceTamperTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfAudit selfAudit;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    RecordingRequirementPolicy recordingPolicy;

    @Value("${zhifa.db.data-dir}")
    Path dataDir;

    private String anyCase() {
        return EvidenceCases.of(jdbc, "officer1", EvidenceCases.ANY);
    }

    private long upload(long seed) {
        return upload(EvidenceApiTest.randomBytes(20_000, seed));
    }

    private long upload(byte[] content) {
        return upload(content, anyCase());
    }

    private long upload(byte[] content, String caseId) {
        return EvidenceApiTest.uploadChunked(EvidenceHttp.as(port, "officer1"), content,
                EvidenceApiTest.metadata(caseId, true)).get("id").asLong();
    }

    private Path objectOf(String sm3) {
        return dataDir.resolve("evidence/objects").resolve(sm3.substring(0, 2)).resolve(sm3.substring(2, 4)).resolve(sm3);
    }

    private List<IntegrityChecker.Finding> findingsFor(long id) {
        return selfAudit.run("test").orElseThrow().findings().stream()
                .filter(f -> f.evidenceId() != null && f.evidenceId() == id || f.evidenceId() == null).toList();
    }

    /** Runs SQL with the protecting triggers switched off, as a database superuser could. */
    private void asSuperuser(String sql, Object... params) {
        Superuser.inTransaction(database, su -> {
            su.sql("set local session_replication_role = replica").update();
            su.sql(sql).params(params).update();
        });
    }

    @Test
    void an_untouched_item_passes_the_self_audit() {
        long id = upload(11);
        assertThat(findingsFor(id).stream().filter(f -> f.evidenceId() != null)).isEmpty();
    }

    @Test
    void one_changed_byte_of_a_stored_file_is_detected() throws Exception {
        long id = upload(12);
        String sm3 = jdbc.sql("select content_sm3 from evidence_item where id = ?").param(id).query(String.class).single();
        Path object = objectOf(sm3);
        byte[] original = Files.readAllBytes(object);
        byte[] changed = original.clone();
        changed[777] ^= 0x01;
        Files.setPosixFilePermissions(object, PosixFilePermissions.fromString("rw-r-----"));
        Files.write(object, changed);
        try {
            assertThat(findingsFor(id)).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo("FILE_MODIFIED");
                assertThat(f.evidenceId()).isEqualTo(id);
            });
            long alarms = jdbc.sql("select count(*) from evidence_integrity_alarm where evidence_id = ? and kind = 'FILE_MODIFIED'")
                    .param(id).query(Long.class).single();
            assertThat(alarms).isPositive();
            long audited = jdbc.sql("select count(*) from audit_record where action = 'EVIDENCE_INTEGRITY_ALARM' and object_id = ?")
                    .param(String.valueOf(id)).query(Long.class).single();
            assertThat(audited).isPositive();
        } finally {
            Files.write(object, original);
        }
        assertThat(findingsFor(id).stream().filter(f -> f.evidenceId() != null && f.evidenceId() == id)).isEmpty();
    }

    @Test
    void an_altered_metadata_row_is_detected() {
        long id = upload(13);
        String place = jdbc.sql("select place from evidence_item where id = ?").param(id).query(String.class).single();
        asSuperuser("update evidence_item set place = ? where id = ?", "另一个地点", id);
        try {
            assertThat(findingsFor(id)).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo("METADATA_MODIFIED");
                assertThat(f.evidenceId()).isEqualTo(id);
            });
        } finally {
            asSuperuser("update evidence_item set place = ? where id = ?", place, id);
        }
    }

    @Test
    void an_altered_link_is_detected() {
        long id = upload(14);
        asSuperuser("update evidence_link set target_id = ? where evidence_id = ?", "别的案件", id);
        try {
            assertThat(findingsFor(id)).anySatisfy(f -> assertThat(f.kind()).isEqualTo("LINK_MODIFIED"));
        } finally {
            asSuperuser("update evidence_link set target_id = ? where evidence_id = ?", anyCase(), id);
        }
    }

    @Test
    void a_dropped_log_entry_is_detected_and_its_proof_fails() {
        long id = upload(15);
        long index = jdbc.sql("select leaf_index from evidence_log_leaf where evidence_id = ? and kind = 'METADATA'")
                .param(id).query(Long.class).single();
        var row = jdbc.sql("select kind, evidence_id, record_id, leaf, created_at from evidence_log_leaf where leaf_index = ?")
                .param(index).query().singleRow();
        asSuperuser("delete from evidence_log_leaf where leaf_index = ?", index);
        try {
            List<IntegrityChecker.Finding> findings = findingsFor(id);
            assertThat(findings).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo("LEAF_MISSING");
                assertThat(f.leafIndex()).isEqualTo(index);
            });
            assertThat(EvidenceHttp.as(port, "officer1").get("/api/evidence/" + id + "/proof", null).statusCode())
                    .isEqualTo(404);
        } finally {
            asSuperuser("insert into evidence_log_leaf (leaf_index, kind, evidence_id, record_id, leaf, created_at) "
                    + "values (?, ?, ?, ?, ?, ?)", index, row.get("kind"), row.get("evidence_id"), row.get("record_id"),
                    row.get("leaf"), row.get("created_at"));
        }
        assertThat(EvidenceHttp.as(port, "officer1").get("/api/evidence/" + id + "/proof", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_rewritten_tree_contradicts_the_signed_head() {
        long id = upload(16);
        long index = jdbc.sql("select leaf_index from evidence_log_leaf where evidence_id = ? and kind = 'FILE'")
                .param(id).query(Long.class).single();
        byte[] original = jdbc.sql("select hash from evidence_log_node where level = 0 and node_index = ?")
                .param(index).query(byte[].class).single();
        byte[] forged = original.clone();
        forged[0] ^= 1;
        asSuperuser("update evidence_log_node set hash = ? where level = 0 and node_index = ?", forged, index);
        try {
            assertThat(findingsFor(id)).anySatisfy(f -> assertThat(f.kind()).isIn("LEAF_MODIFIED",
                    "LEAF_NOT_INCLUDED", "HEAD_INCONSISTENT"));
        } finally {
            asSuperuser("update evidence_log_node set hash = ? where level = 0 and node_index = ?", original, index);
        }
    }

    @Test
    void re_uploading_the_correct_bytes_repairs_a_damaged_stored_copy_and_raises_an_alarm() throws Exception {
        byte[] content = EvidenceApiTest.randomBytes(30_000, 17);
        long id = upload(content);
        String sm3 = jdbc.sql("select content_sm3 from evidence_item where id = ?").param(id).query(String.class).single();
        Path object = objectOf(sm3);
        byte[] damaged = content.clone();
        damaged[4242] ^= 0x40;
        Files.setPosixFilePermissions(object, PosixFilePermissions.fromString("rw-r-----"));
        Files.write(object, damaged);
        EvidenceHttp http = EvidenceHttp.as(port, "officer1");

        // wrong bytes are refused against the item's recorded digests and repair nothing
        String wrongUpload = EvidenceUploadTest.uploadBytes(http, EvidenceApiTest.randomBytes(30_000, 99));
        HttpResponse<byte[]> refused = EvidenceUploadTest.postJson(http, "/api/evidence/" + id + "/repair",
                Map.of("uploadId", wrongUpload));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(EvidenceHttp.json(refused).get("detail").asString()).contains("与声明不符");
        assertThat(Files.readAllBytes(object)).isEqualTo(damaged);

        // the correct bytes, sent again for the item, repair the stored copy
        String rightUpload = EvidenceUploadTest.uploadBytes(http, content);
        HttpResponse<byte[]> repaired = EvidenceUploadTest.postJson(http, "/api/evidence/" + id + "/repair",
                Map.of("uploadId", rightUpload));
        assertThat(repaired.statusCode()).as(new String(repaired.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(EvidenceHttp.json(repaired).get("outcome").asString()).isEqualTo("REPAIRED");
        assertThat(Files.readAllBytes(object)).isEqualTo(content);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(object))).isEqualTo("r--r-----");
        assertThat(jdbc.sql("select detail from evidence_integrity_alarm where evidence_id = ? and kind = 'FILE_REPAIRED'")
                .param(id).query(String.class).list()).singleElement().asString().contains("已损坏").contains("修复");
        assertThat(jdbc.sql("""
                select count(*) from audit_record where action = 'EVIDENCE_INTEGRITY_ALARM' and object_id = ?
                  and result = 'FAILURE' and detail like 'FILE_REPAIRED%'
                """).param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(findingsFor(id).stream().filter(f -> f.evidenceId() != null && f.evidenceId() == id)).isEmpty();

        // an intact copy is left alone and raises nothing
        String again = EvidenceUploadTest.uploadBytes(http, content);
        HttpResponse<byte[]> intact = EvidenceUploadTest.postJson(http, "/api/evidence/" + id + "/repair",
                Map.of("uploadId", again));
        assertThat(EvidenceHttp.json(intact).get("outcome").asString()).isEqualTo("INTACT");
        assertThat(jdbc.sql("select count(*) from evidence_integrity_alarm where evidence_id = ? and kind = 'FILE_REPAIRED'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void uploading_the_same_content_as_new_evidence_also_repairs_the_damaged_copy() throws Exception {
        byte[] content = EvidenceApiTest.randomBytes(12_000, 18);
        long first = upload(content);
        String sm3 = jdbc.sql("select content_sm3 from evidence_item where id = ?").param(first).query(String.class)
                .single();
        Path object = objectOf(sm3);
        Files.setPosixFilePermissions(object, PosixFilePermissions.fromString("rw-r-----"));
        Files.write(object, new byte[] {1, 2, 3});
        long second = upload(content);
        assertThat(Files.readAllBytes(object)).isEqualTo(content);
        assertThat(jdbc.sql("select count(*) from evidence_integrity_alarm where kind = 'FILE_REPAIRED' and evidence_id in (?, ?)")
                .params(first, second).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_forged_superseded_by_is_reported_by_the_self_audit() {
        String ownCase = EvidenceCases.of(jdbc, "officer1", 5);
        long item = upload(EvidenceApiTest.randomBytes(20_000, 19), ownCase);
        long unrelated = upload(20);
        asSuperuser("update evidence_item set superseded_by_id = ? where id = ?", unrelated, item);
        try {
            assertThat(findingsFor(item)).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo("SUPERSEDED_BY_FORGED");
                assertThat(f.evidenceId()).isEqualTo(item);
                assertThat(f.detail()).contains("证据 " + unrelated);
            });
            // the forged mark does not hide the case's only recording from the Art. 47 rule, which reads the logged
            // supersession (the correcting item's metadata), not the mark
            assertThat(recordingPolicy.requireContinuousRecording(EvidenceTargetType.CASE, ownCase, StepKind.SEIZURE)
                    .isAllowed()).isTrue();
        } finally {
            asSuperuser("update evidence_item set superseded_by_id = null where id = ?", item);
        }
        // and the database refuses the same forgery from the application's own connection
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update evidence_item set superseded_by_id = ? where id = ?").params(unrelated, item).update())
                .rootCause().hasMessageContaining("证据不得修改或删除");
    }

    @Test
    void a_removed_supersession_mark_is_reported_by_the_self_audit() {
        long old = upload(21);
        TestApi api = TestApi.as(port, "officer1");
        TestApi.Response corrected = api.post("/api/evidence/" + old + "/supersede", Map.of("evidence",
                Map.of("kind", "AUDIO_VIDEO", "title", "更正后的录像（测试）", "collectedAt", "2025-03-01T10:30:00"),
                "reason", "收集时间有误（测试）"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        long newer = corrected.json().get("id").asLong();
        asSuperuser("update evidence_item set superseded_by_id = null where id = ?", old);
        try {
            assertThat(findingsFor(old)).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo("SUPERSEDED_BY_MISSING");
                assertThat(f.evidenceId()).isEqualTo(old);
                assertThat(f.detail()).contains("证据 " + newer);
            });
        } finally {
            asSuperuser("update evidence_item set superseded_by_id = ? where id = ?", newer, old);
        }
        assertThat(findingsFor(old).stream().filter(f -> f.kind().startsWith("SUPERSEDED_BY"))).isEmpty();
    }
}
