package org.zhifa.database.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.zhifa.database.EmbeddedDatabaseInUseException;

/** Start refusals about the database printed as a short report with what to do, not a stack trace. */
final class DatabaseStartFailureAnalyzers {

    private DatabaseStartFailureAnalyzers() {
    }

    /** The prod profile without an external database. */
    static class EmbeddedRefused extends AbstractFailureAnalyzer<EmbeddedDatabaseRefusedException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseRefusedException cause) {
            return new FailureAnalysis(cause.getMessage(),
                    "生产环境请使用外部 PostgreSQL 15+：export ZHIFA_DB_URL=jdbc:postgresql://主机:5432/zhifa "
                            + "ZHIFA_DB_USER=zhifa_app ZHIFA_DB_PASSWORD=… ZHIFA_DB_MIGRATION_USER=zhifa_owner "
                            + "ZHIFA_DB_MIGRATION_PASSWORD=…（见 docs/database-roles.md）；"
                            + "仅在演练时可加 --zhifa.db.allow-embedded-in-prod=true",
                    cause);
        }
    }

    /** No embedded PostgreSQL for this operating system and processor. */
    static class PlatformUnsupported extends AbstractFailureAnalyzer<EmbeddedPlatformUnsupportedException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPlatformUnsupportedException cause) {
            return new FailureAnalysis(cause.getMessage(),
                    "export ZHIFA_DB_URL=jdbc:postgresql://主机:5432/zhifa ZHIFA_DB_USER=zhifa_app ZHIFA_DB_PASSWORD=… "
                            + "ZHIFA_DB_MIGRATION_USER=zhifa_owner ZHIFA_DB_MIGRATION_PASSWORD=…，再运行同样的命令"
                            + "（数据库要求见 docs/postgresql-family.md）", cause);
        }
    }

    /** The data directory's database belongs to another running zhifa. */
    static class EmbeddedInUse extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
            return new FailureAnalysis(cause.getMessage(),
                    "同一数据目录只能由一个 zhifa 进程使用；多实例部署请使用外部 PostgreSQL（ZHIFA_DB_URL）", cause);
        }
    }

    /** The application's database role may switch the append-only triggers off. */
    static class RoleTooPowerful extends AbstractFailureAnalyzer<DatabaseRoleTooPowerfulException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, DatabaseRoleTooPowerfulException cause) {
            return new FailureAnalysis(cause.getMessage(),
                    "按 docs/database-roles.md 创建迁移账户与应用账户，设置 ZHIFA_DB_USER（应用账户）与 "
                            + "ZHIFA_DB_MIGRATION_USER / ZHIFA_DB_MIGRATION_PASSWORD（迁移账户）", cause);
        }
    }
}
