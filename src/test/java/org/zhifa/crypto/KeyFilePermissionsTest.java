package org.zhifa.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GB/T 39786-2021 (密钥安全) and issue 11: the SM4 key of personal data at rest is readable by its owner only (600),
 * in a directory only the owner can enter (700) — when generated, and when an older version left it world-readable.
 */
class KeyFilePermissionsTest {

    @TempDir
    Path dataDir;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void a_generated_sm4_key_is_written_with_mode_600_in_a_directory_with_mode_700() throws Exception {
        PersonalDataCipher cipher = new PersonalDataCipher(new CryptoProperties(null), dataDir);
        Path key = dataDir.resolve("keys/sm4.key");
        assertThat(mode(key)).isEqualTo("rw-------");
        assertThat(mode(key.getParent())).isEqualTo("rwx------");
        assertThat(Files.readString(key).trim()).matches("[0-9a-f]{32}");
        // the same key on the next start
        String secret = cipher.encrypt("632801199001011234");
        assertThat(new PersonalDataCipher(new CryptoProperties(null), dataDir).decrypt(secret))
                .isEqualTo("632801199001011234");
        try (var leftovers = Files.list(key.getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("sm4.key");
        }
    }

    @Test
    void a_world_readable_sm4_key_of_an_older_version_is_restricted_to_its_owner_at_start() throws Exception {
        Path keys = Files.createDirectories(dataDir.resolve("keys"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path key = Files.writeString(keys.resolve("sm4.key"), "00112233445566778899aabbccddeeff");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        PersonalDataCipher cipher = new PersonalDataCipher(new CryptoProperties(null), dataDir);

        assertThat(mode(key)).isEqualTo("rw-------");
        assertThat(mode(keys)).isEqualTo("rwx------");
        assertThat(cipher.blindIndex("x"))
                .isEqualTo(new PersonalDataCipher(java.util.HexFormat.of().parseHex("00112233445566778899aabbccddeeff"))
                        .blindIndex("x"));
    }
}
