package org.zhifa.database.internal;

/** The prod profile was started without an external database. */
public class EmbeddedDatabaseRefusedException extends IllegalStateException {

    EmbeddedDatabaseRefusedException() {
        super("prod 配置下不允许使用内嵌数据库：请设置 ZHIFA_DB_URL、ZHIFA_DB_USER、ZHIFA_DB_PASSWORD，"
                + "或显式设置 zhifa.db.allow-embedded-in-prod=true");
    }
}
