package org.zhifa.database.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL's binaries, looked up as the library looks them up: present for Linux on x86_64 and on
 * ARM64; anywhere else the start is refused in Chinese, asking for ZHIFA_DB_URL.
 */
class EmbeddedPlatformTest {

    @Test
    void linux_on_x86_64_has_binaries() {
        assertThatCode(() -> EmbeddedPlatform.require("Linux", "amd64")).doesNotThrowAnyException();
        assertThatCode(() -> EmbeddedPlatform.require("Linux", "x86_64")).doesNotThrowAnyException();
    }

    @Test
    void linux_on_arm64_has_binaries_for_kunpeng_and_phytium() {
        assertThatCode(() -> EmbeddedPlatform.require("Linux", "aarch64")).doesNotThrowAnyException();
    }

    @Test
    void other_platforms_are_refused_with_a_chinese_message_asking_for_zhifa_db_url() {
        for (String[] platform : new String[][] {{"Linux", "loongarch64"}, {"Linux", "sw_64"}, {"Linux", "riscv64"},
                {"Linux", "ppc64le"}, {"Linux", "s390x"}, {"Linux", "mips64el"}, {"FreeBSD", "amd64"}}) {
            assertThatThrownBy(() -> EmbeddedPlatform.require(platform[0], platform[1]))
                    .as(platform[0] + " " + platform[1])
                    .isInstanceOf(EmbeddedPlatformUnsupportedException.class)
                    .hasMessageContaining("内嵌 PostgreSQL 不支持本机平台")
                    .hasMessageContaining(platform[1])
                    .hasMessageContaining("ZHIFA_DB_URL");
        }
    }
}
