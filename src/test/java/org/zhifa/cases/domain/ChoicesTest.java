package org.zhifa.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every closed choice of the case record has its Chinese label, read from the constant's {@link Label}. */
class ChoicesTest {

    @Test
    void every_choice_has_a_chinese_label() {
        var enums = Arrays.stream(Choices.class.getDeclaredClasses()).filter(Class::isEnum).toList();
        assertThat(enums).hasSizeGreaterThanOrEqualTo(12);
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                assertThat(((Labelled) constant).label()).as(type.getSimpleName() + "." + constant)
                        .isNotBlank().containsPattern("[\\u4e00-\\u9fff]");
            }
        }
    }

    @Test
    void a_label_is_the_text_of_its_constant() {
        assertThat(Choices.ServiceMethod.PUBLIC_NOTICE.label()).isEqualTo("公告送达（公告之日起经过三十日视为送达）");
        assertThat(Choices.PaymentChannel.BANK.label()).isEqualTo("指定银行缴款");
    }
}
