package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.util.List;
import org.zhifa.cases.domain.ExecutionRecord.Instalment;
import org.zhifa.catalog.Money;
import org.zhifa.common.PolicyDecision;

/**
 * 分期缴纳 (《行政处罚法》第六十六条第二款): on the party's application and with the authority's approval the fine may be
 * paid in instalments. The schedule divides the fine itself: the instalments add up to exactly the fine, each is a
 * positive amount, and their due dates follow one another and do not lie before the approval.
 */
public final class InstalmentScheduleRule {

    public static final org.zhifa.common.LegalBasis ARTICLE = Articles.DEFERRAL;

    private InstalmentScheduleRule() {
    }

    public static PolicyDecision check(long fineFen, List<Instalment> schedule, LocalDate approvedOn) {
        if (fineFen <= 0) {
            return PolicyDecision.rejected(ARTICLE, "本案没有罚款，无需分期缴纳");
        }
        if (schedule.size() < 2) {
            return PolicyDecision.rejected(ARTICLE, "分期缴纳应至少分为两期；只延长期限的，请填写延期后的缴款期限");
        }
        long total = 0;
        LocalDate previous = approvedOn.minusDays(1);
        for (Instalment i : schedule) {
            if (i.amountFen() <= 0) {
                return PolicyDecision.rejected(ARTICLE, "第" + i.no() + "期缴款金额应大于零");
            }
            if (i.dueOn() == null || !i.dueOn().isAfter(previous)) {
                return PolicyDecision.rejected(ARTICLE, "第" + i.no() + "期缴款期限应晚于批准日期和上一期期限");
            }
            previous = i.dueOn();
            total += i.amountFen();
        }
        if (total != fineFen) {
            return PolicyDecision.rejected(ARTICLE, "各期缴款金额合计" + Money.yuan(total) + "元，与决定的罚款金额"
                    + Money.yuan(fineFen) + "元不一致；分期缴纳的是罚款本身，各期合计应当等于罚款金额");
        }
        return PolicyDecision.allowed();
    }
}
