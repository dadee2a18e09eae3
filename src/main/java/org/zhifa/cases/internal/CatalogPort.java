package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.List;
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

/**
 * The catalogue as the cases module uses it: a violation by code and the discretion recommendation. The catalogue's
 * public API has no violation look-up yet, so the violation's name and penalty basis are taken from the
 * recommendation; the matter code stays empty until {@code catalog} publishes a look-up by code (see report).
 */
@Component
public class CatalogPort {

    private final DiscretionRecommender recommender;
    private final TransactionTemplate outside;

    CatalogPort(DiscretionRecommender recommender, PlatformTransactionManager transactions) {
        this.recommender = recommender;
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

    /** The violation as stored on the case (404 from the catalogue when the code is unknown). */
    public ViolationRef violation(String code, LocalDate actDate, PartyKind party, Map<String, Object> facts) {
        Recommendation r = recommend(code, actDate, null, party, facts == null ? Map.of() : facts, Set.of());
        List<String> articles = r.articles();
        return new ViolationRef(r.violationCode(), r.violationName(), null,
                articles.isEmpty() ? null : String.join("；", articles));
    }

    /** For machine-made drafts (non-site) that cannot answer the benchmark facts: the code stands for the name. */
    public ViolationRef violationOrCode(String code, LocalDate actDate, PartyKind party) {
        return tryRecommend(code, actDate, null, party, Map.of())
                .map(r -> new ViolationRef(r.violationCode(), r.violationName(), null,
                        r.articles().isEmpty() ? null : String.join("；", r.articles())))
                .orElseGet(() -> new ViolationRef(code, code, null, null));
    }

    static PartyType partyType(PartyKind kind) {
        return kind == PartyKind.CITIZEN ? PartyType.CITIZEN : PartyType.ORGANISATION;
    }
}
