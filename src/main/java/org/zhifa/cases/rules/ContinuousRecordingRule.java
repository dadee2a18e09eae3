package org.zhifa.cases.rules;

import java.util.Set;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * Compulsory measures (seizure, sealing) and hearings need a linked continuous audio-video record
 * (《行政处罚法》第四十七条; 方案第12条); asked of the evidence module.
 */
public class ContinuousRecordingRule implements CaseGuard {

    static final Set<String> RECORDED_KINDS = Set.of("COMPULSORY_MEASURE");

    @Override
    public GuardName name() {
        return GuardName.CONTINUOUS_RECORDING;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        String step;
        if ("record-hearing".equals(ctx.transition().name())) {
            step = "HEARING";
        } else if (RECORDED_KINDS.contains(ctx.request().text(ctx.request().recordKind()))) {
            step = "COMPULSORY_MEASURE";
        } else {
            return PolicyDecision.allowed();
        }
        return ctx.facts().continuousRecording(ctx.kase().id(), step);
    }
}
