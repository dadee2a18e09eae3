package org.zhifa.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifa.publicity.internal.PublicationDeadlines;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Publication clocks on the official calendar (legal-rules §1, §6; 处罚法 第四十八条、第八十五条). */
@ZhifaIntegrationTest
class PublicationDeadlinesTest {

    @Autowired
    PublicationDeadlines deadlines;

    @Test
    @DisplayName("处罚决定 2025-09-26 作出，7 个工作日跨国庆中秋假期（含 9-28、10-11 调休上班）→ 2025-10-13")
    void penalty_decisions_are_published_within_7_working_days_across_the_national_holiday() {
        assertThat(deadlines.publishDue(LocalDate.of(2025, 9, 26), true)).isEqualTo(LocalDate.of(2025, 10, 13));
    }

    @Test
    @DisplayName("其他执法决定 20 个工作日")
    void other_decisions_are_published_within_20_working_days() {
        // 2025-09-26 + 20 working days: 9-28, 9-29, 9-30, 10-9, 10-10, 10-11, then 14 days from 10-13
        assertThat(deadlines.publishDue(LocalDate.of(2025, 9, 26), false)).isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    @DisplayName("决定 2025-09-30 撤销，3 个工作日撤回：10-9、10-10、10-11（调休）→ 2025-10-11")
    void withdrawal_is_due_within_3_working_days_per_article_48_across_a_holiday() {
        assertThat(deadlines.withdrawDue(LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    @DisplayName("春节：2025-01-27 撤销 → 2025-02-07（1-28 至 2-4 放假）")
    void withdrawal_skips_the_spring_festival() {
        // 1-27 Mon (start, not counted); 1-28..2-4 holiday; 2-5 (1), 2-6 (2), 2-7 (3)
        assertThat(deadlines.withdrawDue(LocalDate.of(2025, 1, 27))).isEqualTo(LocalDate.of(2025, 2, 7));
    }

    @Test
    @DisplayName("公示保留期：自然人 2 年，法人 5 年")
    void retention_is_two_years_for_natural_persons_and_five_otherwise() {
        assertThat(deadlines.retentionUntil(LocalDate.of(2025, 3, 1), true)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(deadlines.retentionUntil(LocalDate.of(2025, 3, 1), false)).isEqualTo(LocalDate.of(2030, 3, 1));
    }
}
