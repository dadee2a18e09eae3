package org.zhifa.database.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.zhifa.database.DatabasePoolProperties;
import org.zhifa.database.EmbeddedDatabase;
import org.zhifa.database.ZhifaDatabaseProperties;

/**
 * One DataSource for the application's role, and Flyway on the migration role: an external PostgreSQL when
 * {@code ZHIFA_DB_URL} is set, otherwise the embedded one in {@code ./data/pg}.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedDatabase embeddedDatabase(ZhifaDatabaseProperties properties, Environment environment) {
        refuseInProd(properties, environment);
        return EmbeddedDatabase.start(properties);
    }

    static void refuseInProd(ZhifaDatabaseProperties properties, Environment environment) {
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (properties.embedded() && prod && !properties.allowEmbeddedInProd()) {
            throw new EmbeddedDatabaseRefusedException();
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(ZhifaDatabaseProperties properties, DatabasePoolProperties pool,
            ObjectProvider<EmbeddedDatabase> embedded) {
        HikariConfig config = new HikariConfig();
        EmbeddedDatabase local = embedded.getIfAvailable();
        if (local != null) {
            config.setJdbcUrl(local.jdbcUrl());
            config.setUsername(local.applicationUser());
            config.setPassword(local.applicationPassword());
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        config.setMaximumPoolSize(pool.maxSize());
        config.setPoolName("zhifa");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setConnectionInitSql("SET TIME ZONE 'Asia/Shanghai'");
        // fail fast when the database is gone: a request waits at most this long, then gets 503 (issue 11)
        Duration timeout = properties.connectionTimeout();
        config.setConnectionTimeout(timeout.toMillis());
        config.setValidationTimeout(Math.min(timeout.toMillis(), Duration.ofSeconds(5).toMillis()) - 1);
        config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, timeout.toSeconds())));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return new HikariDataSource(config);
    }

    /** Flyway connects as the migration role and tells the grants script which role the application uses. */
    @Bean
    FlywayConfigurationCustomizer migrationRole(ZhifaDatabaseProperties properties,
            ObjectProvider<EmbeddedDatabase> embedded, HikariDataSource application) {
        return new MigrationRole(properties, embedded.getIfAvailable(), application);
    }

    @Bean
    LeastPrivilegeCheck leastPrivilegeCheck(HikariDataSource application, ZhifaDatabaseProperties properties) {
        return new LeastPrivilegeCheck(application, properties.requireLeastPrivilege());
    }
}
