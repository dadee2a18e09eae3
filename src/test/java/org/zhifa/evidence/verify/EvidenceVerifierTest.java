package org.zhifa.evidence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.crypto.Sm3;
import org.zhifa.evidence.log.CanonicalText;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.InMemoryNodes;
import org.zhifa.evidence.log.LeafKind;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;
import tools.jackson.databind.json.JsonMapper;

/** The offline verifier against a log built in memory, exactly as the server builds proof.json. */
class EvidenceVerifierTest {

    @TempDir
    Path dir;

    private final LogKeyPair key = LogKeyPair.generate();
    private Path file;
    private Path proof;
    private Path publicKey;

    private InMemoryNodes log;
    private EvidenceLeaf fileLeaf;
    private EvidenceLeaf metaLeaf;
    private long fileIndex;
    private long metaIndex;
    private String meta;

    @BeforeEach
    void buildLogAndProof() throws Exception {
        byte[] content = "一段执法记录仪视频的字节".repeat(1000).getBytes(StandardCharsets.UTF_8);
        file = Files.write(dir.resolve("video.mp4"), content);
        log = new InMemoryNodes();
        for (int i = 0; i < 11; i++) {
            log.append(("other-" + i).getBytes(StandardCharsets.UTF_8));
        }
        fileLeaf = new EvidenceLeaf(LeafKind.FILE, 7, content.length, Sm3.digest(content),
                MessageDigest.getInstance("SHA-256").digest(content), 1_750_000_000_000L);
        fileIndex = log.append(fileLeaf.encode());
        meta = CanonicalText.of("zhifa-evidence-metadata/1").field("id", 7).field("title", "现场视频\n第一段")
                .field("place", null).text();
        byte[] metaBytes = meta.getBytes(StandardCharsets.UTF_8);
        metaLeaf = new EvidenceLeaf(LeafKind.METADATA, 7, metaBytes.length, Sm3.digest(metaBytes),
                MessageDigest.getInstance("SHA-256").digest(metaBytes), 1_750_000_000_000L);
        metaIndex = log.append(metaLeaf.encode());
        log.append("later".getBytes(StandardCharsets.UTF_8));
        proof = proofSignedBy(key, "proof.json");
        publicKey = Files.writeString(dir.resolve("log-key.pem"), key.publicPem());
    }

    /** proof.json of the same log with the head signed by {@code signer}, carrying the signer's public key. */
    private Path proofSignedBy(LogKeyPair signer, String name) throws Exception {
        long size = log.size();
        TreeHead head = signer.signHead(size, log.root(), 1_750_000_001_000L);
        ProofBundle bundle = new ProofBundle(ProofBundle.FORMAT, signer.keyId(), 7,
                ProofBundle.Entry.of(fileLeaf, fileIndex, MerkleMath.inclusionProof(log, fileIndex, size), size, null),
                ProofBundle.Entry.of(metaLeaf, metaIndex, MerkleMath.inclusionProof(log, metaIndex, size), size, meta),
                List.of(), null, ProofBundle.Head.of(head), signer.publicPem(), signer.keyId(), List.of(), null);
        return Files.writeString(dir.resolve(name), JsonMapper.builder().build().writeValueAsString(bundle));
    }

    private Result run(String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = EvidenceVerifier.run(args, new PrintStream(buf, true, StandardCharsets.UTF_8));
        return new Result(code, buf.toString(StandardCharsets.UTF_8));
    }

    record Result(int code, String output) {
    }

    @Test
    void an_unchanged_file_verifies_offline_with_the_published_key() {
        Result r = run(file.toString(), proof.toString(), publicKey.toString());
        assertThat(r.output()).contains("验证通过 / RESULT: VERIFIED").doesNotContain("FAIL");
        assertThat(r.code()).isZero();
    }

    @Test
    void verify_evidence_requires_the_pinned_public_key_or_fingerprint() {
        Result r = run(file.toString(), proof.toString());
        assertThat(r.code()).isEqualTo(EvidenceVerifier.USAGE);
        assertThat(r.output()).contains("必须提供事先取得的日志公钥文件或公钥指纹")
                .contains("任何人都能用自造的密钥生成一份“证明”").doesNotContain("验证通过");
    }

