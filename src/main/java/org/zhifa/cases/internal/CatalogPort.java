package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.catalog.DiscretionQuestions;
import org.zhifa.catalog.DiscretionRecommender;
import org.zhifa.catalog.PartyType;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.Recommendation;
import org.zhifa.catalog.RecommendationRequest;
import org.zhifa.catalog.ViolationCatalog;
import org.zhifa.common.InvalidInputException;

/**
 * The catalogue as the cases module uses it: a violation by code (name, matter, the provision violated and the penalty
 * provision), the kinds of penalty it provides, the discretion questions and the recommendation. Refusals of the
 * catalogue (a fact of the wrong type, a vehicle within the 62号令 limits) reach the caller unchanged.
 */
@Component
public class CatalogPort {

    private final DiscretionRecommender recommender;
    private final ViolationCatalog violations;

    CatalogPort(DiscretionRecommender recommender, ViolationCatalog violations) {
        this.recommender = recommender;
        this.violations = violations;
    }

    public Recommendation recommend(String code, LocalDate actDate, LocalDate decisionDate, PartyKind party,
            Map<String, Object> facts, Set<String> factors) {
        return recommender.recommend(new RecommendationRequest(code, actDate, decisionDate, partyType(party), facts,
                factors));
    }

    public DiscretionQuestions questions(String code, LocalDate actDate, LocalDate decisionDate) {
        return recommender.questions(code, actDate, decisionDate);
    }

    /** The violation as stored on the case; an unknown code is a 400 naming {@code field}. */
    public ViolationRef violation(String code, String field) {
        ViolationCatalog.ViolationSummary v = violations.find(code.trim())
                .orElseThrow(() -> new InvalidInputException("违法行为编码不存在：" + code, Map.of(field, "违法行为编码不存在：" + code)));
        return new ViolationRef(v.code(), v.name(), v.matterCode(), v.violatedRef(), v.penaltyRef());
    }

    public Set<PenaltyKind> kindsProvided(String code) {
        return violations.find(code).map(ViolationCatalog.ViolationSummary::penaltyKinds).orElse(Set.of());
    }

    static PartyType partyType(PartyKind kind) {
        return kind == PartyKind.CITIZEN ? PartyType.CITIZEN : PartyType.ORGANISATION;
    }
}
