package org.zhifa.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhifa.cases.domain.ExecutionRecord.Instalment;

class InstalmentScheduleRuleTest {

    static final LocalDate APPROVED = LocalDate.of(2026, 9, 20);

    @Test
    void instalments_must_add_up_to_the_fine_per_article_66() {
        var d = InstalmentScheduleRule.check(2000_00, List.of(new Instalment(1, LocalDate.of(2026, 10, 10), 800_00),
                new Instalment(2, LocalDate.of(2026, 11, 10), 1000_00)), APPROVED);
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.firstRejection().orElseThrow().article()).isEqualTo("《行政处罚法》第六十六条第二款");
        assertThat(InstalmentScheduleRule.check(2000_00, List.of(new Instalment(1, LocalDate.of(2026, 10, 10), 1000_00),
                new Instalment(2, LocalDate.of(2026, 11, 10), 1000_00)), APPROVED).isAllowed()).isTrue();
    }

    @Test
    void instalment_due_dates_follow_one_another_per_article_66() {
        assertThat(InstalmentScheduleRule.check(2000_00, List.of(new Instalment(1, LocalDate.of(2026, 11, 10), 1000_00),
                new Instalment(2, LocalDate.of(2026, 10, 10), 1000_00)), APPROVED).isAllowed()).isFalse();
        assertThat(InstalmentScheduleRule.check(2000_00, List.of(new Instalment(1, LocalDate.of(2026, 9, 1), 1000_00),
                new Instalment(2, LocalDate.of(2026, 10, 10), 1000_00)), APPROVED).isAllowed()).isFalse();
    }
}
