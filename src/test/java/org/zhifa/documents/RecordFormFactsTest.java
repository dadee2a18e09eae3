package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.internal.DocumentValidation;
import org.zhifa.documents.internal.FieldValues;

/**
 * The document check of the three investigation records (式样之二、三、四): a record without a fact its form requires
 * is refused naming it, whoever issues it (a case step or the documents API), and the facts are printed as the form has
 * them (第…次询问 below the time, the officers' posts, 备注 below the confirmation).
 */
class RecordFormFactsTest {

    private static Map<String, String> errors(DocumentType type, Map<String, Object> f) {
        try {
            DocumentValidation.check(type, FieldValues.normalize(f));
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    /** The text as drawn (each cell whole), whitespace removed. */
    private static String text(DocumentType type, Map<String, Object> f) throws Exception {
        return String.join("", PdfPages.texts(DocumentLayoutTest.render(type, f))).replaceAll("\\s+", "");
    }

    private static Map<String, Object> sample(DocumentType type) {
        return new LinkedHashMap<>(SampleDocuments.complete(type));
    }

    @Test
    void an_inquiry_record_without_the_interviewees_sex_age_workplace_address_or_inquiry_count_is_refused_naming_each() {
        assertThat(errors(DocumentType.INQUIRY_RECORD, sample(DocumentType.INQUIRY_RECORD))).isEmpty();
        Map<String, Object> f = sample(DocumentType.INQUIRY_RECORD);
        for (String key : new String[] {"intervieweeSex", "intervieweeAge", "intervieweeWorkplace", "intervieweeAddress",
                "inquiryNumber"}) {
            f.remove(key);
        }
        assertThat(errors(DocumentType.INQUIRY_RECORD, f)).containsOnlyKeys("intervieweeSex", "intervieweeAge",
                "intervieweeWorkplace", "intervieweeAddress", "inquiryNumber");
        assertThatThrownBy(() -> DocumentValidation.check(DocumentType.INQUIRY_RECORD, FieldValues.normalize(f)))
                .hasMessageContaining("性别").hasMessageContaining("工作单位及职务").hasMessageContaining("联系地址");
        // 身份证件号 and 联系电话 are printed when given
        Map<String, Object> without = sample(DocumentType.INQUIRY_RECORD);
        without.remove("intervieweeIdNumber");
        without.remove("intervieweePhone");
        assertThat(errors(DocumentType.INQUIRY_RECORD, without)).isEmpty();
    }

    @Test
    void an_examination_record_without_the_weather_or_with_an_invitee_but_not_their_post_is_refused() {
        assertThat(errors(DocumentType.INSPECTION_RECORD, sample(DocumentType.INSPECTION_RECORD))).isEmpty();
        Map<String, Object> noWeather = sample(DocumentType.INSPECTION_RECORD);
        noWeather.remove("weather");
        assertThat(errors(DocumentType.INSPECTION_RECORD, noWeather)).containsOnlyKeys("weather");
        Map<String, Object> noPost = sample(DocumentType.INSPECTION_RECORD);
        noPost.remove("witnessPost");
        assertThat(errors(DocumentType.INSPECTION_RECORD, noPost)).containsOnlyKeys("witnessPost");
        noPost.remove("witness");
        assertThat(errors(DocumentType.INSPECTION_RECORD, noPost)).isEmpty();
    }

    @Test
    void the_records_print_the_inquiry_count_the_officers_posts_the_persons_present_and_the_remarks() throws Exception {
        assertThat(text(DocumentType.INQUIRY_RECORD, sample(DocumentType.INQUIRY_RECORD)))
                .contains("询问次数第1次询问", "示例运输公司驾驶员");
        assertThat(text(DocumentType.INSPECTION_RECORD,
                sample(DocumentType.INSPECTION_RECORD))).contains("天气状况晴", "李执法（职务执法中队长，执法证号63000000001）");
        String site = text(DocumentType.SITE_RECORD, sample(DocumentType.SITE_RECORD));
        assertThat(site).contains("重型半挂牵引车", "赵示例", "押运员", "632801199202021230", "备注");
        Map<String, Object> bare = sample(DocumentType.SITE_RECORD);
        bare.remove("presentPersons");
        bare.remove("remarks");
        bare.remove("vehicleType");
        assertThat(text(DocumentType.SITE_RECORD, bare))
                .doesNotContain("其他现场人员", "备注", "车（船）型");
    }
}
