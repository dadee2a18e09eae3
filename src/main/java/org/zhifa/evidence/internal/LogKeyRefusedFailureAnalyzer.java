package org.zhifa.evidence.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused log key as a short Chinese startup failure report instead of a stack trace. */
class LogKeyRefusedFailureAnalyzer extends AbstractFailureAnalyzer<LogKeyRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LogKeyRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
