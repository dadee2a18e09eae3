package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503), and which do not. */
class DatabaseUnavailableTest {

    @Test
    void a_pool_timeout_a_refused_connection_and_a_server_in_recovery_are_the_database_being_unavailable() {
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("x",
                new SQLTransientConnectionException("zhifa - Connection is not available")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("x",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("写入检测记录失败",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is in recovery mode", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException(
                "terminating connection due to unexpected postmaster exit", "57P01"))).isTrue();
    }

    @Test
    void a_failed_rollback_that_hides_a_broken_connection_is_the_database_being_unavailable() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("写入检测记录失败",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void a_constraint_violation_or_a_programming_error_is_not() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
    }
}
