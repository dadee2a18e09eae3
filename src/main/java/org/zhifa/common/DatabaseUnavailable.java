package org.zhifa.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached (down, restarting, recovering, no connection within
 * {@code zhifa.db.connection-timeout}): such a request is answered 503 with a Chinese detail, never 500, and the
 * connection pool reconnects by itself once the database is back.
 */
public final class DatabaseUnavailable {

    public static final String TITLE = "数据库暂时不可用";
    public static final String DETAIL = "数据库暂时不可用（正在重启或恢复），本次操作未执行，请稍后重试";
    /** Seconds a client should wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            // a rollback on a connection the pool had already discarded after a fatal error hides that error
            if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    && causedBy(tx.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
                return true; // the pool's answer on a connection it closed after a fatal connection error
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") // connection exception
                        || sql.getSQLState().equals("57P01") // admin_shutdown
                        || sql.getSQLState().equals("57P02") // crash_shutdown
                        || sql.getSQLState().equals("57P03"))) { // cannot_connect_now (starting, recovering)
                return true;
            }
        }
        return false;
    }
}
