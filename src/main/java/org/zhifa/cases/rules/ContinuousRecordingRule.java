package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;
import org.zhifa.documents.DocumentType;

/**
 * Compulsory measures (seizure, sealing) and hearings need a linked continuous audio-video record
 * (《行政处罚法》第四十七条; 方案第12条); asked of the evidence module. The act is the one the step records: the
 * document it issues names it.
 */
public class ContinuousRecordingRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.CONTINUOUS_RECORDING;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var issues = ctx.transition().issues();
        if (issues.contains(DocumentType.HEARING_RECORD)) {
            return ctx.facts().continuousRecording(ctx.kase().id(), "HEARING");
        }
        if (issues.contains(DocumentType.COMPULSORY_MEASURE_DECISION)) {
            return ctx.facts().continuousRecording(ctx.kase().id(), "COMPULSORY_MEASURE");
        }
        return PolicyDecision.allowed();
    }
}
