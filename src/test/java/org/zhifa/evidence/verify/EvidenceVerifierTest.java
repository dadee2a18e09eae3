package org.zhifa.evidence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
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

    @BeforeEach
    void buildLogAndProof() throws Exception {
        byte[] content = "一段执法记录仪视频的字节".repeat(1000).getBytes(StandardCharsets.UTF_8);
        file = Files.write(dir.resolve("video.mp4"), content);
        InMemoryNodes log = new InMemoryNodes();
        for (int i = 0; i < 11; i++) {
            log.append(("other-" + i).getBytes(StandardCharsets.UTF_8));
        }
        EvidenceLeaf fileLeaf = new EvidenceLeaf(LeafKind.FILE, 7, content.length, Sm3.digest(content),
                MessageDigest.getInstance("SHA-256").digest(content), 1_750_000_000_000L);
        long fileIndex = log.append(fileLeaf.encode());
        String meta = CanonicalText.of("zhifa-evidence-metadata/1").field("id", 7).field("title", "现场视频\n第一段")
                .field("place", null).text();
        byte[] metaBytes = meta.getBytes(StandardCharsets.UTF_8);
        EvidenceLeaf metaLeaf = new EvidenceLeaf(LeafKind.METADATA, 7, metaBytes.length, Sm3.digest(metaBytes),
                MessageDigest.getInstance("SHA-256").digest(metaBytes), 1_750_000_000_000L);
        long metaIndex = log.append(metaLeaf.encode());
        log.append("later".getBytes(StandardCharsets.UTF_8));
        long size = log.size();
        TreeHead head = key.signHead(size, log.root(), 1_750_000_001_000L);
        ProofBundle bundle = new ProofBundle(ProofBundle.FORMAT, 7,
                ProofBundle.Entry.of(fileLeaf, fileIndex, MerkleMath.inclusionProof(log, fileIndex, size), size, null),
                ProofBundle.Entry.of(metaLeaf, metaIndex, MerkleMath.inclusionProof(log, metaIndex, size), size, meta),
                ProofBundle.Head.of(head), key.publicPem(), key.keyId());
        proof = Files.writeString(dir.resolve("proof.json"), JsonMapper.builder().build().writeValueAsString(bundle));
        publicKey = Files.writeString(dir.resolve("log-key.pem"), key.publicPem());
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
    void without_a_key_file_the_embedded_key_is_used_with_a_warning() {
        Result r = run(file.toString(), proof.toString());
        assertThat(r.code()).isZero();
        assertThat(r.output()).contains("compare this id with the published log key");
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
        assertThat(r.output()).contains("[失败 FAIL] 树头 SM2 签名有效");
    }

    @Test
    void an_edited_proof_fails() throws Exception {
        String json = Files.readString(proof);
        ProofBundle b = JsonMapper.builder().build().readValue(json, ProofBundle.class);
        String editedMeta = b.metadata().contentText().replace("现场视频", "伪造视频");
        ProofBundle edited = new ProofBundle(b.format(), b.evidenceId(), b.file(),
                new ProofBundle.Entry(b.metadata().kind(), b.metadata().leafIndex(), b.metadata().leaf(),
                        b.metadata().leafHash(), b.metadata().inclusionProof(), b.metadata().treeSize(), editedMeta),
                b.treeHead(), b.publicKeyPem(), b.keyId());
        Files.writeString(proof, JsonMapper.builder().build().writeValueAsString(edited));
        Result r = run(file.toString(), proof.toString(), publicKey.toString());
        assertThat(r.code()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(r.output()).contains("[失败 FAIL] 元数据内容与日志条目一致");
    }

    @Test
    void wrong_usage_returns_two() {
        assertThat(run("only-one-arg").code()).isEqualTo(EvidenceVerifier.USAGE);
        assertThat(run(dir.resolve("missing").toString(), proof.toString()).code()).isEqualTo(EvidenceVerifier.USAGE);
    }
}