    @Test
    void a_proof_signed_by_a_made_up_key_is_refused() throws Exception {
        LogKeyPair madeUp = LogKeyPair.generate();
        Path forged = proofSignedBy(madeUp, "forged.json");
        Result withKey = run(file.toString(), forged.toString(), publicKey.toString());
        assertThat(withKey.code()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(withKey.output()).contains("[失败 FAIL] 树头由所提供的日志公钥签名").contains(madeUp.keyId())
                .contains("验证失败");
        Result withFingerprint = run(file.toString(), forged.toString(), key.keyId());
        assertThat(withFingerprint.code()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(withFingerprint.output()).contains("[失败 FAIL] 树头由所提供的日志公钥签名");
        // The made-up key may even be inside the proof under the real key's name: its fingerprint gives it away.
        String json = Files.readString(forged).replace(madeUp.keyId(), key.keyId());
        Files.writeString(forged, json);
        Result renamed = run(file.toString(), forged.toString(), key.keyId());
        assertThat(renamed.code()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(renamed.output()).contains("[失败 FAIL] 证明所附公钥的指纹与所提供的指纹一致");
    }

    @Test
    void a_key_fingerprint_pins_the_key_carried_in_the_proof() {
        Result r = run(file.toString(), proof.toString(), key.keyId().toUpperCase());
        assertThat(r.output()).contains("[通过 PASS] 证明所附公钥的指纹与所提供的指纹一致").contains("验证通过");
        assertThat(r.code()).isZero();
    }

    @Test
    void after_a_key_rotation_each_head_is_checked_with_the_key_it_names() throws Exception {
        LogKeyPair successor = LogKeyPair.generate();
        Path keyring = Files.writeString(dir.resolve("all-log-keys.pem"), successor.publicPem() + key.publicPem());
        Path onlyNew = Files.writeString(dir.resolve("new-key.pem"), successor.publicPem());
        assertThat(run(file.toString(), proof.toString(), keyring.toString()).code()).isZero();
        assertThat(run(file.toString(), proofSignedBy(successor, "new.json").toString(), keyring.toString()).code())
                .isZero();
        Result r = run(file.toString(), proof.toString(), onlyNew.toString());
        assertThat(r.code()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(r.output()).contains(key.keyId());
    }

    @Test
    void a_file_changed_by_one_byte_fails() throws Exception {
        byte[] b = Files.readAllBytes(file);
        b[100] ^= 1;
        Files.write(file, b);
        Result r = run(file.toString(), proof.toString(), publicKey.toString());
        assertThat(r.code()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(r.output()).contains("[失败 FAIL] 文件 SM3 与日志条目一致");
    }

    @Test
    void a_head_signed_by_another_key_fails() throws Exception {
        Path other = Files.writeString(dir.resolve("other.pem"), LogKeyPair.generate().publicPem());
        Result r = run(file.toString(), proof.toString(), other.toString());
        assertThat(r.code()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(r.output()).contains("[失败 FAIL] 树头由所提供的日志公钥签名");
    }

    @Test
    void an_edited_proof_fails() throws Exception {
        String json = Files.readString(proof);
        ProofBundle b = JsonMapper.builder().build().readValue(json, ProofBundle.class);
        String editedMeta = b.metadata().contentText().replace("现场视频", "伪造视频");
        ProofBundle edited = new ProofBundle(b.format(), b.logId(), b.evidenceId(), b.file(),
                new ProofBundle.Entry(b.metadata().kind(), b.metadata().leafIndex(), b.metadata().leaf(),
                        b.metadata().leafHash(), b.metadata().inclusionProof(), b.metadata().treeSize(), editedMeta),
                b.links(), b.supersededBy(), b.treeHead(), b.publicKeyPem(), b.keyId(), b.cosignatures(),
                b.timestamp());
        Files.writeString(proof, JsonMapper.builder().build().writeValueAsString(edited));
        Result r = run(file.toString(), proof.toString(), publicKey.toString());
        assertThat(r.code()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(r.output()).contains("[失败 FAIL] 元数据内容与日志条目一致");
    }

    @Test
    void wrong_usage_returns_two() {
        assertThat(run("only-one-arg").code()).isEqualTo(EvidenceVerifier.USAGE);
        assertThat(run(dir.resolve("missing").toString(), proof.toString(), publicKey.toString()).code())
                .isEqualTo(EvidenceVerifier.USAGE);
        assertThat(run(file.toString(), proof.toString(), "not-a-key-or-fingerprint").code())
                .isEqualTo(EvidenceVerifier.USAGE);
    }
}
