package org.zhifa.database.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.zhifa.common.SecretFiles;

/**
 * The passwords of the embedded cluster's three roles, generated at the first start and kept in
 * {@code data/keys/db-passwords.properties} (mode 600, directory 700). The file is the source of truth: every start
 * sets the roles' passwords from it, so a lost file only means new passwords at the next start.
 *
 * @param superuser   {@code postgres}: starts and maintains the cluster, creates the two roles; never used by
 *                    the application's requests
 * @param migration   {@code zhifa_owner}: owns the schema, used only by Flyway
 * @param application {@code zhifa_app}: the application's connections
 */
public record EmbeddedPasswords(String superuser, String migration, String application) {

    public static final String FILE_NAME = "db-passwords.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static Path file(Path dataDir) {
        return dataDir.resolve("keys").resolve(FILE_NAME);
    }

    /** Reads the passwords, generating the file when it is missing or incomplete. */
    public static EmbeddedPasswords loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            SecretFiles.ownerOnlyDirectory(file.toAbsolutePath().getParent());
            SecretFiles.restrict(file);
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            EmbeddedPasswords read = new EmbeddedPasswords(p.getProperty(EmbeddedRoles.SUPERUSER),
                    p.getProperty(EmbeddedRoles.MIGRATION), p.getProperty(EmbeddedRoles.APPLICATION));
            if (read.complete()) {
                return read;
            }
        }
        EmbeddedPasswords created = new EmbeddedPasswords(generate(), generate(), generate());
        SecretFiles.replace(file, created.fileContent().getBytes(StandardCharsets.UTF_8));
        return created;
    }

    private boolean complete() {
        return valid(superuser) && valid(migration) && valid(application);
    }

    /** Only what {@link #generate()} produces is accepted: the value goes into SQL literals. */
    private static boolean valid(String password) {
        return password != null && password.matches("[A-Za-z0-9_-]{24,128}");
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String fileContent() {
        return """
                # 内嵌 PostgreSQL 各账户的口令：首次启动时随机生成，仅本账户可读（600）。
                # 每次启动都按本文件设置口令；文件丢失时下次启动会重新生成。
                # postgres：集群超级用户（仅用于启动维护）；zhifa_owner：表结构所有者（仅 Flyway 迁移）；zhifa_app：应用
                %s=%s
                %s=%s
                %s=%s
                """.formatted(EmbeddedRoles.SUPERUSER, superuser, EmbeddedRoles.MIGRATION, migration,
                EmbeddedRoles.APPLICATION, application);
    }

    @Override
    public String toString() {
        return "EmbeddedPasswords[…]";
    }
}
