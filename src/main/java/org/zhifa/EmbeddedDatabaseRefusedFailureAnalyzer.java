package org.zhifa;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the prod refusal of the embedded database as a short startup failure report, not a stack trace. */
class EmbeddedDatabaseRefusedFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "生产环境请使用外部 PostgreSQL 15+：export ZHIFA_DB_URL=jdbc:postgresql://主机:5432/zhifa "
                        + "ZHIFA_DB_USER=… ZHIFA_DB_PASSWORD=…；仅在演练时可加 --zhifa.db.allow-embedded-in-prod=true",
                cause);
    }
}
