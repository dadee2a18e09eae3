package org.zhifa.evidence.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.evidence.log.Cosignature;
import org.zhifa.evidence.log.InMemoryNodes;
import org.zhifa.evidence.log.KeyTransition;
import org.zhifa.evidence.log.LogKeyInfo;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/**
 * The witness's rules (docs/evidence-log.md §8.1): it cosigns only heads signed by a log key it trusts and consistent
 * with the head it cosigned last; a head that contradicts what it saw is an alarm and is never cosigned.
 */
class WitnessTest {

    @TempDir
    Path dir;

    LogKeyPair logKey = LogKeyPair.generate();
    InMemoryNodes log = new InMemoryNodes();
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    WitnessStore store;
    Witness witness;

    @BeforeEach
    void init() throws Exception {
        WitnessStore.init(dir, config());
        store = WitnessStore.open(dir);
        witness = new Witness(store, clock);
    }

    private WitnessRecords.Config config() {
        return new WitnessRecords.Config(WitnessStore.CONFIG_FORMAT, "海西州交通运输综合行政执法监督局（测试）", logKey.keyId(), null,
                List.of(new WitnessRecords.TrustedKey(logKey.keyId(), logKey.publicPem(), "pinned", 0)));
    }

    private void grow(int leaves, String prefix) {
        for (int i = 0; i < leaves; i++) {
            log.append((prefix + log.size()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private TreeHead head(LogKeyPair key, InMemoryNodes tree) {
        return key.signHead(tree.size(), tree.root(), 1_770_000_000_000L + tree.size());
    }

    private Witness.Outcome add(long oldSize, InMemoryNodes tree, TreeHead head, List<LogKeyInfo> keys) {
        List<String> proof = oldSize == 0 ? List.of() : MerkleMath.consistencyProof(tree, oldSize, head.treeSize())
                .stream().map(HexFormat.of()::formatHex).toList();
        return witness.addHead(new WitnessRecords.AddHead(logKey.keyId(), oldSize, proof, ProofBundle.Head.of(head),
                keys), "push");
    }

    private Witness.Outcome add(long oldSize, TreeHead head) {
        return add(oldSize, log, head, null);
    }

    @Test
    void a_witness_cosigns_a_head_consistent_with_the_head_it_cosigned_last() throws Exception {
        grow(5, "a");
        Witness.Outcome first = add(0, head(logKey, log));
        assertThat(first.status()).isEqualTo(200);
        grow(4, "b");
        TreeHead second = head(logKey, log);
        Witness.Outcome o = add(5, second);
        assertThat(o.status()).as(o.body().toString()).isEqualTo(200);
        ProofBundle.Cosigned c = (ProofBundle.Cosigned) o.body().get("cosignature");
        Cosignature cs = c.toCosignature(logKey.keyId());
        assertThat(cs.covers(logKey.keyId(), second)).isTrue();
        assertThat(cs.verify(store.key().verifier())).isTrue();
        assertThat(cs.timestampMillis()).isEqualTo(clock.millis());
        // the new state is on disk: a restarted witness continues from it
        store.close();
        store = WitnessStore.open(dir);
        assertThat(store.cosigned().head().treeSize()).isEqualTo(9);
        assertThat(store.heads()).extracting(WitnessRecords.SeenHead::verdict).containsExactly("COSIGNED", "COSIGNED");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("witness-sm2.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_witness_refuses_and_raises_an_alarm_for_a_head_inconsistent_with_what_it_cosigned() throws Exception {
        grow(6, "a");
        assertThat(add(0, head(logKey, log)).status()).isEqualTo(200);
        // the operator rewrites entry 2 and re-signs with the same key: a different tree from leaf 2 on
        InMemoryNodes rewritten = new InMemoryNodes();
        for (int i = 0; i < 9; i++) {
            rewritten.append((i == 2 ? "forged" : "a" + i).getBytes(StandardCharsets.UTF_8));
        }
        TreeHead forged = head(logKey, rewritten);
        Witness.Outcome o = add(6, rewritten, forged, null);
        assertThat(o.status()).isEqualTo(422);
        assertThat(o.body()).containsEntry("alarm", "INCONSISTENT");
        assertThat(store.cosigned().head().treeSize()).isEqualTo(6);
        assertThat(store.alarms()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("INCONSISTENT");
            assertThat(a.head().rootHash()).isEqualTo(forged.rootHex());
            assertThat(a.conflicting().treeSize()).isEqualTo(6);
        });
        // kept, with the verdict
        assertThat(store.heads()).last().satisfies(h -> assertThat(h.verdict()).isEqualTo("INCONSISTENT"));
        // the log sending it again (every retry) is refused again, recorded and alarmed once
        int heads = store.heads().size();
        assertThat(add(6, rewritten, forged, null).status()).isEqualTo(422);
        assertThat(store.alarms()).hasSize(1);
        assertThat(store.heads()).hasSize(heads);
    }

    @Test
    void two_different_heads_for_the_same_size_are_a_split_view_and_are_not_cosigned() {
        grow(4, "a");
        assertThat(add(0, head(logKey, log)).status()).isEqualTo(200);
        grow(3, "b");
        TreeHead honest = head(logKey, log);
        assertThat(add(4, honest).status()).isEqualTo(200);
        InMemoryNodes other = new InMemoryNodes();
        for (int i = 0; i < 7; i++) {
            other.append(("x" + i).getBytes(StandardCharsets.UTF_8));
        }
        Witness.Outcome o = add(7, other, head(logKey, other), null);
        assertThat(o.status()).isEqualTo(409);
        assertThat(o.body()).containsEntry("alarm", "SPLIT_VIEW");
        assertThat(store.alarms()).extracting(WitnessRecords.Alarm::kind).containsExactly("SPLIT_VIEW");
        assertThat(store.cosigned().head().rootHash()).isEqualTo(honest.rootHex());
    }

    @Test
    void a_log_sending_the_wrong_old_size_is_told_the_cosigned_size() {
        grow(3, "a");
        assertThat(add(0, head(logKey, log)).status()).isEqualTo(200);
        grow(2, "b");
        Witness.Outcome o = add(0, head(logKey, log));
        assertThat(o.status()).isEqualTo(409);
        assertThat(o.body()).containsEntry("cosignedSize", 3L).doesNotContainKey("alarm");
        assertThat(store.alarms()).isEmpty();
    }

    @Test
    void a_head_signed_by_a_key_the_witness_does_not_trust_is_refused() {
        grow(3, "a");
        Witness.Outcome o = add(0, head(LogKeyPair.generate(), log));
        assertThat(o.status()).isEqualTo(403);
        assertThat(store.cosigned()).isNull();
    }

    @Test
    void a_rotated_log_key_is_trusted_through_the_old_keys_endorsement_and_an_unendorsed_one_is_an_alarm() {
        grow(3, "a");
        assertThat(add(0, head(logKey, log)).status()).isEqualTo(200);
        LogKeyPair next = LogKeyPair.generate();
        long at = 1_770_000_100_000L;
        byte[] endorsement = logKey.sign(KeyTransition.signedBytes(logKey.keyId(), next.keyId(), at));
        List<LogKeyInfo> keys = List.of(new LogKeyInfo(logKey.keyId(), logKey.publicPem(), null, null, null, "首次"),
                new LogKeyInfo(next.keyId(), next.publicPem(), logKey.keyId(), HexFormat.of().formatHex(endorsement),
                        at, "轮换"));
        grow(2, "b");
        Witness.Outcome o = add(3, log, head(next, log), keys);
        assertThat(o.status()).as(o.body().toString()).isEqualTo(200);
        assertThat(store.config().trustedKeys()).extracting(WitnessRecords.TrustedKey::keyId)
                .containsExactly(logKey.keyId(), next.keyId());

        // a key that took over without the previous key's endorsement (declared lost) is not followed
        LogKeyPair unendorsed = LogKeyPair.generate();
        List<LogKeyInfo> withLost = List.of(keys.get(0), keys.get(1),
                new LogKeyInfo(unendorsed.keyId(), unendorsed.publicPem(), next.keyId(), null, null, "原私钥丢失"));
        grow(1, "c");
        Witness.Outcome refused = add(5, log, head(unendorsed, log), withLost);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(store.alarms()).extracting(WitnessRecords.Alarm::kind).containsExactly("UNENDORSED_KEY");
        // nor is a forged endorsement
        LogKeyPair forger = LogKeyPair.generate();
        List<LogKeyInfo> forged = List.of(keys.get(0), new LogKeyInfo(forger.keyId(), forger.publicPem(),
                next.keyId(), HexFormat.of().formatHex(forger.sign(KeyTransition.signedBytes(next.keyId(),
                        forger.keyId(), at))), at, "伪造"));
        assertThat(add(5, log, head(forger, log), forged).status()).isEqualTo(403);
    }

    @Test
    void a_second_witness_process_cannot_open_the_same_directory() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WitnessStore.open(dir))
                .hasMessageContaining("另一个见证进程正在使用目录");
    }
}
