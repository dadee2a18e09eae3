package org.zhifa.database.internal;

/** The embedded PostgreSQL has no binaries for this operating system and processor. */
public class EmbeddedPlatformUnsupportedException extends IllegalStateException {

    public EmbeddedPlatformUnsupportedException(String osName, String osArch) {
        super("内嵌 PostgreSQL 不支持本机平台（操作系统 " + osName + "，处理器架构 " + osArch + "）：zhifa 附带的 PostgreSQL 程序"
                + "适用于 Linux x86_64（amd64）与 ARM64（aarch64，如鲲鹏、飞腾），不含龙芯、申威等架构。请安装 PostgreSQL 15 及以上版本（或兼容的"
                + "国产数据库），并设置 ZHIFA_DB_URL=jdbc:postgresql://主机:5432/zhifa 以及 ZHIFA_DB_USER、ZHIFA_DB_PASSWORD"
                + "（见 docs/database-roles.md）");
    }
}
