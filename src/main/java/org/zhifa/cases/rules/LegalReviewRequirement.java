package org.zhifa.cases.rules;

import java.util.ArrayList;
import java.util.List;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.Proposal;
import org.zhifa.catalog.PenaltyKind;

/**
 * Why a proposal needs legal review before the decision (《行政处罚法》第五十八条; 118号文 and the unit's catalogue,
 * legal-rules §3): revocation, suspension, a fine at or above the hearing threshold, a criminal transfer, a complex
 * case, or an amount outside the discretion range (setting). Empty list: not required.
 */
public final class LegalReviewRequirement {

    private LegalReviewRequirement() {
    }

    public static List<String> reasons(PartyKind party, Proposal p, boolean transfer, CaseProperties s) {
        List<String> reasons = new ArrayList<>();
        if (transfer) {
            reasons.add("涉嫌犯罪移送司法机关");
        }
        if (p == null) {
            return reasons;
        }
        if (p.kinds().contains(PenaltyKind.REVOCATION)) {
            reasons.add("吊销许可证件");
        }
        if (p.kinds().contains(PenaltyKind.SUSPENSION)) {
            reasons.add("责令停产停业、暂扣许可证件");
        }
        long threshold = party == PartyKind.CITIZEN ? s.hearingCitizenFen() : s.hearingOrganisationFen();
        if (p.kinds().contains(PenaltyKind.FINE) && p.amountFen() >= threshold) {
            reasons.add("罚款数额达到听证标准（较大数额）");
        }
        if (p.complexCase()) {
            reasons.add("案情疑难复杂、涉及多个法律关系");
        }
        if (s.legalReviewOutsideRange() && p.outsideRange()) {
            reasons.add("罚款金额超出裁量基准建议幅度");
        }
        return reasons;
    }

    /** A decision is 重大 (方案 21 filing) on the same grounds as mandatory legal review, transfer aside. */
    public static boolean major(PartyKind party, Proposal p, CaseProperties s) {
        return !reasons(party, p, false, s).isEmpty();
    }
}
