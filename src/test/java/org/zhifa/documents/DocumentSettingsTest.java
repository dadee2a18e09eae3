package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhifa.documents.CjkFont;
import org.zhifa.documents.internal.DocumentsProperties;
import org.zhifa.documents.internal.Formats;

/** Settings, font lookup and the printed forms of values. */
class DocumentSettingsTest {

    @Test
    void without_a_cjk_font_rendering_fails_naming_the_package_to_install() {
        DocumentsProperties settings = new DocumentsProperties(null, null, "/nonexistent/font.ttf",
                List.of("/nonexistent/wqy-zenhei.ttc,0"), null, null);
        assertThatThrownBy(() -> new CjkFont(settings).baseFont())
                .isInstanceOf(DocumentFontMissingException.class)
                .hasMessageContaining("fonts-noto-cjk").hasMessageContaining("fonts-wqy-zenhei")
                .hasMessageContaining("zhifa.documents.font")
                .hasMessageContaining("/nonexistent/font.ttf");
    }

    @Test
    void the_installed_noto_serif_font_is_found_at_the_standard_location() {
        assertThat(new CjkFont(DocumentsProperties.defaults()).location())
                .isEqualTo("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2");
    }

    @Test
    void codes_default_to_the_table_and_can_be_overridden_per_type() {
        DocumentsProperties settings = new DocumentsProperties("{unit}{code}字〔{year}〕第{n}号",
                Map.of(DocumentType.PENALTY_DECISION, "罚决"), null, null, null, null);
        assertThat(settings.code(DocumentType.PENALTY_DECISION)).isEqualTo("罚决");
        assertThat(settings.code(DocumentType.FILING_REGISTER)).isEqualTo("立");
        assertThat(settings.numberPattern()).isEqualTo("{unit}{code}字〔{year}〕第{n}号");
        assertThat(DocumentsProperties.defaults().numberPattern()).isEqualTo("{unit}{code}〔{year}〕{n}号");
    }

    @Test
    void a_number_pattern_without_the_sequence_is_refused() {
        assertThatThrownBy(() -> new DocumentsProperties("{unit}{code}〔{year}〕号", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{n}");
    }

    @Test
    void every_type_has_a_title_a_code_and_the_standard_set_has_24_documents() {
        assertThat(DocumentType.standardSet()).hasSize(24);
        assertThat(DocumentType.values()).allSatisfy(t -> {
            assertThat(t.title()).isNotBlank();
            assertThat(t.defaultCode()).isNotBlank();
            assertThat(t.requiredFields()).isNotEmpty();
        });
        assertThat(java.util.Arrays.stream(DocumentType.values()).filter(DocumentType::numbered)
                .map(DocumentType::defaultCode)).doesNotHaveDuplicates();
    }

    @Test
    void amounts_print_in_yuan_with_the_capital_figures() {
        assertThat(Formats.amountFen(300000L)).isEqualTo("人民币3,000.00元（大写：叁仟元整）");
        assertThat(Formats.capital(20000L)).isEqualTo("贰佰元整");
        assertThat(Formats.capital(1005000L)).isEqualTo("壹万零伍拾元整");
        assertThat(Formats.capital(10000050L)).isEqualTo("壹拾万元伍角");
        assertThat(Formats.capital(5000000L)).isEqualTo("伍万元整");
        assertThat(Formats.capital(10203L)).isEqualTo("壹佰零贰元零叁分");
    }

    @Test
    void dates_print_in_chinese() {
        assertThat(Formats.date("2025-03-04")).isEqualTo("2025年3月4日");
        assertThat(Formats.dateTime("2025-03-04T09:05")).isEqualTo("2025年3月4日9时05分");
    }
}
