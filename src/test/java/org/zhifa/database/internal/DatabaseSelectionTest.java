package org.zhifa.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.zhifa.ZhifaApplication;
import org.zhifa.database.ZhifaDatabaseProperties;

/**
 * The data source: an external PostgreSQL when ZHIFA_DB_URL is set, with the two roles of docs/database-roles.md,
 * and never the embedded one in prod by accident.
 */
class DatabaseSelectionTest {

    private static final String APP_PASSWORD = "请替换为应用账户口令";
    private static final String OWNER_PASSWORD = "请替换为迁移账户口令";

    @TempDir
    Path dataDir;

    @Test
    void an_external_database_set_up_as_documented_is_migrated_by_the_migration_role_and_used_by_the_application_role()
            throws Exception {
        List<String> documented = sqlBlocks(Path.of("docs/database-roles.md"));
        assertThat(documented).hasSizeGreaterThanOrEqualTo(2);
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            run(external.getPostgresDatabase(), documented.get(0));
            run(external.getDatabase("postgres", "zhifa"), documented.get(1));
            String url = external.getJdbcUrl("postgres", "zhifa").replace("?user=postgres", "");
            try (ConfigurableApplicationContext app = new SpringApplication(ZhifaApplication.class).run(
                    "--server.port=0", "--zhifa.db.url=" + url, "--zhifa.db.user=zhifa_app",
                    "--zhifa.db.password=" + APP_PASSWORD, "--zhifa.db.migration-user=zhifa_owner",
                    "--zhifa.db.migration-password=" + OWNER_PASSWORD, "--zhifa.db.require-least-privilege=true",
                    "--zhifa.db.data-dir=" + dataDir, "--zhifa.demo-data=false",
                    "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("zhifa_app");
                assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(16);
                // without demo data: exactly one system administrator with a one-time password
                assertThat(jdbc.sql("select username from user_account").query(String.class).list()).containsExactly("sysadmin");
                assertThat(jdbc.sql("select must_change_password from user_account").query(Boolean.class).single()).isTrue();
                // the schema belongs to the migration role; the application's role owns nothing and cannot switch
                // the audit trail's trigger off
                JdbcClient owner = JdbcClient.create(external.getDatabase("postgres", "zhifa"));
                assertThat(owner.sql("select distinct pg_get_userbyid(relowner) from pg_class c join pg_namespace n "
                        + "on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p')")
                        .query(String.class).list()).containsExactly("zhifa_owner");
                assertThat(owner.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                        .isGreaterThanOrEqualTo(3);
                assertThat(LeastPrivilegeCheck.excessPrivileges(app.getBean(DataSource.class))).isEmpty();
                assertThatThrownBy(() -> jdbc.sql("alter table audit_record disable trigger all").update())
                        .hasStackTraceContaining("must be owner");
                assertThatThrownBy(() -> jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single())
                        .hasStackTraceContaining("permission denied");
            }
            assertThat(Files.exists(dataDir.resolve("pg"))).isFalse();
        }
    }

    @Test
    void without_a_migration_user_the_application_role_also_migrates() {
        var external = new ZhifaDatabaseProperties("jdbc:postgresql://db/zhifa", "zhifa", "pw", null, null, dataDir,
                false, false, null, null, null, null, null, null, false);
        assertThat(external.externalMigrationUser()).isEqualTo("zhifa");
        assertThat(external.externalMigrationPassword()).isEqualTo("pw");
        var twoRoles = new ZhifaDatabaseProperties("jdbc:postgresql://db/zhifa", "zhifa_app", "a", "zhifa_owner", "o",
                dataDir, false, false, null, null, null, null, null, null, false);
        assertThat(twoRoles.externalMigrationUser()).isEqualTo("zhifa_owner");
        assertThat(twoRoles.externalMigrationPassword()).isEqualTo("o");
    }

    @Test
    void prod_profile_refuses_the_embedded_database_unless_explicitly_allowed() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        var embedded = ZhifaDatabaseProperties.embeddedIn(dataDir);
        assertThatThrownBy(() -> DataSourceConfiguration.refuseInProd(embedded, prod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod 配置下不允许使用内嵌数据库");
        assertThat(Files.exists(dataDir.resolve("pg"))).isFalse();
    }

    /** The ```sql blocks of a document, in order. */
    static List<String> sqlBlocks(Path document) throws Exception {
        Matcher m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(document));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static void run(DataSource ds, String sql) throws Exception {
        try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
            for (String statement : sql.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    st.execute(statement);
                }
            }
        }
    }
}
