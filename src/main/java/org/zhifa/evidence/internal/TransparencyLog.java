package org.zhifa.evidence.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhifa.common.InvalidInputException;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.MerkleMath.NodeKey;
import org.zhifa.evidence.log.PerfectNodes;
import org.zhifa.evidence.log.TreeHead;

/**
 * The evidence transparency log in PostgreSQL: leaves, the hashes of perfect subtrees, and signed tree heads.
 * Appends happen inside the caller's transaction under an advisory lock, so an item and its log entries commit
 * together and entries get gap-free indices even with several application instances.
 */
@Service
public class TransparencyLog {

    /** Advisory lock key serialising appends ("zhifaEvL"). */
    static final long APPEND_LOCK = 0x7A68_6966_6145_764CL;

    private static final String HEAD_COLUMNS = "version, tree_size, root_hash, issued_at_ms, key_id, signature";

    private final JdbcClient jdbc;
    private final LogKeys keys;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TransparencyLog(JdbcClient jdbc, LogKeys keys, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
        this.events = events;
    }

    /** Published in the transaction that stored a head; witnesses and the time-stamping authority hear of it after. */
    public record HeadStored(long headId, long treeSize) {
    }

    /** A leaf to append and the record it stands for. */
    public record NewEntry(EvidenceLeaf leaf, Long recordId) {
    }

