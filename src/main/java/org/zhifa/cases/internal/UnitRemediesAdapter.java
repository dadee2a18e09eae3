package org.zhifa.cases.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhifa.cases.UnitRemedies;
import org.zhifa.cases.rules.CaseFacts;

/** The unit settings the decisions use ({@link CaseFacts#remedies}), for other modules; a court left unnamed prints as 人民法院. */
@Component
class UnitRemediesAdapter implements UnitRemedies {

    private final CaseFacts facts;

    UnitRemediesAdapter(CaseFacts facts) {
        this.facts = facts;
    }

    @Override
    public Optional<Remedies> of(long unitId) {
        return facts.remedies(unitId).map(r -> new Remedies(r.reconsiderationBody(),
                r.court() == null || r.court().isBlank() ? CaseDocuments.UNNAMED_COURT : r.court()));
    }
}
