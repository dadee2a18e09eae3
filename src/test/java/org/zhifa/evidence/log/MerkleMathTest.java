package org.zhifa.evidence.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Merkle tree of the evidence log against hand-built trees and against a direct transcription of the RFC 6962
 * definitions; inclusion and consistency proofs for every tree size 1..64 and every leaf / earlier size.
 */
class MerkleMathTest {

    private static final HexFormat HEX = HexFormat.of();

    private static byte[] sm3(byte[]... parts) {
        SM3Digest d = new SM3Digest();
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    private static byte[] leafBytes(int i) {
        return ("leaf-" + i).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] h(int i) {
        return sm3(new byte[] {0}, leafBytes(i));
    }

    private static byte[] n(byte[] l, byte[] r) {
        return sm3(new byte[] {1}, l, r);
    }

    private static InMemoryNodes tree(int size) {
        InMemoryNodes t = new InMemoryNodes();
        for (int i = 0; i < size; i++) {
            t.append(leafBytes(i));
        }
        return t;
    }

    @Test
    @DisplayName("SM3 符合 GB/T 32905 示例：abc")
    void sm3_matches_the_gb_t_32905_vector() {
        assertThat(HEX.formatHex(sm3("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(HEX.formatHex(org.zhifa.crypto.Sm3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void leaf_and_node_hashes_use_the_rfc_6962_domain_prefixes() {
        assertThat(LogHash.leaf(leafBytes(0))).isEqualTo(sm3(new byte[] {0x00}, leafBytes(0)));
        assertThat(LogHash.node(h(0), h(1))).isEqualTo(sm3(new byte[] {0x01}, h(0), h(1)));
        assertThat(LogHash.empty()).isEqualTo(sm3());
        assertThat(new InMemoryNodes().root()).isEqualTo(sm3());
    }

    @Test
    void known_answers_for_trees_of_one_two_three_and_seven_leaves() {
        assertThat(tree(1).root()).isEqualTo(h(0));
        assertThat(tree(2).root()).isEqualTo(n(h(0), h(1)));
        assertThat(tree(3).root()).isEqualTo(n(n(h(0), h(1)), h(2)));
        byte[] left4 = n(n(h(0), h(1)), n(h(2), h(3)));
        byte[] right3 = n(n(h(4), h(5)), h(6));
        assertThat(tree(7).root()).isEqualTo(n(left4, right3));
    }

    @Test
    void known_inclusion_and_consistency_proofs_in_a_tree_of_seven() {
        InMemoryNodes t = tree(7);
        // RFC 6962 §2.1.3 example: the path of d (index 3) is [c, g, l] = [h2, n(h0,h1), n(n(h4,h5),h6)].
        assertThat(MerkleMath.inclusionProof(t, 3, 7))
                .containsExactly(h(2), n(h(0), h(1)), n(n(h(4), h(5)), h(6)));
        // The path of leaf 6 (g): [k, i] = [n(h4,h5), left four].
        assertThat(MerkleMath.inclusionProof(t, 6, 7))
                .containsExactly(n(h(4), h(5)), n(n(h(0), h(1)), n(h(2), h(3))));
        // RFC 6962 §2.1.3: consistency 3 → 7 is [c, d, g, l].
        assertThat(MerkleMath.consistencyProof(t, 3, 7))
                .containsExactly(h(2), h(3), n(h(0), h(1)), n(n(h(4), h(5)), h(6)));
        // 4 → 7 is [l]; 6 → 7 is [i, j, k] = [n(h4,h5), h6, left four].
        assertThat(MerkleMath.consistencyProof(t, 4, 7)).containsExactly(n(n(h(4), h(5)), h(6)));
        assertThat(MerkleMath.consistencyProof(t, 6, 7))
                .containsExactly(n(h(4), h(5)), h(6), n(n(h(0), h(1)), n(h(2), h(3))));
    }

    // --- a direct transcription of RFC 6962 §2.1 on lists, as the reference ---

    private static byte[] mth(List<byte[]> d) {
        if (d.isEmpty()) {
            return sm3();
        }
        if (d.size() == 1) {
            return sm3(new byte[] {0}, d.get(0));
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return n(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
    }

    private static List<byte[]> path(int m, List<byte[]> d) {
        List<byte[]> out = new ArrayList<>();
        if (d.size() <= 1) {
            return out;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m < k) {
            out.addAll(path(m, d.subList(0, k)));
            out.add(mth(d.subList(k, d.size())));
        } else {
            out.addAll(path(m - k, d.subList(k, d.size())));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        List<byte[]> out = new ArrayList<>();
        if (m == d.size()) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, d.size())));
        } else {
            out.addAll(subproof(m - k, d.subList(k, d.size()), false));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    private static List<byte[]> leaves(int size) {
        List<byte[]> d = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            d.add(leafBytes(i));
        }
        return d;
    }

    @Test
    void every_tree_size_from_1_to_64_has_the_reference_root_and_verifiable_inclusion_proofs() {
        InMemoryNodes t = new InMemoryNodes();
        for (int size = 1; size <= 64; size++) {
            t.append(leafBytes(size - 1));
            List<byte[]> d = leaves(size);
            byte[] root = MerkleMath.root(t, size);
            assertThat(root).as("root of %d", size).isEqualTo(mth(d));
            for (int m = 0; m < size; m++) {
                List<byte[]> proof = MerkleMath.inclusionProof(t, m, size);
                assertThat(proof).as("path %d in %d", m, size).containsExactlyElementsOf(path(m, d));
                assertThat(MerkleMath.verifyInclusion(h(m), m, size, proof, root)).as("verify %d in %d", m, size)
                        .isTrue();
                // a wrong leaf, a wrong index or a wrong root must fail
                assertThat(MerkleMath.verifyInclusion(h(m + 1000), m, size, proof, root)).isFalse();
                if (size > 1) {
                    assertThat(MerkleMath.verifyInclusion(h(m), (m + 1) % size, size, proof, root)).isFalse();
                }
                // (the tree size itself is bound by the signed tree head, not by the path)
                assertThat(MerkleMath.verifyInclusion(h(m), m, size, proof, forged(root))).isFalse();
            }
        }
    }

    @Test
    void every_pair_of_sizes_up_to_64_has_a_verifiable_consistency_proof() {
        InMemoryNodes t = tree(64);
        byte[][] roots = new byte[65][];
        for (int s = 0; s <= 64; s++) {
            roots[s] = MerkleMath.root(t, s);
        }
        for (int to = 1; to <= 64; to++) {
            List<byte[]> d = leaves(to);
            for (int from = 1; from <= to; from++) {
                List<byte[]> proof = MerkleMath.consistencyProof(t, from, to);
                if (from < to) {
                    assertThat(proof).as("proof %d→%d", from, to).containsExactlyElementsOf(subproof(from, d, true));
                } else {
                    assertThat(proof).isEmpty();
                }
                assertThat(MerkleMath.verifyConsistency(from, to, roots[from], roots[to], proof))
                        .as("verify %d→%d", from, to).isTrue();
                if (from < to) {
                    // a rewritten old tree (different old root) or a wrong new root must fail
                    byte[] forged = roots[from].clone();
                    forged[0] ^= 1;
                    assertThat(MerkleMath.verifyConsistency(from, to, forged, roots[to], proof)).isFalse();
                    assertThat(MerkleMath.verifyConsistency(from, to, roots[from], forged(roots[to]), proof)).isFalse();
                    if (!proof.isEmpty()) {
                        List<byte[]> cut = proof.subList(0, proof.size() - 1);
                        assertThat(MerkleMath.verifyConsistency(from, to, roots[from], roots[to], cut)).isFalse();
                    }
                }
            }
            assertThat(MerkleMath.verifyConsistency(0, to, sm3(), roots[to], List.of())).isTrue();
        }
    }

    private static byte[] forged(byte[] b) {
        byte[] c = b.clone();
        c[31] ^= (byte) 0x80;
        return c;
    }

    @Test
    void a_log_that_dropped_an_entry_is_not_consistent_with_its_earlier_head() {
        InMemoryNodes honest = tree(10);
        byte[] headAt8 = MerkleMath.root(honest, 8);
        InMemoryNodes rewritten = new InMemoryNodes();
        for (int i = 0; i < 10; i++) {
            if (i != 5) {
                rewritten.append(leafBytes(i));
            }
        }
        List<byte[]> proof = MerkleMath.consistencyProof(rewritten, 8, 9);
        assertThat(MerkleMath.verifyConsistency(8, 9, headAt8, rewritten.root(), proof)).isFalse();
    }

    @Test
    void the_perfect_nodes_a_proof_needs_are_few_even_at_a_million_leaves() {
        var keys = MerkleMath.nodesNeeded(nodes -> {
            MerkleMath.inclusionProof(nodes, 777_777, 1_000_000);
            MerkleMath.root(nodes, 1_000_000);
        });
        assertThat(keys.size()).isLessThan(64);
        assertThat(MerkleMath.leftSiblingsOf(7)).hasSize(3);
    }
}