    /** The indices given to the appended leaves and the head signed after them. */
    public record Appended(List<Long> indices, TreeHead head) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Appended append(List<NewEntry> entries) {
        lock();
        long size = latestStoredHead().map(TreeHead::treeSize).orElse(0L);
        DbNodes nodes = new DbNodes();
        List<NodeKey> siblings = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            siblings.addAll(MerkleMath.leftSiblingsOf(size + i));
        }
        nodes.prefetch(siblings);
        List<Long> indices = new ArrayList<>();
        List<MerkleMath.StoredNode> created = new ArrayList<>();
        for (NewEntry e : entries) {
            long index = size + indices.size();
            byte[] leafBytes = e.leaf().encode();
            jdbc.sql("""
                    insert into evidence_log_leaf (leaf_index, kind, evidence_id, record_id, leaf)
                    values (?, ?, ?, ?, ?)
                    """).params(index, e.leaf().kind().name(), e.leaf().evidenceId(), e.recordId(), leafBytes).update();
            for (MerkleMath.StoredNode n : MerkleMath.nodesCompletedBy(index, e.leaf().leafHash(), nodes)) {
                nodes.put(n.level(), n.index(), n.hash());
                created.add(n);
            }
            indices.add(index);
        }
        for (MerkleMath.StoredNode n : created) {
            jdbc.sql("insert into evidence_log_node (level, node_index, hash) values (?, ?, ?)")
                    .params(n.level(), n.index(), n.hash()).update();
        }
        long newSize = size + entries.size();
        nodes.prefetch(MerkleMath.nodesNeeded(p -> MerkleMath.root(p, newSize)));
        TreeHead head = storeHead(newSize, MerkleMath.root(nodes, newSize), keys.signing());
        return new Appended(indices, head);
    }

    private void lock() {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(Integer.class).single();
    }

    private TreeHead storeHead(long size, byte[] root, org.zhifa.evidence.log.HeadSigner key) {
        TreeHead head = key.signHead(size, root, clock.millis());
        long id = jdbc.sql("""
                insert into evidence_log_head (version, tree_size, root_hash, issued_at_ms, signature, key_id)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(head.version(), size, root, head.timestampMillis(), head.signature(), head.keyId())
                .query(Long.class).single();
        events.publishEvent(new HeadStored(id, size));
        return head;
    }

    /**
     * Replaces the signing key: the current key endorses a new one, which signs a head at the current size at once,
     * so that the change is visible to everyone who follows the heads. The retired private key is destroyed when the
     * transaction commits; its public key stays recorded.
     */
    @Transactional
    public LogKeys.KeyRecord rotateKey(String reason) {
        lock();
        LogKeys.Rotation rotation = keys.beginRotation(reason);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    keys.finishRotation(rotation);
                } else {
                    keys.abortRotation(rotation);
                }
            }
        });
        long size = latestStoredHead().map(TreeHead::treeSize).orElse(0L);
        storeHead(size, root(size), rotation.key());
        return rotation.record();
    }

    /** The latest signed head; the empty tree's head is signed and stored the first time it is asked for. */
    @Transactional
    public TreeHead latestHead() {
        Optional<TreeHead> head = latestStoredHead();
        if (head.isPresent()) {
            return head.get();
        }
        lock();
        return latestStoredHead().orElseGet(() -> storeHead(0, MerkleMath.root(new DbNodes(), 0), keys.signing()));
    }

    /** A stored head by its row id. */
    public Optional<TreeHead> storedHead(long id) {
        return jdbc.sql("select " + HEAD_COLUMNS + " from evidence_log_head where id = ?").param(id)
                .query(TransparencyLog::head).optional();
    }

    /** The row id of the latest stored head. */
    public Optional<Long> latestHeadId() {
        return jdbc.sql("select id from evidence_log_head order by tree_size desc, id desc limit 1").query(Long.class)
                .optional();
    }

    Optional<TreeHead> latestStoredHead() {
        return jdbc.sql("select " + HEAD_COLUMNS + " from evidence_log_head order by tree_size desc, id desc limit 1")
                .query(TransparencyLog::head).optional();
    }

    /**
     * The stored signed head for {@code size} (the latest one signed for it). Heads are signed only when the log
     * grows (and when the key changes); a size in the middle of an append batch never had a head, and none is made
     * up afterwards: the answer names the stored sizes on either side.
     */
    public TreeHead headFor(long size) {
        TreeHead latest = latestHead();
        if (size < 0 || size > latest.treeSize()) {
            throw new InvalidInputException("树大小须在 0 至 " + latest.treeSize() + " 之间",
                    Map.of("treeSize", "超出日志当前大小"));
        }
        if (size == latest.treeSize()) {
            return latest;
        }
        return jdbc.sql("select " + HEAD_COLUMNS + " from evidence_log_head where tree_size = ? order by id desc limit 1")
                .param(size).query(TransparencyLog::head).optional()
                .orElseThrow(() -> new HeadNotStoredException(size,
                        jdbc.sql("select max(tree_size) from evidence_log_head where tree_size < ?").param(size)
                                .query(Long.class).optional().orElse(null),
                        jdbc.sql("select min(tree_size) from evidence_log_head where tree_size > ?").param(size)
                                .query(Long.class).optional().orElse(null)));
    }

    /** Stored heads with a tree size of at least {@code fromSize}, in order of size, at most {@code limit}. */
    public List<TreeHead> heads(long fromSize, int limit) {
        return jdbc.sql("select " + HEAD_COLUMNS + " from evidence_log_head where tree_size >= ? order by tree_size, id "
                + "limit ?").params(fromSize, limit).query(TransparencyLog::head).list();
    }

    public List<TreeHead> allHeads() {
        return jdbc.sql("select " + HEAD_COLUMNS + " from evidence_log_head order by id")
                .query(TransparencyLog::head).list();
    }

    private static TreeHead head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TreeHead(rs.getInt(1), rs.getLong(2), rs.getBytes(3), rs.getLong(4), rs.getString(5).trim(),
                rs.getBytes(6));
    }

    public byte[] root(long size) {
        DbNodes nodes = new DbNodes();
        nodes.prefetch(MerkleMath.nodesNeeded(p -> MerkleMath.root(p, size)));
        return MerkleMath.root(nodes, size);
    }

    public List<byte[]> inclusionProof(long index, long size) {
        DbNodes nodes = new DbNodes();
        nodes.prefetch(MerkleMath.nodesNeeded(p -> MerkleMath.inclusionProof(p, index, size)));
        return MerkleMath.inclusionProof(nodes, index, size);
    }

    public List<byte[]> consistencyProof(long from, long to) {
        DbNodes nodes = new DbNodes();
        nodes.prefetch(MerkleMath.nodesNeeded(p -> MerkleMath.consistencyProof(p, from, to)));
        return MerkleMath.consistencyProof(nodes, from, to);
    }

    public Optional<EvidenceLeaf> leaf(long index) {
        return jdbc.sql("select leaf from evidence_log_leaf where leaf_index = ?").param(index)
                .query((rs, n) -> EvidenceLeaf.decode(rs.getBytes(1))).optional();
    }

    /** A leaf of an item by kind (FILE, METADATA) or of a link (LINK with the link id). */
    public Optional<Long> indexOf(long evidenceId, String kind, Long recordId) {
        return jdbc.sql("""
                select leaf_index from evidence_log_leaf
                where evidence_id = ? and kind = ? and (cast(? as bigint) is null or record_id = ?)
                order by leaf_index limit 1
                """).params(evidenceId, kind, recordId, recordId).query(Long.class).optional();
    }

    public LogKeys keys() {
        return keys;
    }

    /** Perfect nodes read from the table, fetched in batches and cached for one computation. */
    final class DbNodes implements PerfectNodes {

        private final Map<NodeKey, byte[]> cache = new HashMap<>();

        void put(int level, long index, byte[] hash) {
            cache.put(new NodeKey(level, index), hash);
        }

        void prefetch(Collection<NodeKey> keys) {
            List<NodeKey> missing = keys.stream().filter(k -> !cache.containsKey(k)).distinct().toList();
            for (int from = 0; from < missing.size(); from += 500) {
                List<NodeKey> batch = missing.subList(from, Math.min(missing.size(), from + 500));
                StringBuilder sql = new StringBuilder(
                        "select level, node_index, hash from evidence_log_node where (level, node_index) in (");
                List<Object> params = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
                    params.add(batch.get(i).level());
                    params.add(batch.get(i).index());
                }
                sql.append(")");
                jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
                    cache.put(new NodeKey(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
                    return null;
                }).list();
            }
        }

        @Override
        public byte[] get(int level, long index) {
            NodeKey k = new NodeKey(level, index);
            byte[] h = cache.get(k);
            if (h == null) {
                h = jdbc.sql("select hash from evidence_log_node where level = ? and node_index = ?")
                        .params(level, index).query(byte[].class).optional()
                        .orElseThrow(() -> new LogDamagedException("证据日志缺少节点 level=" + level + " index=" + index));
                cache.put(k, h);
            }
            return h;
        }
    }

    /** No head was ever signed for a size; says which stored sizes lie on either side (404). */
    public static class HeadNotStoredException extends RuntimeException {

        private final long size;
        private final Long before;
        private final Long after;

        HeadNotStoredException(long size, Long before, Long after) {
            super("没有树大小为 " + size + " 的已签名树头：树头只在日志增长时签发，不为任意大小补签。最接近的已存储树头："
                    + (before == null ? "" : "大小 " + before + "（之前）") + (before != null && after != null ? "、" : "")
                    + (after == null ? "" : "大小 " + after + "（之后）")
                    + "；全部已存储树头见 GET /api/public/evidence/log/heads?from=N");
            this.size = size;
            this.before = before;
            this.after = after;
        }

        public long size() {
            return size;
        }

        public Long before() {
            return before;
        }

        public Long after() {
            return after;
        }
    }

    /** The stored log lacks data it must have: a sign of tampering, reported as an integrity failure. */
    public static class LogDamagedException extends RuntimeException {

        public LogDamagedException(String message) {
            super(message);
        }
    }
}
