package org.zhifa.catalog;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.zhifa.catalog.store.ViolationStore;

/** Violations by code for other modules (cases store the name, matter and legal basis with each case). */
@Service
public class ViolationCatalog {

    private final ViolationStore violations;

    ViolationCatalog(ViolationStore violations) {
        this.violations = violations;
    }

    /**
     * A violation as another module needs it.
     *
     * @param code           violation code
     * @param name           name
     * @param matterCode     the enforcement matter it belongs to
     * @param violatedRef    the article violated (违法条款), e.g. 《公路安全保护条例》第三十三条
     * @param penaltyRef     the penalty article (处罚依据)
     * @param penaltyKinds   penalty kinds allowed
     * @param fineMinFen     statutory minimum fine in fen (null when none)
     * @param fineMaxFen     statutory maximum fine in fen (null when none)
     * @param partyTypes     party types it applies to
     * @param inForce        false when suspended or cancelled
     */
    public record ViolationSummary(String code, String name, String matterCode, String violatedRef, String penaltyRef,
            Set<PenaltyKind> penaltyKinds, Long fineMinFen, Long fineMaxFen, Set<PartyType> partyTypes,
            boolean inForce) {
    }

    public Optional<ViolationSummary> find(String code) {
        return violations.findByCode(code).map(v -> new ViolationSummary(v.code(), v.name(), v.matterCode(),
                v.violatedRef(), v.penaltyRef(), v.penaltyKinds(), v.fineMinFen(), v.fineMaxFen(), v.partyTypes(),
                v.status() == org.zhifa.catalog.model.CatalogStatus.IN_FORCE));
    }
}
