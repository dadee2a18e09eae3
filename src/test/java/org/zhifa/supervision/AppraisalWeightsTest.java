package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings of supervision: defaults named after their source, appraisal weights checked at start. */
class AppraisalWeightsTest {

    @Test
    void defaultsAreTenFilesPerCategoryAndWeightsSixtyTwentyTwentyWithSupervisionAndRulesSplitInTwo() {
        SupervisionProperties p = new SupervisionProperties(null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(p.perCategoryMinimum()).isEqualTo(10);
        assertThat(p.complaintDays()).isEqualTo(60);
        assertThat(p.appraisalWeights()).isEqualTo(Map.of("enforcement", 60, "supervision", 10, "complaints", 10,
                "rules", 10, "usage", 10));
        assertThat(p.appraisalComplaintPoints()).isEqualByComparingTo("5");
        assertThat(p.scoreSheet()).contains("demo");
    }

    @Test
    void discretionFactorMustExceedOne() {
        assertThatThrownBy(() -> new SupervisionProperties(null, null, null, null, null, null, null, null,
                java.math.BigDecimal.ONE, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownOrNegativeAppraisalWeightIsRefusedAtStart() {
        assertThatThrownBy(() -> new SupervisionProperties(null, null, null, null, null, null, null,
                Map.of("popularity", 10), null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupervisionProperties(null, null, null, null, null, null, null,
                Map.of("enforcement", -1), null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupervisionProperties(null, null, null, null, null, null, null, null, null, null,
                null, java.math.BigDecimal.valueOf(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
