package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.evidence.internal.IntegrityChecker;
import org.zhifa.evidence.internal.SelfAudit;
import org.zhifa.database.EmbeddedDatabase;
import org.zhifa.testsupport.Superuser;
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

    @Value("${zhifa.db.data-dir}")
    Path dataDir;

    private long upload(String caseId, long seed) {
        return EvidenceApiTest.uploadChunked(EvidenceHttp.as(port, "officer1"), EvidenceApiTest.randomBytes(20_000, seed),
                EvidenceApiTest.metadata(caseId, true)).get("id").asLong();
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
        long id = upload("测试案件-TAMPER-NONE", 11);
        assertThat(findingsFor(id).stream().filter(f -> f.evidenceId() != null)).isEmpty();
    }

    @Test
    void one_changed_byte_of_a_stored_file_is_detected() throws Exception {
        long id = upload("测试案件-TAMPER-FILE", 12);
        String sm3 = jdbc.sql("select content_sm3 from evidence_item where id = ?").param(id).query(String.class).single();
        Path object = dataDir.resolve("evidence/objects").resolve(sm3.substring(0, 2)).resolve(sm3.substring(2, 4))
                .resolve(sm3);
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
        long id = upload("测试案件-TAMPER-META", 13);
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
        long id = upload("测试案件-TAMPER-LINK", 14);
        asSuperuser("update evidence_link set target_id = ? where evidence_id = ?", "别的案件", id);
        try {
            assertThat(findingsFor(id)).anySatisfy(f -> assertThat(f.kind()).isEqualTo("LINK_MODIFIED"));
        } finally {
            asSuperuser("update evidence_link set target_id = ? where evidence_id = ?", "测试案件-TAMPER-LINK", id);
        }
    }

    @Test
    void a_dropped_log_entry_is_detected_and_its_proof_fails() {
        long id = upload("测试案件-TAMPER-DROP", 15);
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
        long id = upload("测试案件-TAMPER-NODE", 16);
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
}
