package org.zhifa.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    @Test
    void accepts_a_number_with_the_gb_11643_check_character() {
        // The standard's own example: 11010519491231002X
        assertThat(IdCardNumber.parse("11010519491231002x")).isPresent();
        assertThat(IdCardNumber.of("11010519491231002X").birthDate()).hasToString("1949-12-31");
    }

    @Test
    void rejects_a_wrong_check_character_in_chinese() {
        assertThat(IdCardNumber.problem("110105194912310021")).isEqualTo("身份证号校验位不正确");
        assertThatThrownBy(() -> IdCardNumber.of("1101051949123")).hasMessageContaining("18位");
        assertThat(IdCardNumber.problem("110105194902300021")).contains("出生日期");
    }

    @Test
    void shows_only_the_area_code_and_the_last_four_characters() {
        String n = TestIds.valid("63280119900101123");
        assertThat(IdCardNumber.of(n).masked()).isEqualTo("632801********123" + n.charAt(17));
        assertThat(IdCardNumber.of(n).toString()).doesNotContain("19900101");
    }
}
