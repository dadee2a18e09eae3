package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One article identity: the value renders as the provision is cited and compares by law, article, paragraph, item. */
class LegalBasisTest {

    @Test
    void a_provision_renders_as_cited_with_paragraph_and_item() {
        assertThat(Law.PENALTY.article(58).paragraph(1).item(2).text()).isEqualTo("《行政处罚法》第五十八条第一款第（二）项");
        assertThat(Law.PENALTY.article(42).text()).isEqualTo("《行政处罚法》第四十二条");
        assertThat(Law.COERCION.article(54).text()).isEqualTo("《行政强制法》第五十四条");
        assertThat(Law.RECONSIDERATION.article(24).paragraph(1).text()).isEqualTo("《行政复议法》第二十四条第一款");
    }

    @Test
    void article_numbers_are_chinese_numerals() {
        assertThat(LegalBasis.numeral(1)).isEqualTo("一");
        assertThat(LegalBasis.numeral(10)).isEqualTo("十");
        assertThat(LegalBasis.numeral(11)).isEqualTo("十一");
        assertThat(LegalBasis.numeral(20)).isEqualTo("二十");
        assertThat(LegalBasis.numeral(64)).isEqualTo("六十四");
        assertThat(LegalBasis.numeral(100)).isEqualTo("一百");
        assertThat(LegalBasis.numeral(101)).isEqualTo("一百零一");
        assertThat(LegalBasis.numeral(110)).isEqualTo("一百一十");
        assertThat(LegalBasis.numeral(115)).isEqualTo("一百一十五");
        assertThat(LegalBasis.numeral(1010)).isEqualTo("一千零一十");
    }

    @Test
    void the_same_provision_is_one_value_and_a_paragraph_lies_within_its_article() {
        assertThat(Law.PENALTY.article(64)).isEqualTo(LegalBasis.of("行政处罚法", 64));
        assertThat(Law.PENALTY.article(58).paragraph(1).item(2).within(Law.PENALTY.article(58))).isTrue();
        assertThat(Law.PENALTY.article(58).within(Law.PENALTY.article(58).paragraph(1))).isFalse();
        assertThat(Law.PENALTY.article(57).within(Law.PENALTY.article(58))).isFalse();
    }

    @Test
    void a_refusal_under_law_carries_the_provision() {
        Rejection r = Rejection.of(Law.PENALTY.article(51), "简易程序罚款不得超过二百元（公民）");
        assertThat(r.basis()).isEqualTo(Law.PENALTY.article(51));
        assertThat(r.article()).isEqualTo("《行政处罚法》第五十一条");
        assertThat(r.text()).endsWith("（依据：《行政处罚法》第五十一条）");
        assertThat(PolicyDecision.rejected(Law.PENALTY.article(29), "一事不再罚").firstRejection().orElseThrow().basis())
                .isEqualTo(Law.PENALTY.article(29));
    }

    @Test
    void a_law_title_is_given_without_book_title_marks() {
        assertThatThrownBy(() -> LegalBasis.of("《行政处罚法》", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LegalBasis.of("行政处罚法", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
