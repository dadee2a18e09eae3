package org.zhifa.database.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.zhifa.database.EmbeddedDatabase;
import org.zhifa.database.ZhifaDatabaseProperties;

/**
 * Flyway runs as the role that owns the schema, never as the application's role; {@code ${app_role}} in
 * db/migration/afterMigrate.sql is the role the application's connections use (read from the pool, so that a user
 * given in the URL counts too).
 */
class MigrationRole implements FlywayConfigurationCustomizer {

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
        configuration.initSql("set time zone 'Asia/Shanghai'"); // as the application's connections
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put("app_role", applicationRole());
        configuration.placeholders(placeholders);
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
