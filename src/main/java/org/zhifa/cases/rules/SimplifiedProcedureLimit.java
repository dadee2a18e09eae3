package org.zhifa.cases.rules;

import java.util.Set;
import org.zhifa.cases.PartyKind;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.PolicyDecision;

/**
 * 当场处罚 only for a warning or a fine of at most 200 yuan (citizen) or 3,000 yuan (organisation)
 * (《行政处罚法》第五十一条); on-the-spot collection only for fines up to 100 yuan, or where later payment is hard or
 * the place is remote and the party asks (第六十八条、第六十九条).
 */
public final class SimplifiedProcedureLimit {

    public static final String ARTICLE = "《行政处罚法》第五十一条";
    public static final String COLLECTION_ARTICLE = "《行政处罚法》第六十八条、第六十九条";

    private SimplifiedProcedureLimit() {
    }

    public static PolicyDecision check(PartyKind party, Set<PenaltyKind> kinds, long amountFen, CaseProperties s) {
        if (kinds.isEmpty()) {
            return PolicyDecision.rejected(ARTICLE, "请选择处罚种类（警告或罚款）");
        }
        if (!Set.of(PenaltyKind.WARNING, PenaltyKind.FINE).containsAll(kinds)) {
            return PolicyDecision.rejected(ARTICLE, "简易程序只能给予警告或者罚款");
        }
        long max = party == PartyKind.CITIZEN ? s.simplifiedCitizenMaxFen() : s.simplifiedOrganisationMaxFen();
        if (kinds.contains(PenaltyKind.FINE) && amountFen > max) {
            return PolicyDecision.rejected(ARTICLE, "简易程序罚款不得超过" + Money.yuan(max) + "元（" + party.label()
                    + "），拟罚款" + Money.yuan(amountFen) + "元，应适用普通程序");
        }
        if (kinds.contains(PenaltyKind.FINE) && amountFen <= 0) {
            return PolicyDecision.rejected(ARTICLE, "请填写罚款金额");
        }
        return PolicyDecision.allowed();
    }

    /** Collection on the spot (当场收缴): fine ≤ 100 yuan, or hard to collect later / remote area on request. */
    public static PolicyDecision collection(long amountFen, boolean hardOrRemoteOnRequest, CaseProperties s) {
        if (amountFen <= s.onSpotCollectionMaxFen() || hardOrRemoteOnRequest) {
            return PolicyDecision.allowed();
        }
        return PolicyDecision.rejected(COLLECTION_ARTICLE, "当场收缴罚款仅限一百元以下，或不当场收缴事后难以执行、在边远地区当事人提出的情形；"
                + "本案应由当事人自收到决定书之日起十五日内到指定银行或通过电子支付系统缴纳");
    }
}
