package org.zhifa.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhifa.evidence.log.InMemoryNodes;
import org.zhifa.evidence.log.LogHash;

/** The self-audit's streaming root (right edge only) equals the Merkle tree hash for every size 0..64. */
class SelfAuditFrontierTest {

    @Test
    void the_streaming_root_equals_the_tree_hash_for_every_size() {
        InMemoryNodes tree = new InMemoryNodes();
        SelfAudit.Frontier frontier = new SelfAudit.Frontier();
        assertThat(frontier.root()).isEqualTo(tree.root());
        for (int i = 0; i < 64; i++) {
            byte[] leaf = ("leaf-" + i).getBytes(StandardCharsets.UTF_8);
            tree.append(leaf);
            frontier.add(LogHash.leaf(leaf));
            assertThat(frontier.root()).as("size %d", i + 1).isEqualTo(tree.root());
        }
    }
}
