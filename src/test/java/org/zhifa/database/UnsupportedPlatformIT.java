package org.zhifa.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command on a processor without embedded PostgreSQL binaries (simulated with {@code -Dos.arch}): the
 * packaged jar stops at once with the Chinese report that asks for ZHIFA_DB_URL, and unpacks nothing.
 */
class UnsupportedPlatformIT {

    @TempDir
    Path dir;

    @Test
    void the_jar_on_loongarch_stops_with_the_chinese_report_asking_for_zhifa_db_url() throws Exception {
        Path log = dir.resolve("start.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Dos.arch=loongarch64", "-jar", Path.of("target/zhifa.jar").toString(),
                "--server.port=0", "--zhifa.db.data-dir=" + dir.resolve("data"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = p.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(exited).as(output).isTrue();
        assertThat(p.exitValue()).as(output).isNotZero();
        assertThat(output).contains("内嵌 PostgreSQL 不支持本机平台（操作系统 Linux，处理器架构 loongarch64）")
                .contains("export ZHIFA_DB_URL=jdbc:postgresql://");
        assertThat(dir.resolve("data").resolve("pg")).doesNotExist();
    }
}
