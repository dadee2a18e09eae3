package org.zhifa.evidence.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedTreeHeadTest {

    @TempDir
    Path dir;

    @Test
    void the_log_key_is_created_once_and_reloaded_from_its_pem_file() throws Exception {
        Path file = dir.resolve("keys/evidence-log-sm2.pem");
        LogKeyPair first = LogKeyPair.loadOrCreate(file);
        LogKeyPair again = LogKeyPair.loadOrCreate(file);
        assertThat(again.publicPem()).isEqualTo(first.publicPem());
        assertThat(again.keyId()).isEqualTo(first.keyId()).hasSize(64);
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void a_tree_head_signed_with_sm2_verifies_with_the_published_key_only() {
        LogKeyPair key = LogKeyPair.generate();
        byte[] root = LogHash.leaf(new byte[] {1, 2, 3});
        TreeHead head = key.signHead(42, root, 1_700_000_000_000L);
        LogKeyPair.Verifier published = LogKeyPair.Verifier.fromPublicPem(key.publicPem());
        assertThat(head.verify(published)).isTrue();
        assertThat(published.keyId()).isEqualTo(key.keyId());

        TreeHead otherSize = new TreeHead(41, root, head.timestampMillis(), head.signature());
        assertThat(otherSize.verify(published)).isFalse();
        TreeHead otherTime = new TreeHead(42, root, head.timestampMillis() + 1, head.signature());
        assertThat(otherTime.verify(published)).isFalse();
        assertThat(head.verify(LogKeyPair.generate().verifier())).isFalse();
    }

    @Test
    void the_signed_bytes_follow_the_documented_layout() {
        byte[] root = new byte[32];
        root[31] = 7;
        byte[] b = TreeHead.signedBytes(3, root, 0x0102030405060708L);
        assertThat(HexFormat.of().formatHex(b)).isEqualTo("0101" + "0102030405060708" + "0000000000000003"
                + "00".repeat(31) + "07");
    }

    @Test
    void a_leaf_encodes_to_ninety_bytes_and_back() {
        byte[] sm3 = new byte[32];
        byte[] sha = new byte[32];
        sm3[0] = (byte) 0xab;
        sha[31] = (byte) 0xcd;
        EvidenceLeaf leaf = new EvidenceLeaf(LeafKind.FILE, 12, 2048, sm3, sha, 0x0A0B0C0D0E0FL);
        byte[] bytes = leaf.encode();
        assertThat(bytes).hasSize(90);
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("01" + "01" + "000000000000000c" + "0000000000000800"
                + "ab" + "00".repeat(31) + "00".repeat(31) + "cd" + "00000a0b0c0d0e0f");
        assertThat(EvidenceLeaf.decode(bytes)).isEqualTo(leaf);
        assertThatThrownBy(() -> EvidenceLeaf.decode(new byte[89])).isInstanceOf(IllegalArgumentException.class);
    }
}
