package org.zhifa.audit.internal;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.common.PageResult;

/** Searches and streams audit records for the audit administrator. */
@Service
public class AuditSearch {

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;

    public AuditSearch(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.streaming = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** One page, newest first. */
    public PageResult<AuditRecordRow> page(AuditFilter filter, int page, int size) {
        int safeSize = PageResult.clampSize(size);
        int safePage = Math.max(0, page);
        String where = filter.whereClause();
        long total = jdbc.sql("select count(*) from audit_record" + where).params(filter.parameters())
                .query(Long.class).single();
        List<AuditRecordRow> items = jdbc.sql("select " + AuditRecordRow.COLUMNS + " from audit_record" + where
                        + " order by id desc limit :limit offset :offset")
                .params(filter.parameters())
                .param("limit", safeSize)
                .param("offset", (long) safePage * safeSize)
                .query(AuditRecordRow::map).list();
        return new PageResult<>(items, total, safePage, safeSize);
    }

    /**
     * Streams matching records in chain order (oldest first) through a cursor, at most {@code limit} of them.
     *
     * @return how many were passed to {@code sink}
     */
    public long forEach(AuditFilter filter, long limit, Consumer<AuditRecordRow> sink) {
        Long count = readOnly.execute(status -> {
            long n = 0;
            try (Stream<AuditRecordRow> rows = streaming.sql("select " + AuditRecordRow.COLUMNS
                            + " from audit_record" + filter.whereClause() + " order by id")
                    .params(filter.parameters()).query(AuditRecordRow::map).stream()) {
                Iterator<AuditRecordRow> it = rows.iterator();
                while (n < limit && it.hasNext()) {
                    sink.accept(it.next());
                    n++;
                }
            }
            return n;
        });
        return count == null ? 0 : count;
    }
}
