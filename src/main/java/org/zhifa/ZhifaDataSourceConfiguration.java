package org.zhifa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One DataSource: an external PostgreSQL when {@code ZHIFA_DB_URL} is set, otherwise a real PostgreSQL 17
 * started in-process from {@code ./data/pg}, kept across restarts.
 */
@Configuration(proxyBeanMethods = false)
class ZhifaDataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ZhifaDataSourceConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(ZhifaDatabaseProperties properties, Environment environment) throws IOException {
        if (!properties.embedded()) {
            return EmbeddedDatabase.none();
        }
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (prod && !properties.allowEmbeddedInProd()) {
            throw new EmbeddedDatabaseRefusedException();
        }
        Path dir = properties.dataDir().resolve("pg").toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(properties.embeddedClean())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("max_connections", "200")
                .start();
        log.info("内嵌 PostgreSQL 已启动，数据目录：{}（端口 {}）", dir, postgres.getPort());
        return new EmbeddedDatabase(postgres, dir);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(ZhifaDatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        if (embedded.postgres() != null) {
            config.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        config.setMaximumPoolSize(20);
        config.setPoolName("zhifa");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setConnectionInitSql("SET TIME ZONE 'Asia/Shanghai'");
        return new HikariDataSource(config);
    }

    /** The embedded server, or nothing when an external database is configured. */
    record EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) implements AutoCloseable {

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null, null);
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

}
