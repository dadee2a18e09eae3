package org.zhifa.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.zhifa.database.EmbeddedDatabase;

/**
 * What an attacker with the database superuser could do, for tamper tests: one transaction on the embedded cluster as
 * {@code postgres} (the application itself connects as a role that can do none of it).
 */
public final class Superuser {

    private Superuser() {
    }

    /** Runs the work in one superuser transaction, committed at the end; no other session sees it half done. */
    public static void inTransaction(EmbeddedDatabase database, Consumer<JdbcClient> work) {
        try (Connection con = database.superuser().getConnection()) {
            con.setAutoCommit(false);
            try {
                work.accept(JdbcClient.create(new SingleConnectionDataSource(con, true)));
                con.commit();
            } catch (RuntimeException e) {
                con.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
