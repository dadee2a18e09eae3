package org.zhifa.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;

/**
 * Appends audit records to the SM3 chain. Each append runs in its own transaction (so a refused or rolled-back
 * action is still recorded) under a transaction-scoped advisory lock, so that exactly one record follows each
 * chain tip even with several application instances.
 */
@Service
public class JdbcAuditTrail implements AuditTrail {

    /** Advisory lock key serialising appends to the chain ("zhifaAud"). */
    static final long APPEND_LOCK = 0x7A68_6966_6141_7564L;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public JdbcAuditTrail(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void record(String action, String objectType, String objectId, AuditResult result, String detail) {
        Optional<Actor> actor = CurrentActor.get();
        record(new AuditEvent(actor.map(Actor::username).orElse(null), actor.map(Actor::unitId).orElse(null),
                actor.map(Actor::unitName).orElse(null), action, objectType, objectId, result, detail,
                currentSourceAddress()));
    }

    @Override
    public void record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(event.result(), "result");
        if (event.action() == null || event.action().isBlank()) {
            throw new IllegalArgumentException("审计事件缺少操作代码");
        }
        Instant occurredAt = AuditCanonical.truncate(clock.instant());
        tx.executeWithoutResult(status -> append(event, occurredAt));
    }

    private void append(AuditEvent e, Instant occurredAt) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(Integer.class).single();
        String prevHash = chainTip();
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('audit_record', 'id'))")
                .query(Long.class).single();
        AuditCanonical.Content c = new AuditCanonical.Content(prevHash, id, occurredAt,
                clean(e.username(), 100), e.unitId(), clean(e.unitName(), 200), clean(e.action().trim(), 64),
                clean(e.objectType(), 64), clean(e.objectId(), 500), e.result().name(), clean(e.detail(), 2000),
                clean(e.sourceAddress(), 100));
        jdbc.sql("""
                insert into audit_record (id, occurred_at, username, unit_id, unit_name, action, object_type,
                                          object_id, result, detail, source_address, prev_hash, hash)
                values (:id, :occurredAt, :username, :unitId, :unitName, :action, :objectType,
                        :objectId, :result, :detail, :sourceAddress, :prevHash, :hash)
                """)
                .param("id", c.id())
                .param("occurredAt", OffsetDateTime.ofInstant(c.occurredAt(), ZoneOffset.UTC))
                .param("username", c.username())
                .param("unitId", c.unitId())
                .param("unitName", c.unitName())
                .param("action", c.action())
                .param("objectType", c.objectType())
                .param("objectId", c.objectId())
                .param("result", c.result())
                .param("detail", c.detail())
                .param("sourceAddress", c.sourceAddress())
                .param("prevHash", c.prevHash())
                .param("hash", AuditCanonical.hash(c))
                .update();
    }

    /** The hash the next record links to: the last record's, else the purge anchor's, else genesis. */
    private String chainTip() {
        return jdbc.sql("select hash from audit_record order by id desc limit 1").query(String.class).optional()
                .or(() -> jdbc.sql("select last_purged_hash from audit_anchor where id = 1").query(String.class)
                        .optional())
                .orElse(AuditCanonical.GENESIS);
    }

    /**
     * PostgreSQL text cannot hold U+0000 and the columns have limits: clean rather than lose the record.
     * Truncation counts code points, as varchar(n) does, and never splits a surrogate pair.
     */
    static String clean(String value, int maxCodePoints) {
        if (value == null) {
            return null;
        }
        String s = value.replace('\u0000', '\uFFFD');
        if (s.codePointCount(0, s.length()) <= maxCodePoints) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, maxCodePoints - 1)) + "…";
    }

    /** The client address of the current request, or null outside a request (jobs, startup). */
    static String currentSourceAddress() {
        try {
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            if (attributes instanceof ServletRequestAttributes servlet) {
                return org.zhifa.common.ClientAddress.of(servlet.getRequest());
            }
        } catch (RuntimeException requestAlreadyGone) {
            // an async thread or a completed request: record without an address rather than fail the action
        }
        return null;
    }

}
