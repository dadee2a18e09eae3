package org.zhifa.evidence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.evidence.log.Cosignature;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/** Witnesses' cosignatures as stored ({@code evidence_log_cosignature}, append-only). */
@Repository
public class LogCosignatures {

    private final JdbcClient jdbc;

    LogCosignatures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Cosignature c, String witnessName, Instant receivedAt) {
        jdbc.sql("""
                insert into evidence_log_cosignature (tree_size, root_hash, witness_key_id, witness_name, cosigned_at_ms,
                    signature, received_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """).params(c.treeSize(), c.rootHash(), c.witnessKeyId(), witnessName, c.timestampMillis(),
                        c.signature(), EvidenceRecords.odt(receivedAt)).update();
    }

    /** Cosignatures of a head (its size and root) by the given witnesses, the latest of each witness. */
    public List<ProofBundle.Cosigned> of(TreeHead head, String logId, Set<String> witnessKeyIds) {
        if (witnessKeyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct on (witness_key_id) witness_name, witness_key_id, cosigned_at_ms, signature
                from evidence_log_cosignature
                where tree_size = :size and root_hash = :root and witness_key_id = any(:keys)
                order by witness_key_id, cosigned_at_ms desc
                """).param("size", head.treeSize()).param("root", head.rootHash())
                .param("keys", witnessKeyIds.toArray(String[]::new))
                .query((rs, n) -> ProofBundle.Cosigned.of(rs.getString(1), new Cosignature(rs.getString(2).trim(),
                        logId, head.treeSize(), head.rootHash(), rs.getLong(3), rs.getBytes(4))))
                .list();
    }

    /**
     * The id of the latest stored head of at least {@code minSize} leaves cosigned by at least {@code quorum} of the
     * given witnesses.
     */
    public Optional<Long> latestWitnessedHeadId(Set<String> witnessKeyIds, int quorum, long minSize) {
        if (witnessKeyIds.isEmpty() || quorum <= 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select h.id from evidence_log_head h
                where h.tree_size >= :min and (
                    select count(distinct c.witness_key_id) from evidence_log_cosignature c
                    where c.tree_size = h.tree_size and c.root_hash = h.root_hash and c.witness_key_id = any(:keys)
                ) >= :quorum
                order by h.tree_size desc, h.id desc limit 1
                """).param("min", minSize).param("keys", witnessKeyIds.toArray(String[]::new)).param("quorum", quorum)
                .query(Long.class).optional();
    }
}
