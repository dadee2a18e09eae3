package org.zhifa.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.zhifa.ZhifaApplication;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditTrail;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * What the start does with the log key against the shared database, which already holds signed heads: a missing or
 * replaced key file stops it; a key the operator declares lost is replaced openly; a rotation interrupted after its
 * commit is completed. Changes to the key table are rolled back, so the running application keeps its key.
 */
@ZhifaIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogKeysStartupTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransparencyLog log;

    @Value("${zhifa.db.data-dir}")
    Path dataDir;

    @TempDir
    Path dir;

    private LogKeys start(Path keyFile, String lostKeyId) {
        return new LogKeys(jdbc, tx, keyFile, lostKeyId, Clock.systemUTC(), audit);
    }

    private String activeKeyId() {
        log.latestHead();
        return jdbc.sql("select key_id from evidence_log_key order by seq desc limit 1").query(String.class).single();
    }

    @Test
    void a_missing_log_key_with_signed_heads_stops_the_start_with_a_clear_message() {
        String active = activeKeyId();
        Path missing = dir.resolve("keys/evidence-log-sm2.pem");
        assertThatThrownBy(() -> start(missing, null))
                .isInstanceOf(LogKeyRefusedException.class)
                .hasMessageContaining("证据日志签名私钥文件 " + missing + " 不存在")
                .hasMessageContaining("数据库已登记日志密钥（当前密钥标识 " + active + "）")
                .hasMessageContaining("已签名树头")
                .hasMessageContaining("为防止悄悄换用新密钥，系统拒绝启动")
                .satisfies(e -> assertThat(((LogKeyRefusedException) e).action())
                        .contains("请从备份恢复该密钥文件").contains("zhifa.evidence.log-key-lost=" + active));
        assertThat(Files.exists(missing)).isFalse();
        // a lost-key statement naming another key does not open the door either
        assertThatThrownBy(() -> start(missing, "ab".repeat(32))).isInstanceOf(LogKeyRefusedException.class);
        assertThat(Files.exists(missing)).isFalse();
        // the start failure is reported in Chinese, not as a stack trace
        FailureAnalysis analysis = new LogKeyRefusedFailureAnalyzer()
                .analyze(new IllegalStateException(new LogKeyRefusedException("说明", "处理办法")));
        assertThat(analysis.getDescription()).isEqualTo("说明");
        assertThat(analysis.getAction()).isEqualTo("处理办法");
    }

    @Test
    void the_application_does_not_start_on_a_log_with_heads_but_without_its_key(CapturedOutput output) {
        // A second zhifa on the same database, which holds signed heads, from a data directory without the key file.
        String active = activeKeyId();
        HikariDataSource ds = (HikariDataSource) dataSource;
        SpringApplication app = new SpringApplication(ZhifaApplication.class);
        app.setAdditionalProfiles("test");
        assertThatThrownBy(() -> app.run("--server.port=0", "--zhifa.db.url=" + ds.getJdbcUrl(),
                "--zhifa.db.user=" + (ds.getUsername() == null ? "" : ds.getUsername()),
                "--zhifa.db.password=" + (ds.getPassword() == null ? "" : ds.getPassword()),
                "--zhifa.db.data-dir=" + dir.resolve("other-instance"), "--zhifa.demo-data=false",
                // the schema is migrated already, and the application's role may not run Flyway
                "--spring.flyway.enabled=false",
                "--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(LogKeyRefusedException.class);
        assertThat(output.getAll()).contains("为防止悄悄换用新密钥，系统拒绝启动").contains("zhifa.evidence.log-key-lost=" + active);
        assertThat(dir.resolve("other-instance/keys/evidence-log-sm2.pem")).doesNotExist();
    }

    @Test
    void a_replaced_log_key_file_stops_the_start() throws Exception {
        Path other = dir.resolve("evidence-log-sm2.pem");
        LogKeyPair.generate().writeNew(other);
        assertThatThrownBy(() -> start(other, null))
                .isInstanceOf(LogKeyRefusedException.class)
                .hasMessageContaining("不是数据库登记的当前日志密钥（标识 " + activeKeyId() + "）");
    }

    @Test
    void a_key_the_operator_declares_lost_is_replaced_openly_without_endorsement() {
        String active = activeKeyId();
        Path missing = dir.resolve("keys/evidence-log-sm2.pem");
        tx.executeWithoutResult(status -> {
            LogKeys keys = start(missing, active.toUpperCase());
            LogKeys.KeyRecord added = keys.all().get(keys.all().size() - 1);
            assertThat(added.keyId()).isEqualTo(keys.active().keyId()).isNotEqualTo(active);
            assertThat(added.previousKeyId()).isEqualTo(active);
            assertThat(added.endorsed()).isFalse();
            assertThat(added.reason()).contains("原私钥（标识 " + active + "）丢失");
            assertThat(keys.find(active)).isPresent();
            try {
                assertThat(LogKeyPair.load(missing).keyId()).isEqualTo(added.keyId());
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(missing))).isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(missing.getParent())))
                        .isEqualTo("rwx------");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            status.setRollbackOnly();
        });
        assertThat(activeKeyId()).isEqualTo(active);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'EVIDENCE_LOG_KEY_REPLACED_LOST'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void a_rotation_interrupted_after_its_commit_is_completed_at_start() throws Exception {
        String active = activeKeyId();
        Path file = dir.resolve("evidence-log-sm2.pem");
        Files.copy(dataDir.resolve("keys/evidence-log-sm2.pem"), file);
        LogKeyPair next = LogKeyPair.generate();
        Path pending = dir.resolve("evidence-log-sm2.pem.new");
        next.writeNew(pending);
        tx.executeWithoutResult(status -> {
            // what the rotation committed before the process died: the new key is the active one in the database
            jdbc.sql("""
                    insert into evidence_log_key (key_id, public_key_pem, created_at, previous_key_id, reason)
                    values (?, ?, now(), ?, '轮换（测试）')
                    """).params(next.keyId(), next.publicPem(), active).update();
            LogKeys keys = start(file, null);
            assertThat(keys.active().keyId()).isEqualTo(next.keyId());
            status.setRollbackOnly();
        });
        assertThat(LogKeyPair.load(file).keyId()).isEqualTo(next.keyId());
        assertThat(Files.exists(pending)).isFalse();
        assertThat(activeKeyId()).isEqualTo(active);
    }

    @Test
    void a_key_file_restored_with_wider_permissions_is_narrowed_to_600() throws Exception {
        activeKeyId();
        Path keys = Files.createDirectories(dir.resolve("restored-keys"));
        Path file = Files.copy(dataDir.resolve("keys/evidence-log-sm2.pem"), keys.resolve("evidence-log-sm2.pem"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));
        LogKeys started = start(file, null);
        assertThat(started.active().keyId()).isEqualTo(activeKeyId());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
    }

    @Test
    void a_log_key_file_moves_into_a_pkcs11_device_the_file_key_endorsing_the_device_key() throws Exception {
        String active = activeKeyId();
        Path file = dir.resolve("device-move/evidence-log-sm2.pem");
        Files.createDirectories(file.getParent());
        Files.copy(dataDir.resolve("keys/evidence-log-sm2.pem"), file);
        LogKeyPair oldKey = LogKeyPair.load(file);
        // stands in for the device's key; the device itself is exercised against SoftHSM2 (Pkcs11Sm2KeyTest)
        LogKeyPair device = LogKeyPair.generate();
        tx.executeWithoutResult(status -> {
            LogKeys keys = new LogKeys(jdbc, tx, file, null, Clock.systemUTC(), audit, device);
            assertThat(keys.active().keyId()).isEqualTo(device.keyId());
            LogKeys.KeyRecord added = keys.all().get(keys.all().size() - 1);
            assertThat(added.keyId()).isEqualTo(device.keyId());
            assertThat(added.previousKeyId()).isEqualTo(active);
            assertThat(new org.zhifa.evidence.log.LogKeyInfo(added.keyId(), added.publicKeyPem(), added.previousKeyId(),
                    java.util.HexFormat.of().formatHex(added.endorsement()), added.endorsedAtMillis(), added.reason())
                    .endorsedBy(oldKey.verifier())).isTrue();
            assertThat(file).doesNotExist();
            // the next start finds the device key current; rotation is done in the device, not here
            LogKeys again = new LogKeys(jdbc, tx, file, null, Clock.systemUTC(), audit, device);
            assertThat(again.active().keyId()).isEqualTo(device.keyId());
            assertThatThrownBy(() -> again.beginRotation("测试")).hasMessageContaining("保存在 PKCS#11 设备中");
            // another device key is refused
            assertThatThrownBy(() -> new LogKeys(jdbc, tx, file, null, Clock.systemUTC(), audit, LogKeyPair.generate()))
                    .isInstanceOf(LogKeyRefusedException.class).hasMessageContaining("不是数据库登记的当前日志密钥");
            status.setRollbackOnly();
        });
        assertThat(activeKeyId()).isEqualTo(active);
    }
}
