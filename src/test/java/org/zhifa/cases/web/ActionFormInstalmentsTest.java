package org.zhifa.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhifa.common.InvalidInputException;

class ActionFormInstalmentsTest {

    @Test
    void the_instalment_lines_of_the_form_become_the_schedule() {
        var lines = ActionForm.instalmentLines("2026-12-31 500\n\n2027-01-31，1500元\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(lines.get(1).amountYuan()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(ActionForm.instalmentLines("  ")).isNull();
    }

    @Test
    void a_malformed_instalment_line_is_a_field_error() {
        assertThatThrownBy(() -> ActionForm.instalmentLines("2026-12-31\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("第1行");
    }
}
