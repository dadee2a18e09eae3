package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.catalog.DiscretionRecommender;
import org.zhifa.catalog.PartyType;
import org.zhifa.catalog.Recommendation;
import org.zhifa.catalog.RecommendationRequest;
import org.zhifa.catalog.ViolationCatalog;
import org.zhifa.common.NotFoundException;

/**
 * The catalogue as the cases module uses it: a violation by code (name, matter, penalty basis) and the discretion
 * recommendation.
 */
@Component
public class CatalogPort {

    private final DiscretionRecommender recommender;
    private final ViolationCatalog violations;
    private final TransactionTemplate outside;

    CatalogPort(DiscretionRecommender recommender, ViolationCatalog violations, PlatformTransactionManager transactions) {
        this.recommender = recommender;
        this.violations = violations;
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /**
     * A recommendation that may fail (no benchmark, facts missing) without marking the caller's transaction
     * rollback-only: the catalogue runs outside it. Empty when the catalogue cannot recommend.
     */
    public Optional<Recommendation> tryRecommend(String code, LocalDate actDate, LocalDate decisionDate,
            PartyKind party, Map<String, Object> facts) {
        try {
            return Optional.ofNullable(outside.execute(s -> recommend(code, actDate, decisionDate, party, facts,
                    Set.of())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public Recommendation recommend(String code, LocalDate actDate, LocalDate decisionDate, PartyKind party,
            Map<String, Object> facts, Set<String> factors) {
        return recommender.recommend(new RecommendationRequest(code, actDate, decisionDate, partyType(party), facts,
                factors));
    }

    /**
     * The violation as stored on the case (404 when the code is unknown). The benchmark facts are checked here too, so
     * that a case is not registered with facts the recommendation cannot use.
     */
    public ViolationRef violation(String code, LocalDate actDate, PartyKind party, Map<String, Object> facts) {
        recommend(code, actDate, null, party, facts == null ? Map.of() : facts, Set.of());
        return ref(code);
    }

    /** For machine-made drafts (non-site) that cannot answer the benchmark facts. */
    public ViolationRef violationOrCode(String code, LocalDate actDate, PartyKind party) {
        return violations.find(code).map(v -> ref(code)).orElseGet(() -> new ViolationRef(code, code, null, null));
    }

    private ViolationRef ref(String code) {
        ViolationCatalog.ViolationSummary v = violations.find(code)
                .orElseThrow(() -> new NotFoundException("违法行为编码不存在：" + code));
        return new ViolationRef(v.code(), v.name(), v.matterCode(), v.penaltyRef());
    }

    static PartyType partyType(PartyKind kind) {
        return kind == PartyKind.CITIZEN ? PartyType.CITIZEN : PartyType.ORGANISATION;
    }
}
