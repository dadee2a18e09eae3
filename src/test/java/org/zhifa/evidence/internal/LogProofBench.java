package org.zhifa.evidence.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.LeafKind;
import org.zhifa.evidence.log.LogHash;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.TreeHead;

/**
 * Benchmark helper (bench/evidence-bench.sh, not a test): fills the log of a zhifa database with synthetic leaves up
 * to a target size, inserting leaves and perfect nodes directly in batches, signs a head for the new size with the
 * instance's log key, then times inclusion and consistency proofs through {@link TransparencyLog}, i.e. the same SQL
 * and code as the proof API. Prints the figures.
 *
 * <p>Arguments: jdbcUrl user password keyFile targetSize [proofSamples]
 */
public final class LogProofBench {

    /** The benchmark records nothing in the audit log. */
    private static final org.zhifa.audit.AuditTrail NO_AUDIT = new org.zhifa.audit.AuditTrail() {
        @Override
        public void record(String action, String objectType, String objectId, org.zhifa.audit.AuditResult result,
                String detail) {
        }

        @Override
        public void record(org.zhifa.audit.AuditEvent event) {
        }
    };

    private LogProofBench() {
    }

    public static void main(String[] args) throws Exception {
        long target = Long.parseLong(args[4]);
        int samples = args.length > 5 ? Integer.parseInt(args[5]) : 1000;
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(args[0]);
            ds.setUsername(args[1]);
            ds.setPassword(args[2]);
            ds.addDataSourceProperty("reWriteBatchedInserts", "true");
            JdbcClient jdbc = JdbcClient.create(ds);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            LogKeys keys = new LogKeys(jdbc, tx, Path.of(args[3]), null, Clock.systemUTC(), NO_AUDIT);
            org.zhifa.evidence.log.HeadSigner key = keys.active();
            TransparencyLog log = new TransparencyLog(jdbc, keys, Clock.systemUTC(), event -> { });
            long size = tx.execute(s -> log.latestHead()).treeSize();
            long t0 = System.nanoTime();
            if (size < target) {
                fill(ds, log, size, target);
                tx.executeWithoutResult(s -> {
                    jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(TransparencyLog.APPEND_LOCK)
                            .query(Integer.class).single();
                    byte[] root = log.root(target);
                    TreeHead head = key.signHead(target, root, System.currentTimeMillis());
                    jdbc.sql("insert into evidence_log_head (version, tree_size, root_hash, issued_at_ms, signature, "
                            + "key_id) values (?, ?, ?, ?, ?, ?)").params(head.version(), target, root,
                                    head.timestampMillis(), head.signature(), head.keyId()).update();
                });
                System.out.printf("generated %,d leaves (+ perfect nodes) in %.1f s%n", target - size,
                        (System.nanoTime() - t0) / 1e9);
            }
            TreeHead head = log.latestHead();
            long n = head.treeSize();
            Random random = new Random(42);
            // warm-up (JIT, connection pool, PostgreSQL buffers)
            for (int i = 0; i < 200; i++) {
                log.inclusionProof(Math.floorMod(random.nextLong(), n), n);
            }
            long[] times = new long[samples];
            int ok = 0;
            for (int i = 0; i < samples; i++) {
                long index = Math.floorMod(random.nextLong(), n);
                long s = System.nanoTime();
                List<byte[]> proof = log.inclusionProof(index, n);
                byte[] leaf = jdbc.sql("select leaf from evidence_log_leaf where leaf_index = ?").param(index)
                        .query(byte[].class).single();
                times[i] = System.nanoTime() - s;
                if (MerkleMath.verifyInclusion(LogHash.leaf(leaf), index, n, proof, head.rootHash())) {
                    ok++;
                }
            }
            print(String.format("inclusion proof (+ leaf) at tree size %,d", n), times);
            System.out.printf("  verified against the signed head: %d / %d%n", ok, samples);
            long[] ctimes = new long[Math.min(samples, 200)];
            for (int i = 0; i < ctimes.length; i++) {
                long from = 1 + Math.floorMod(random.nextLong(), n - 1);
                long s = System.nanoTime();
                log.consistencyProof(from, n);
                ctimes[i] = System.nanoTime() - s;
            }
            print(String.format("consistency proof to tree size %,d", n), ctimes);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        System.out.printf("%s: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)%n", what,
                mean, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    /** Appends synthetic METADATA-kind leaves (evidence id 0, which no item has) in batches of 10,000. */
    private static void fill(HikariDataSource ds, TransparencyLog log, long from, long to) throws Exception {
        // The right edge of the tree: perfect nodes with an even index, which later leaves merge with.
        Map<MerkleMath.NodeKey, byte[]> edge = new HashMap<>();
        TransparencyLog.DbNodes existing = log.new DbNodes();
        for (long i = from; i < to; i += 10_000) {
            long end = Math.min(to, i + 10_000);
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement leaves = c.prepareStatement(
                        "insert into evidence_log_leaf (leaf_index, kind, evidence_id, leaf) values (?, 'METADATA', 0, ?)");
                        PreparedStatement nodes = c.prepareStatement(
                                "insert into evidence_log_node (level, node_index, hash) values (?, ?, ?)")) {
                    for (long idx = i; idx < end; idx++) {
                        byte[] d = ByteBuffer.allocate(32).putLong(idx).array();
                        byte[] bytes = new EvidenceLeaf(LeafKind.METADATA, 0, 0, LogHash.leaf(d), d,
                                System.currentTimeMillis()).encode();
                        leaves.setLong(1, idx);
                        leaves.setBytes(2, bytes);
                        leaves.addBatch();
                        List<MerkleMath.StoredNode> created = MerkleMath.nodesCompletedBy(idx, LogHash.leaf(bytes),
                                (level, index) -> {
                                    byte[] h = edge.get(new MerkleMath.NodeKey(level, index));
                                    return h != null ? h : existing.get(level, index);
                                });
                        for (MerkleMath.StoredNode n : created) {
                            nodes.setInt(1, n.level());
                            nodes.setLong(2, n.index());
                            nodes.setBytes(3, n.hash());
                            nodes.addBatch();
                            if ((n.index() & 1) == 0) {
                                edge.put(new MerkleMath.NodeKey(n.level(), n.index()), n.hash());
                            } else {
                                // a right child is never a left sibling, and its left sibling is now used up
                                edge.remove(new MerkleMath.NodeKey(n.level(), n.index() - 1));
                            }
                        }
                    }
                    leaves.executeBatch();
                    nodes.executeBatch();
                }
                c.commit();
            }
            if ((end - from) % 200_000 < 10_000) {
                System.out.printf("  … %,d leaves%n", end);
            }
        }
    }
}
