package org.zhifa.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The server the tests run against (docs/postgresql-family.md): at least PostgreSQL 15, the oldest zhifa supports;
 * under {@code ./mvnw -Ppg15} exactly 15, so that a run of the profile proves which server it tested.
 */
@ZhifaIntegrationTest
class PostgresVersionTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_server_is_postgresql_15_or_later_and_the_major_version_the_build_asked_for() {
        int version = jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single();
        assertThat(version).isGreaterThanOrEqualTo(150000);
        String expected = System.getProperty("zhifa.test.postgres-major", "");
        if (!expected.isBlank()) {
            assertThat(version / 10000).isEqualTo(Integer.parseInt(expected));
        }
    }
}
