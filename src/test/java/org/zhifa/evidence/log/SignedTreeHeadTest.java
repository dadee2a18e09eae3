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

        TreeHead otherSize = new TreeHead(2, 41, root, head.timestampMillis(), head.keyId(), head.signature());
        assertThat(otherSize.verify(published)).isFalse();
        TreeHead otherTime = new TreeHead(2, 42, root, head.timestampMillis() + 1, head.keyId(), head.signature());
        assertThat(otherTime.verify(published)).isFalse();
        assertThat(head.verify(LogKeyPair.generate().verifier())).isFalse();
    }

    @Test
    void each_head_names_the_key_that_signed_it_in_its_signed_bytes() {
        LogKeyPair key = LogKeyPair.generate();
        LogKeyPair other = LogKeyPair.generate();
        byte[] root = LogHash.leaf(new byte[] {4});
        TreeHead head = key.signHead(7, root, 1_700_000_000_000L);
        assertThat(head.version()).isEqualTo(TreeHead.VERSION_2);
        assertThat(head.keyId()).isEqualTo(key.keyId());
        assertThat(HexFormat.of().formatHex(head.signedBytes())).endsWith(key.keyId());
        // Naming another key breaks the signature; the other key's verifier refuses a head that does not name it.
        TreeHead renamed = new TreeHead(2, 7, root, head.timestampMillis(), other.keyId(), head.signature());
        assertThat(renamed.verify(key.verifier())).isFalse();
        assertThat(renamed.verify(other.verifier())).isFalse();
        assertThat(head.verify(key.verifier())).isTrue();
    }

    @Test
    void a_version_1_head_still_verifies_with_its_key() {
        LogKeyPair key = LogKeyPair.generate();
        byte[] root = LogHash.leaf(new byte[] {5});
        byte[] signature = key.sign(TreeHead.signedBytesV1(3, root, 1_650_000_000_000L));
        TreeHead v1 = new TreeHead(1, 3, root, 1_650_000_000_000L, key.keyId(), signature);
        assertThat(v1.verify(key.verifier())).isTrue();
        assertThat(v1.verify(LogKeyPair.generate().verifier())).isFalse();
        assertThat(new TreeHead(1, 3, root, 1_650_000_000_000L, null, signature).verify(key.verifier())).isTrue();
    }

    @Test
    void the_signed_bytes_follow_the_documented_layout() {
        byte[] root = new byte[32];
        root[31] = 7;
        String keyId = "ab".repeat(32);
        byte[] b = TreeHead.signedBytes(3, root, 0x0102030405060708L, keyId);
        assertThat(b).hasSize(82);
        assertThat(HexFormat.of().formatHex(b)).isEqualTo("0201" + "0102030405060708" + "0000000000000003"
                + "00".repeat(31) + "07" + keyId);
        byte[] v1 = TreeHead.signedBytesV1(3, root, 0x0102030405060708L);
        assertThat(HexFormat.of().formatHex(v1)).isEqualTo("0101" + "0102030405060708" + "0000000000000003"
                + "00".repeat(31) + "07");
    }

    @Test
    void the_key_transition_statement_follows_the_documented_layout() {
        byte[] b = KeyTransition.signedBytes("01".repeat(32), "02".repeat(32), 0x0A0BL);
        assertThat(HexFormat.of().formatHex(b)).isEqualTo("0102" + "0000000000000a0b" + "01".repeat(32)
                + "02".repeat(32));
    }

    @Test
    void key_files_are_owner_only_and_never_overwritten() throws Exception {
        Path file = dir.resolve("secret/keys/k.pem");
        LogKeyPair key = LogKeyPair.generate();
        assertThat(key.writeNew(file)).isTrue();
        assertThat(LogKeyPair.generate().writeNew(file)).isFalse();
        assertThat(LogKeyPair.load(file).keyId()).isEqualTo(key.keyId());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
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
