package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.evidence.internal.SelfAudit;
import org.zhifa.evidence.log.KeyTransition;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.verify.EvidenceVerifier;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Key rotation by the security administrator keeps every earlier public key, every head names its key, and each head
 * verifies with the key it names — in the self-audit and offline.
 */
@ZhifaIntegrationTest
class EvidenceKeyRotationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfAudit selfAudit;

    @Value("${zhifa.db.data-dir}")
    Path dataDir;

    @TempDir
    Path dir;

    private int verify(Path file, byte[] proof, Path keys) throws Exception {
        Path proofFile = Files.write(dir.resolve("proof-" + System.nanoTime() + ".json"), proof);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return EvidenceVerifier.run(new String[] {file.toString(), proofFile.toString(), keys.toString()}, out);
    }

    @Test
    void key_rotation_keeps_every_earlier_public_key_and_each_head_is_verified_with_its_key() throws Exception {
        TestApi anonymous = TestApi.anonymous(port);
        EvidenceHttp officer = EvidenceHttp.as(port, "officer1");
        byte[] content = EvidenceApiTest.randomBytes(8_000, 51);
        Path file = Files.write(dir.resolve("video.mp4"), content);
        long item = EvidenceApiTest.uploadChunked(officer, content, EvidenceApiTest.metadata(
                EvidenceCases.of(jdbc, "officer1", EvidenceCases.ANY), true)).get("id").asLong();
        JsonNode headBefore = anonymous.get("/api/public/evidence/log/head").json().get("treeHead");
        String oldKey = headBefore.get("keyId").asString();
        long sizeBefore = headBefore.get("treeSize").asLong();
        byte[] oldProof = officer.get("/api/evidence/" + item + "/proof", null).body();
        String oldPrivate = Files.readString(dataDir.resolve("keys/evidence-log-sm2.pem"));

        // only the security administrator rotates, and says why
        assertThat(TestApi.as(port, "officer1").post("/api/evidence/log/keys/rotate", Map.of("reason", "x")).status())
                .isEqualTo(403);
        TestApi secadmin = TestApi.as(port, "secadmin");
        TestApi.Response noReason = secadmin.post("/api/evidence/log/keys/rotate", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("fields").get("reason").asString()).isEqualTo("请填写轮换原因");
        TestApi.Response rotated = secadmin.post("/api/evidence/log/keys/rotate", Map.of("reason", "定期轮换（测试）"));
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
        String newKey = rotated.json().get("keyId").asString();
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(rotated.json().get("previousKeyId").asString()).isEqualTo(oldKey);

        // the old key endorsed the new one, and its public key stays published
        JsonNode keys = anonymous.get("/api/public/evidence/log/keys").json();
        JsonNode oldRecord = null;
        JsonNode newRecord = null;
        for (JsonNode k : keys) {
            if (k.get("keyId").asString().equals(oldKey)) {
                oldRecord = k;
            }
            if (k.get("keyId").asString().equals(newKey)) {
                newRecord = k;
            }
        }
        assertThat(oldRecord).isNotNull();
        assertThat(newRecord).isNotNull();
        LogKeyPair.Verifier oldVerifier = LogKeyPair.Verifier.fromPublicPem(oldRecord.get("publicKeyPem").asString());
        assertThat(oldVerifier.verify(KeyTransition.signedBytes(oldKey, newKey, newRecord.get("endorsedAt").asLong()),
                HexFormat.of().parseHex(newRecord.get("endorsement").asString()))).isTrue();
        assertThat(anonymous.get("/api/public/evidence/log/public-key?keyId=" + oldKey).body())
                .isEqualTo(oldRecord.get("publicKeyPem").asString());
        assertThat(anonymous.get("/api/public/evidence/log/public-key").body())
                .isEqualTo(newRecord.get("publicKeyPem").asString());

        // the new key signed a head at once, at the same size; the retired private key is gone from disk
        JsonNode headAfter = anonymous.get("/api/public/evidence/log/head").json().get("treeHead");
        assertThat(headAfter.get("keyId").asString()).isEqualTo(newKey);
        assertThat(headAfter.get("version").asInt()).isEqualTo(2);
        assertThat(headAfter.get("treeSize").asLong()).isEqualTo(sizeBefore);
        assertThat(headAfter.get("signedBytes").asString()).endsWith(newKey);
        Path keyFile = dataDir.resolve("keys/evidence-log-sm2.pem");
        assertThat(Files.readString(keyFile)).isNotEqualTo(oldPrivate);
        assertThat(LogKeyPair.load(keyFile).keyId()).isEqualTo(newKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Files.exists(dataDir.resolve("keys/evidence-log-sm2.pem.new"))).isFalse();

        // each head verifies with the key it names: old proof, a proof at the old size, a proof at the new head
        Path allKeys = Files.writeString(dir.resolve("all.pem"), oldRecord.get("publicKeyPem").asString()
                + newRecord.get("publicKeyPem").asString());
        Path onlyNew = Files.writeString(dir.resolve("new.pem"), newRecord.get("publicKeyPem").asString());
        HttpResponse<byte[]> atOldSize = officer.get("/api/evidence/" + item + "/proof?treeSize=" + sizeBefore, null);
        assertThat(atOldSize.statusCode()).isEqualTo(200);
        // the latest head stored for that size is the one the new key signed at the rotation
        assertThat(EvidenceHttp.json(atOldSize).get("treeHead").get("keyId").asString()).isEqualTo(newKey);
        assertThat(verify(file, atOldSize.body(), allKeys)).isEqualTo(EvidenceVerifier.OK);
        byte[] latest = officer.get("/api/evidence/" + item + "/proof", null).body();
        assertThat(EvidenceHttp.JSON.readTree(latest).get("treeHead").get("keyId").asString()).isEqualTo(newKey);
        assertThat(verify(file, oldProof, allKeys)).isEqualTo(EvidenceVerifier.OK);
        assertThat(verify(file, latest, allKeys)).isEqualTo(EvidenceVerifier.OK);
        assertThat(verify(file, latest, onlyNew)).isEqualTo(EvidenceVerifier.OK);
        assertThat(verify(file, oldProof, onlyNew)).isEqualTo(EvidenceVerifier.FAILED);

        // the log keeps growing under the new key, and the self-audit checks every head with its own key
        long next = EvidenceApiTest.uploadChunked(officer, EvidenceApiTest.randomBytes(3_000, 52),
                EvidenceApiTest.metadata(EvidenceCases.of(jdbc, "officer1", EvidenceCases.ANY), false)).get("id")
                .asLong();
        assertThat(anonymous.get("/api/public/evidence/log/head").json().get("treeHead").get("keyId").asString())
                .isEqualTo(newKey);
        var findings = selfAudit.run("test").orElseThrow().findings();
        assertThat(findings.stream().filter(f -> !f.detail().startsWith("（导出文件）")))
                .noneSatisfy(f -> assertThat(f.kind()).isIn("HEAD_SIGNATURE_INVALID", "HEAD_KEY_UNKNOWN",
                        "HEAD_INCONSISTENT"));
        assertThat(findings.stream().filter(f -> f.evidenceId() != null && (f.evidenceId() == item || f.evidenceId() == next)))
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'EVIDENCE_LOG_KEY_ROTATED' and object_id = ?")
                .param(newKey).query(Long.class).single()).isEqualTo(1);
    }
}
