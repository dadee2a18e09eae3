package org.zhifa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhifa.audit.internal.AuditFilter;
import org.zhifa.common.InvalidInputException;

/** Search criteria as typed by the audit administrator. */
class AuditUnitsTest {

    @Test
    void a_typed_end_time_includes_that_whole_minute_or_day_in_beijing_time() {
        AuditFilter f = AuditFilter.parse(" auditor ", "login", "", null, "2025-03-01T08:00", "2025-03-01T18:00");
        assertThat(f.user()).isEqualTo("auditor");
        assertThat(f.action()).isEqualTo("LOGIN");
        assertThat(f.objectType()).isNull();
        assertThat(f.from()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(f.toExclusive()).isEqualTo(Instant.parse("2025-03-01T10:01:00Z"));
        AuditFilter day = AuditFilter.parse(null, null, null, null, "2025-03-01", "2025-03-01");
        assertThat(day.toExclusive()).isEqualTo(Instant.parse("2025-03-01T16:00:00Z"));
    }

    @Test
    void unreadable_or_reversed_times_are_refused_with_chinese_field_errors() {
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, null, "昨天", null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("from"));
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, null, "2025-03-02", "2025-03-01T00:00"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsEntry("to", "结束时间应晚于开始时间"));
    }
}
