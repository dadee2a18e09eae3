package org.zhifa.evidence.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.evidence.log.LogHash;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;
import tools.jackson.databind.json.JsonMapper;

/**
 * The integrity self-audit: re-reads every stored file and re-digests it, re-encodes every metadata row and link,
 * recomputes the tree from the stored leaves, and checks every signed and every exported tree head against the
 * current log. Each mismatch becomes an alarm for the security and audit administrators and an audit record.
 * One instance runs it at a time (advisory lock); signed heads are also exported to a file and to the audit log,
 * so that a rewritten log contradicts a head kept outside the database.
 */
@Service
public class SelfAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SelfAudit.class);
    /** Advisory lock key of the self-audit ("zhifaEvA"). */
    static final long RUN_LOCK = 0x7A68_6966_6145_7641L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransparencyLog log;
    private final EvidenceRecords records;
    private final IntegrityChecker checker;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Path exportFile;

    SelfAudit(JdbcClient jdbc, javax.sql.DataSource dataSource, TransparencyLog log, EvidenceRecords records,
            IntegrityChecker checker, AuditTrail audit, TransactionTemplate tx,
            EvidenceConfiguration.EvidencePaths paths) {
        this.jdbc = jdbc;
        // Own template: the leaf scan streams with a fetch size instead of loading a million rows.
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.jdbcTemplate.setFetchSize(1000);
        this.log = log;
        this.records = records;
        this.checker = checker;
        this.audit = audit;
        this.tx = tx;
        this.exportFile = paths.headExport();
    }

    /** The outcome of one run. */
    public record Run(long id, long treeSize, int itemsChecked, int filesChecked,
            List<IntegrityChecker.Finding> findings) {

        public boolean ok() {
            return findings.isEmpty();
        }
    }

    @SchedulerLock(name = "evidence.self-audit", lockAtLeastFor = "PT30S", lockAtMostFor = "PT12H")
    @Scheduled(cron = "${zhifa.evidence.self-audit-cron:0 15 3 * * *}")
    void scheduled() {
        run("system").ifPresent(r -> LOG.info("证据完整性自检完成：{} 项，{} 个文件，{} 个告警", r.itemsChecked(),
                r.filesChecked(), r.findings().size()));
    }

    @SchedulerLock(name = "evidence.head-export", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    @Scheduled(cron = "${zhifa.evidence.head-export-cron:0 0 * * * *}")
    void scheduledExport() {
        exportHead("system");
    }

    /** Runs the self-audit unless another instance is running it (then empty). */
    public Optional<Run> run(String triggeredBy) {
        return Optional.ofNullable(tx.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RUN_LOCK).query(Boolean.class)
                    .single();
            return locked ? audit(triggeredBy) : null;
        }));
    }

    private Run audit(String triggeredBy) {
        long runId = jdbc.sql("insert into evidence_audit_run (started_at, triggered_by) values (now(), ?) returning id")
                .param(triggeredBy).query(Long.class).single();
        TreeHead head = log.latestHead();
        List<IntegrityChecker.Finding> findings = new ArrayList<>(checkLeaves(head));
        findings.addAll(checker.checkLog(head, log.allHeads()));
        findings.addAll(checkExportedHeads(head));
        findings.addAll(checkSupersession());
        findings.addAll(checkCosignatures(head));
        int items = 0;
        int files = 0;
        long after = 0;
        List<Long> ids;
        while (!(ids = records.allItemIds(after, 500)).isEmpty()) {
            for (long id : ids) {
                EvidenceItem item = records.find(id).orElseThrow();
                findings.addAll(checker.check(item, head, true));
                items++;
                files += item.hasFile() ? 1 : 0;
                after = id;
            }
        }
        for (IntegrityChecker.Finding f : findings) {
            jdbc.sql("""
                    insert into evidence_integrity_alarm (run_id, kind, evidence_id, leaf_index, detail)
                    values (?, ?, ?, ?, ?)
                    """).params(runId, f.kind(), f.evidenceId(), f.leafIndex(), f.detail()).update();
            audit.record(new AuditEvent(triggeredBy, null, null, "EVIDENCE_INTEGRITY_ALARM", "EVIDENCE",
                    f.evidenceId() == null ? null : String.valueOf(f.evidenceId()), AuditResult.FAILURE,
                    f.kind() + "：" + f.detail(), null));
        }
        jdbc.sql("""
                update evidence_audit_run set finished_at = now(), tree_size = ?, items_checked = ?, files_checked = ?,
                    alarms = ? where id = ?
                """).params(head.treeSize(), items, files, findings.size(), runId).update();
        audit.record(new AuditEvent(triggeredBy, null, null, "EVIDENCE_SELF_AUDIT", "EVIDENCE_LOG",
                String.valueOf(runId), findings.isEmpty() ? AuditResult.SUCCESS : AuditResult.FAILURE,
                "证据完整性自检：日志 " + head.treeSize() + " 条，证据 " + items + " 项，文件 " + files + " 个，告警 "
                        + findings.size() + " 个", null));
        writeExport(head, triggeredBy);
        return new Run(runId, head.treeSize(), items, files, findings);
    }

    /** Every leaf present once, hashed into its level-0 node, and the leaves yield the signed root. */
    private List<IntegrityChecker.Finding> checkLeaves(TreeHead head) {
        List<IntegrityChecker.Finding> out = new ArrayList<>();
        Frontier frontier = new Frontier();
        long[] expected = {0};
        jdbcTemplate.query("""
                select coalesce(l.leaf_index, n.node_index) as idx, l.leaf, n.hash, l.evidence_id
                from evidence_log_leaf l full join (select node_index, hash from evidence_log_node where level = 0) n
                  on n.node_index = l.leaf_index
                order by idx
                """, (ResultSet rs) -> {
                    long idx = rs.getLong(1);
                    byte[] leaf = rs.getBytes(2);
                    byte[] node = rs.getBytes(3);
                    while (expected[0] < idx) {
                        out.add(new IntegrityChecker.Finding("LEAF_MISSING", null, expected[0],
                                "日志条目 " + expected[0] + " 缺失（被删除）"));
                        expected[0]++;
                        frontier.broken = true;
                    }
                    expected[0] = idx + 1;
                    if (leaf == null) {
                        out.add(new IntegrityChecker.Finding("LEAF_MISSING", null, idx, "日志条目 " + idx + " 缺失（被删除）"));
                        frontier.broken = true;
                        return;
                    }
                    byte[] h = LogHash.leaf(leaf);
                    if (node == null || !MessageDigest.isEqual(h, node)) {
                        out.add(new IntegrityChecker.Finding("LEAF_MODIFIED", (Long) rs.getObject(4), idx,
                                "日志条目 " + idx + " 与树中的哈希不一致（条目被改动）"));
                    }
                    if (idx < head.treeSize()) {
                        frontier.add(h);
                    }
                });
        if (expected[0] < head.treeSize()) {
            out.add(new IntegrityChecker.Finding("LEAF_MISSING", null, expected[0], "日志只有 " + expected[0]
                    + " 条，而已签名树头记载 " + head.treeSize() + " 条（条目被删除）"));
        } else if (!frontier.broken && !MessageDigest.isEqual(frontier.root(), head.rootHash())) {
            out.add(new IntegrityChecker.Finding("TREE_ROOT_MISMATCH", null, null,
                    "由日志条目重新计算的根哈希与最新签名树头不一致"));
        }
        return out;
    }

    private List<IntegrityChecker.Finding> checkExportedHeads(TreeHead latest) {
        List<IntegrityChecker.Finding> out = new ArrayList<>();
        if (!Files.exists(exportFile)) {
            return out;
        }
        List<TreeHead> exported = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(exportFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    exported.add(JSON.readValue(line, ProofBundle.Head.class).toTreeHead());
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add(new IntegrityChecker.Finding("HEAD_EXPORT_UNREADABLE", null, null, "树头导出文件无法读取：" + e.getMessage()));
            return out;
        }
        for (IntegrityChecker.Finding f : checker.checkLog(latest, exported)) {
            out.add(new IntegrityChecker.Finding(f.kind(), f.evidenceId(), f.leafIndex(), "（导出文件）" + f.detail()));
        }
        return out;
    }

    /**
     * The one column of an item that may change, {@code superseded_by_id}, is checked against the superseding item's
     * own logged metadata ({@code supersedes_id}, which the metadata check covers): a pointer to an item that does not
     * record the supersession is forged; a supersession the pointer does not show was removed (which would make a
     * corrected item count again, e.g. as the continuous recording of 处罚法 Art. 47).
     */
    private List<IntegrityChecker.Finding> checkSupersession() {
        List<IntegrityChecker.Finding> out = new ArrayList<>();
        jdbc.sql("""
                select i.id, i.superseded_by_id, s.id is not null, s.supersedes_id
                from evidence_item i left join evidence_item s on s.id = i.superseded_by_id
                where i.superseded_by_id is not null and (s.id is null or s.supersedes_id is distinct from i.id)
                order by i.id
                """).query((rs, n) -> new IntegrityChecker.Finding("SUPERSEDED_BY_FORGED", rs.getLong(1), null,
                        "证据 " + rs.getLong(1) + " 标记为已被证据 " + rs.getLong(2) + " 更正，但"
                                + (rs.getBoolean(3) ? "证据 " + rs.getLong(2) + " 的日志元数据记载其更正的是 "
                                        + (rs.getObject(4) == null ? "（无）" : "证据 " + rs.getLong(4))
                                        : "证据 " + rs.getLong(2) + " 不存在")
                                + "（“已被更正”标记被篡改）")).list().forEach(out::add);
        jdbc.sql("""
                select s.supersedes_id, s.id, o.superseded_by_id
                from evidence_item s join evidence_item o on o.id = s.supersedes_id
                where o.superseded_by_id is distinct from s.id
                order by s.id
                """).query((rs, n) -> new IntegrityChecker.Finding("SUPERSEDED_BY_MISSING", rs.getLong(1), null,
                        "证据 " + rs.getLong(2) + " 的日志元数据记载其更正证据 " + rs.getLong(1) + "，但证据 " + rs.getLong(1)
                                + " 的“已被更正”标记为" + (rs.getObject(3) == null ? "空" : "证据 " + rs.getLong(3))
                                + "（标记被篡改）")).list().forEach(out::add);
        return out;
    }

    /**
     * Every head a witness cosigned must still be the log's head of that size: a log rewritten and re-signed with the
     * key on disk is consistent in itself, but not with the roots its witnesses cosigned (which only the witnesses'
     * own records prove if these rows are removed too).
     */
    private List<IntegrityChecker.Finding> checkCosignatures(TreeHead latest) {
        List<IntegrityChecker.Finding> out = new ArrayList<>();
        jdbc.sql("""
                select tree_size, root_hash, string_agg(distinct witness_name, '、')
                from evidence_log_cosignature group by tree_size, root_hash order by tree_size
                """).query((rs, n) -> {
                    long size = rs.getLong(1);
                    byte[] root = rs.getBytes(2);
                    try {
                        if (size > latest.treeSize() || !MessageDigest.isEqual(log.root(size), root)) {
                            out.add(new IntegrityChecker.Finding("COSIGNATURE_CONTRADICTS_LOG", null, null,
                                    "见证人（" + rs.getString(3) + "）联署的大小 " + size + " 的树头（根 "
                                            + java.util.HexFormat.of().formatHex(root) + "）与日志现有内容不一致（日志被改写）"));
                        }
                    } catch (TransparencyLog.LogDamagedException e) {
                        out.add(new IntegrityChecker.Finding("LOG_DAMAGED", null, null, e.getMessage()));
                    }
                    return null;
                }).list();
        return out;
    }

    /** Appends the latest signed head to the export file and the audit log. */
    public TreeHead exportHead(String by) {
        TreeHead head = log.latestHead();
        writeExport(head, by);
        return head;
    }

    private void writeExport(TreeHead head, String by) {
        try {
            Files.createDirectories(exportFile.getParent());
            Files.writeString(exportFile, JSON.writeValueAsString(ProofBundle.Head.of(head)) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.error("树头导出失败：{}", exportFile, e);
        }
        audit.record(new AuditEvent(by, null, null, "EVIDENCE_LOG_HEAD_EXPORTED", "EVIDENCE_LOG",
                String.valueOf(head.treeSize()), AuditResult.SUCCESS, "证据日志签名树头：大小 " + head.treeSize()
                        + "，根 " + head.rootHex() + "，时间 " + Instant.ofEpochMilli(head.timestampMillis()), null));
    }

    /** Root of a growing tree kept as its right edge only: O(log n) memory however many leaves stream past. */
    static final class Frontier {

        private final Deque<byte[]> hashes = new ArrayDeque<>();
        private final Deque<Integer> levels = new ArrayDeque<>();
        boolean broken;

        void add(byte[] leafHash) {
            byte[] h = leafHash;
            int level = 0;
            while (!levels.isEmpty() && levels.peekLast() == level) {
                h = LogHash.node(hashes.pollLast(), h);
                levels.pollLast();
                level++;
            }
            hashes.addLast(h);
            levels.addLast(level);
        }

        byte[] root() {
            if (hashes.isEmpty()) {
                return LogHash.empty();
            }
            var it = hashes.descendingIterator();
            byte[] r = it.next();
            while (it.hasNext()) {
                r = LogHash.node(it.next(), r);
            }
            return r;
        }
    }
}
