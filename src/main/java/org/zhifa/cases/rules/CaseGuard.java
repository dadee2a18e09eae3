package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** A named policy guarding transitions; its refusals cite {@link GuardName#article()} or a more precise article. */
public interface CaseGuard {

    GuardName name();

    PolicyDecision check(GuardContext ctx);

    default PolicyDecision refuse(String message) {
        return PolicyDecision.rejected(name().article(), message);
    }
}
