package org.zhifa.evidence.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditTrail;
import org.zhifa.evidence.log.OwnerOnly;
import org.zhifa.evidence.log.Pkcs11Sm2Key;
import org.zhifa.evidence.store.ContentStore;
import org.zhifa.evidence.store.LocalContentStore;
import org.zhifa.evidence.store.S3ContentStore;

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
    ContentStore contentStore(EvidenceProperties properties, S3Properties s3, EvidencePaths paths) throws IOException {
        // Files being received are readable by the application's account only.
        OwnerOnly.createDirectories(paths.staging());
        if ("local".equalsIgnoreCase(properties.store())) {
            return new LocalContentStore(paths.root());
        }
        if (!"s3".equalsIgnoreCase(properties.store())) {
            // Refuse rather than silently storing evidence somewhere other than configured.
            throw new IllegalStateException("zhifa.evidence.store=" + properties.store()
                    + " 不受支持：可选 local（本地目录）或 s3（S3 兼容存储）");
        }
        List<String> missing = s3.missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("zhifa.evidence.store=s3 时必须设置 S3 兼容存储参数，缺少："
                    + String.join("、", missing));
        }
        URI endpoint;
        try {
            endpoint = new URI(s3.endpoint().trim());
        } catch (URISyntaxException e) {
            endpoint = null;
        }
        if (endpoint == null || endpoint.getHost() == null
                || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            throw new IllegalStateException("zhifa.evidence.s3.endpoint=" + s3.endpoint()
                    + " 不是有效的地址，应形如 http://127.0.0.1:9000 或 https://s3.us-east-1.amazonaws.com");
        }
        // Uploads still arrive in the local staging directory; only finished objects go to the bucket.
        return S3ContentStore.connect(endpoint, s3.region(), s3.bucket(), s3.accessKey(), s3.secretKey(),
                s3.pathStyle(), s3.partSize().toBytes(), paths.staging());
    }

    @Bean
    LogKeys evidenceLogKeys(JdbcClient jdbc, TransactionTemplate tx, EvidencePaths paths, EvidenceProperties properties,
            Pkcs11Properties pkcs11, Clock clock, AuditTrail audit) {
        // The key file by default; a PKCS#11 device by setting, checked to sign SM3withSM2 before it is used.
        return new LogKeys(jdbc, tx, paths.logKey(), properties.logKeyLost(), clock, audit,
                pkcs11.enabled() ? Pkcs11Sm2Key.open(pkcs11.settings()) : null);
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
