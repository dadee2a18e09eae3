package org.zhifa.evidence.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhifa.crypto.Sm3;

/**
 * The test vectors of docs/evidence-log.md §12, read from the document itself: every byte layout the document states is
 * recomputed from the stated inputs, and every stated signature verifies under the stated public keys — so that an
 * independent verifier written from the document alone can be checked against the same values.
 */
class EvidenceLogDocumentTest {

    static final HexFormat HEX = HexFormat.of();
    static Map<String, String> v;
    static final long LOGGED_AT = 1_767_225_600_000L;

    @BeforeAll
    static void read() throws Exception {
        String doc = Files.readString(Path.of("docs/evidence-log.md"), StandardCharsets.UTF_8);
        String block = doc.substring(doc.indexOf("<!-- vectors:begin -->"), doc.indexOf("<!-- vectors:end -->"));
        v = new LinkedHashMap<>();
        for (String line : block.lines().toList()) {
            int eq = line.indexOf(" = ");
            if (eq > 0) {
                v.put(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
            }
        }
        assertThat(v).containsKeys("leaf-0", "root-3", "head-signed-bytes", "cosigned-bytes");
        assertThat(doc).contains("`66c7f0f4 62eeedd9 d1f2d46b dc10e4e2 4167c487 5cf2f7a2 297da02b 8f4ba8e0`");
    }

    private static LogKeyPair.Verifier key(String name) {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + v.get(name) + "\n-----END PUBLIC KEY-----\n";
        return LogKeyPair.Verifier.fromPublicPem(pem);
    }

    private static EvidenceLeaf leaf(LeafKind kind, byte[] content) throws Exception {
        return new EvidenceLeaf(kind, 1, content.length, Sm3.digest(content),
                MessageDigest.getInstance("SHA-256").digest(content), LOGGED_AT);
    }

    private static List<EvidenceLeaf> leaves() throws Exception {
        String link = v.get("link-text").replace("\\n", "\n");
        return List.of(leaf(LeafKind.FILE, "abc".getBytes(StandardCharsets.US_ASCII)),
                leaf(LeafKind.METADATA, "zhifa-evidence-metadata/1\nid=1\n".getBytes(StandardCharsets.UTF_8)),
                leaf(LeafKind.LINK, link.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void key_ids_are_the_sm3_of_the_public_keys() {
        assertThat(Sm3.hex(Base64.getDecoder().decode(v.get("log-public-key")))).isEqualTo(v.get("log-key-id"));
        assertThat(key("log-public-key").keyId()).isEqualTo(v.get("log-key-id"));
        assertThat(key("witness-public-key").keyId()).isEqualTo(v.get("witness-key-id"));
        assertThat(Sm3.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void leaves_leaf_hashes_root_and_inclusion_proof_match_the_document() throws Exception {
        String link = v.get("link-text").replace("\\n", "\n");
        assertThat(Sm3.hex(link.getBytes(StandardCharsets.UTF_8))).isEqualTo(v.get("link-text-sm3"));
        InMemoryNodes tree = new InMemoryNodes();
        List<EvidenceLeaf> leaves = leaves();
        for (int i = 0; i < leaves.size(); i++) {
            assertThat(HEX.formatHex(leaves.get(i).encode())).isEqualTo(v.get("leaf-" + i));
            assertThat(HEX.formatHex(LogHash.leaf(HEX.parseHex(v.get("leaf-" + i))))).isEqualTo(v.get("leaf-hash-" + i));
            tree.append(leaves.get(i).encode());
        }
        assertThat(HEX.formatHex(tree.root())).isEqualTo(v.get("root-3"));
        List<byte[]> path = MerkleMath.inclusionProof(tree, 2, 3);
        assertThat(path).extracting(HEX::formatHex).containsExactly(v.get("inclusion-2-of-3"));
        assertThat(MerkleMath.verifyInclusion(HEX.parseHex(v.get("leaf-hash-2")), 2, 3,
                List.of(HEX.parseHex(v.get("inclusion-2-of-3"))), HEX.parseHex(v.get("root-3")))).isTrue();
    }

    @Test
    void the_signed_head_and_its_signature_match_the_document() {
        byte[] root = HEX.parseHex(v.get("root-3"));
        byte[] signed = TreeHead.signedBytes(3, root, LOGGED_AT + 1000, v.get("log-key-id"));
        assertThat(HEX.formatHex(signed)).isEqualTo(v.get("head-signed-bytes"));
        TreeHead head = new TreeHead(2, 3, root, LOGGED_AT + 1000, v.get("log-key-id"),
                HEX.parseHex(v.get("head-signature")));
        assertThat(head.verify(key("log-public-key"))).isTrue();
        assertThat(head.verify(key("witness-public-key"))).isFalse();
    }

    @Test
    void the_cosignature_and_the_key_transition_match_the_document() {
        byte[] root = HEX.parseHex(v.get("root-3"));
        Cosignature c = new Cosignature(v.get("witness-key-id"), v.get("log-key-id"), 3, root, LOGGED_AT + 2000,
                HEX.parseHex(v.get("cosignature")));
        assertThat(HEX.formatHex(c.signedBytes())).isEqualTo(v.get("cosigned-bytes"));
        assertThat(c.verify(key("witness-public-key"))).isTrue();
        assertThat(c.verify(key("log-public-key"))).isFalse();
        assertThat(HEX.formatHex(KeyTransition.signedBytes(v.get("log-key-id"), v.get("witness-key-id"),
                LOGGED_AT + 3000))).isEqualTo(v.get("key-transition-bytes"));
    }
}
