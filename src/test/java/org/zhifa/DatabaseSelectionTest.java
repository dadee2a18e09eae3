package org.zhifa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** The data source: external PostgreSQL when ZHIFA_DB_URL is set, never the embedded one in prod by accident. */
class DatabaseSelectionTest {

    @TempDir
    Path dataDir;

    @Test
    void an_external_database_is_migrated_by_flyway_and_no_embedded_database_is_started() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app = new SpringApplication(ZhifaApplication.class).run(
                    "--server.port=0", "--zhifa.db.url=" + url, "--zhifa.db.user=postgres",
                    "--zhifa.db.password=postgres", "--zhifa.db.data-dir=" + dataDir, "--zhifa.demo-data=false",
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(16);
                assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                        .isGreaterThanOrEqualTo(3);
                // without demo data: exactly one system administrator with a one-time password
                assertThat(jdbc.sql("select username from user_account").query(String.class).list()).containsExactly("sysadmin");
                assertThat(jdbc.sql("select must_change_password from user_account").query(Boolean.class).single()).isTrue();
            }
            assertThat(Files.exists(dataDir.resolve("pg"))).isFalse();
        }
    }

    @Test
    void prod_profile_refuses_the_embedded_database_unless_explicitly_allowed() {
        var config = new ZhifaDataSourceConfiguration();
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        var embedded = new ZhifaDatabaseProperties(null, null, null, dataDir, true, false);
        assertThatThrownBy(() -> config.embeddedDatabase(embedded, prod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod 配置下不允许使用内嵌数据库");
        assertThat(Files.exists(dataDir.resolve("pg"))).isFalse();
    }
}
