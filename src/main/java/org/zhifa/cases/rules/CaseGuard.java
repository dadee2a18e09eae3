package org.zhifa.cases.rules;

import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.LegalBasis;
import org.zhifa.common.PolicyDecision;

/** A named policy guarding steps; its refusals cite {@link GuardName#basis()} or a more precise provision. */
public interface CaseGuard {

    GuardName name();

    PolicyDecision check(GuardContext ctx);

    default PolicyDecision refuse(String message) {
        return PolicyDecision.rejected(name().basis(), message);
    }

    default PolicyDecision refuse(LegalBasis basis, String message) {
        return PolicyDecision.rejected(basis, message);
    }
}
