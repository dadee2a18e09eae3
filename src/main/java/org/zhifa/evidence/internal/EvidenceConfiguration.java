package org.zhifa.evidence.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.store.LocalContentStore;

/** The evidence store and the log key, placed under the data directory unless configured otherwise. */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    EvidencePaths evidencePaths(EvidenceProperties properties, @Value("${zhifa.db.data-dir:data}") Path dataDir) {
        Path root = properties.directory() != null ? properties.directory() : dataDir.resolve("evidence");
        return new EvidencePaths(root.toAbsolutePath().normalize(),
                dataDir.resolve("keys").resolve("evidence-log-sm2.pem").toAbsolutePath().normalize());
    }

    @Bean
    LocalContentStore contentStore(EvidenceProperties properties, EvidencePaths paths) throws IOException {
        if (!"local".equalsIgnoreCase(properties.store())) {
            // Refuse rather than silently storing evidence somewhere other than configured.
            throw new IllegalStateException("zhifa.evidence.store=" + properties.store()
                    + " 不受支持：本版本只提供本地目录存储（local），S3 兼容存储尚未提供");
        }
        return new LocalContentStore(paths.root());
    }

    @Bean
    LogKeyPair evidenceLogKey(EvidencePaths paths) throws IOException {
        return LogKeyPair.loadOrCreate(paths.logKey());
    }

    /** Where evidence data lives. */
    public record EvidencePaths(Path root, Path logKey) {

        /** Files being uploaded; the same file system as the local objects, so completing is a link. */
        public Path staging() {
            return root.resolve("tmp");
        }

        public Path headExport() {
            return root.resolve("sth-export.log");
        }
    }
}
