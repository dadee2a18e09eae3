package org.zhifa.evidence.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.evidence.log.TreeHead;

/**
 * Checks one evidence item on request, as the nightly self-audit checks every item: the stored file re-read and its
 * SM3 and SHA-256 compared with the log, the metadata and links compared with their leaves, each leaf proven included
 * under the latest signed head. The outcome is kept (evidence_item_check) with the time from the clock; each finding
 * is also an integrity alarm and an audit record, and the check itself is audited.
 */
@Service
public class ItemVerification {

    /** The outcome of one check. */
    public record Outcome(long evidenceId, Instant checkedAt, long treeSize, List<IntegrityChecker.Finding> findings) {

        public boolean intact() {
            return findings.isEmpty();
        }
    }

    private final EvidenceService evidence;
    private final IntegrityChecker checker;
    private final TransparencyLog log;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ItemVerification(EvidenceService evidence, IntegrityChecker checker, TransparencyLog log, JdbcClient jdbc,
            AuditTrail audit, Clock clock) {
        this.evidence = evidence;
        this.checker = checker;
        this.log = log;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the item (404 outside the actor's data scope) and records the outcome. */
    @Transactional
    public Outcome verify(long id, Actor actor) {
        EvidenceItem item = evidence.require(id, actor);
        TreeHead head = log.latestHead();
        List<IntegrityChecker.Finding> findings = checker.check(item, head, true);
        Instant now = clock.instant();
        String detail = findings.isEmpty() ? null : String.join("；", findings.stream()
                .map(IntegrityChecker.Finding::detail).toList());
        jdbc.sql("""
                insert into evidence_item_check (evidence_id, checked_at, checked_by, tree_size, intact, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, Timestamp.from(now), actor.username(), head.treeSize(), findings.isEmpty(),
                        detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)))
                .update();
        for (IntegrityChecker.Finding f : findings) {
            jdbc.sql("""
                    insert into evidence_integrity_alarm (detected_at, kind, evidence_id, leaf_index, detail)
                    values (?, ?, ?, ?, ?)""")
                    .params(Timestamp.from(now), f.kind(), id, f.leafIndex(), f.detail()).update();
            audit.record(new AuditEvent(actor.username(), actor.unitId(), actor.unitName(), "EVIDENCE_INTEGRITY_ALARM",
                    "EVIDENCE", String.valueOf(id), AuditResult.FAILURE, f.kind() + "：" + f.detail(), null));
        }
        audit.record(new AuditEvent(actor.username(), actor.unitId(), actor.unitName(), "EVIDENCE_ITEM_VERIFIED",
                "EVIDENCE", String.valueOf(id), findings.isEmpty() ? AuditResult.SUCCESS : AuditResult.FAILURE,
                "核验证据「" + item.title() + "」：日志 " + head.treeSize() + " 条，"
                        + (findings.isEmpty() ? "完整" : "发现 " + findings.size() + " 处异常"), null));
        return new Outcome(id, now, head.treeSize(), findings);
    }
}
