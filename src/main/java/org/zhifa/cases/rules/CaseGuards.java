package org.zhifa.cases.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.PolicyDecision;

/** The list of current policies, one per {@link GuardName}; the engine evaluates a step's guards here. */
public final class CaseGuards {

    private static final Map<GuardName, CaseGuard> ALL = new EnumMap<>(GuardName.class);

    static {
        for (CaseGuard g : List.of(new TwoOfficerRule(), new RecusalRule(), new LimitationRule(),
                new ContinuousRecordingRule(), new OneActOneFineRule(), new DiscretionReasonRule(),
                new PenaltyProvidedRule(), new LegalReviewAppliesRule(), new LegalReviewPassedRule(),
                new ReviewerIndependenceRule(), new ServiceMethodRule(), new HearingRules.RequestWindow(),
                new HearingRules.NoticePeriod(), new HearingRules.Presiding(), new HearingRules.Held(),
                new HearingRules.ReviewedAfterHearing(), new HearingRules.RecordCited(),
                new StatementRules.Concluded(), new StatementRules.Reviewed(), new StatementRules.WaiverConsistent(),
                new StatementRules.NoRaise(), new CollectiveDiscussionRule(), new CaseTimeLimitRule(),
                new ExtensionRule(), new ExemptionRecordsRule(), new ReconsiderationBodyRule(),
                new SimplifiedProcedureLimit(), new OnSpotCollectionRule(), new ExecutionRules.PaymentOverdue(),
                new ExecutionRules.ReminderElapsed(), new ExecutionRules.Complete(), new ExecutionRules.CopyFiled(),
                new ExecutionRules.CashHandedIn(), new FileCompletenessCheck(), new FilingRules.MajorDecision(),
                new FilingRules.SuperiorUnit())) {
            ALL.put(g.name(), g);
        }
    }

    private CaseGuards() {
    }

    public static CaseGuard get(GuardName name) {
        CaseGuard g = ALL.get(name);
        if (g == null) {
            throw new IllegalStateException("No policy for guard " + name);
        }
        return g;
    }

    /** All of the step's guards, in order; every rejection is kept. */
    public static PolicyDecision check(Transition t, GuardContext ctx) {
        PolicyDecision result = PolicyDecision.allowed();
        for (GuardName g : t.guards()) {
            result = result.and(get(g).check(ctx));
        }
        return result;
    }

    public static boolean covers(GuardName name) {
        return ALL.containsKey(name);
    }
}
