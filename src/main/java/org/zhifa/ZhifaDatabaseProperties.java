package org.zhifa;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where zhifa keeps its data. With no {@code url} an embedded PostgreSQL 17 runs from {@code dataDir/pg}.
 *
 * @param url            external PostgreSQL JDBC URL ({@code ZHIFA_DB_URL}); blank means embedded
 * @param user           external database user ({@code ZHIFA_DB_USER})
 * @param password       external database password ({@code ZHIFA_DB_PASSWORD})
 * @param dataDir        root of local data (embedded database, keys, evidence); default {@code ./data}
 * @param embeddedClean  wipe the embedded database on start (tests only)
 * @param allowEmbeddedInProd the {@code prod} profile refuses the embedded database unless this is true
 */
@ConfigurationProperties("zhifa.db")
public record ZhifaDatabaseProperties(
        String url,
        String user,
        String password,
        Path dataDir,
        boolean embeddedClean,
        boolean allowEmbeddedInProd) {

    public ZhifaDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
