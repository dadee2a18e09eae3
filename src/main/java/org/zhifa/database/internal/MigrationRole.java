package org.zhifa.database.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.zhifa.database.EmbeddedDatabase;
import org.zhifa.database.ZhifaDatabaseProperties;

/**
 * Flyway runs as the role that owns the schema, never as the application's role; the setting {@code zhifa.app_role}
 * read by db/migration/afterMigrate.sql is the role the application's connections use (read from the pool, so that a
 * user given in the URL counts too).
 */
public class MigrationRole implements FlywayConfigurationCustomizer {

    private static final Logger log = LoggerFactory.getLogger(MigrationRole.class);

    private final ZhifaDatabaseProperties properties;
    private final EmbeddedDatabase embedded;
    private final DataSource application;

    MigrationRole(ZhifaDatabaseProperties properties, EmbeddedDatabase embedded, DataSource application) {
        this.properties = properties;
        this.embedded = embedded;
        this.application = application;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (embedded != null) {
            configuration.dataSource(embedded.migration());
        } else if (properties.migrationUser() != null && !properties.migrationUser().isBlank()) {
            configuration.dataSource(properties.url(), properties.externalMigrationUser(),
                    properties.externalMigrationPassword());
        } else {
            log.warn("未设置 ZHIFA_DB_MIGRATION_USER：应用账户同时拥有表结构，能够关闭只增不改的触发器。"
                    + "生产环境请按 docs/database-roles.md 分设迁移账户与应用账户");
        }
        configuration.initSql(initSql(applicationRole()));
    }

    /**
     * Flyway's session: the application's time zone, and the application's role for afterMigrate.sql (a session
     * setting rather than a placeholder, so that Flyway run without it — by tests, say — grants nothing).
     */
    public static String initSql(String applicationRole) {
        return "select set_config('TimeZone', 'Asia/Shanghai', false), set_config('zhifa.app_role', '"
                + applicationRole.replace("'", "''") + "', false)";
    }

    private String applicationRole() {
        try (Connection con = application.getConnection(); Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("select current_user")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("无法以应用账户连接数据库：" + e.getMessage(), e);
        }
    }
}
