package org.zhifa.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.zhifa.common.PolicyDecision;
import org.zhifa.personnel.internal.ReviewerRatioPolicy;

/** 法制审核人员不少于执法人员总数的5%（国办发〔2018〕118号）；《行政处罚法》第五十八条. */
class ReviewerRatioPolicyTest {

    static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    @Test
    void a_unit_under_5_percent_reviewers_is_flagged_per_document_118() {
        PolicyDecision d = ReviewerRatioPolicy.check(41, 2, FIVE_PERCENT);
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.rejections().get(0).text()).contains("4.9%").contains("至少需要 3 人").contains("国办发〔2018〕118号");
    }

    @Test
    void exactly_5_percent_is_enough() {
        assertThat(ReviewerRatioPolicy.check(40, 2, FIVE_PERCENT).isAllowed()).isTrue();
        assertThat(ReviewerRatioPolicy.ratio(40, 2)).isEqualByComparingTo("0.05");
    }

    @Test
    void a_unit_without_reviewers_is_flagged_and_one_without_officers_is_not() {
        assertThat(ReviewerRatioPolicy.check(5, 0, FIVE_PERCENT).isAllowed()).isFalse();
        assertThat(ReviewerRatioPolicy.check(0, 0, FIVE_PERCENT).isAllowed()).isTrue();
    }

    @Test
    void a_reviewer_without_legal_qualification_is_flagged_per_article_58() {
        assertThat(ReviewerRatioPolicy.unqualified("钱某").text()).contains("钱某").contains("《行政处罚法》第五十八条");
    }
}
