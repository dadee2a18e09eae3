package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.internal.DocumentValidation;
import org.zhifa.documents.internal.FieldValues;

/**
 * The documents of the execution and release stages as their national forms word them (式样之七、十、十八、二十、二十二):
 * each variant prints only the facts it was given and the article of its own case.
 */
class ExecutionDocumentsTest {

    static Map<String, Object> suspension(String action) {
        Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.EXECUTION_SUSPENSION_NOTICE));
        f.put("action", action);
        f.put("reason", "当事人履行确有困难（测试）。");
        f.put("suspendedFrom", LocalDate.of(2025, 4, 1));
        f.remove("suspendedOn");
        f.remove("agreementDate");
        return f;
    }

    static Map<String, String> errors(Map<String, Object> f) {
        try {
            DocumentValidation.check(DocumentType.EXECUTION_SUSPENSION_NOTICE, FieldValues.normalize(f));
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    static String text(DocumentType type, Map<String, Object> f) throws Exception {
        return NationalFormOrderTest.firstPartText(type, f);
    }

    @Test
    void execution_suspension_notice_states_one_matter_with_the_facts_it_needs() {
        assertThat(errors(suspension("中止"))).isEmpty();
        Map<String, Object> noReason = suspension("中止");
        noReason.remove("reason");
        assertThat(errors(noReason)).containsOnlyKeys("reason");
        Map<String, Object> noStart = suspension("中止");
        noStart.remove("suspendedFrom");
        assertThat(errors(noStart)).containsOnlyKeys("suspendedFrom");
        Map<String, Object> ended = suspension("终结");
        ended.remove("suspendedFrom");
        assertThat(errors(ended)).isEmpty();
        ended.remove("reason");
        assertThat(errors(ended)).containsOnlyKeys("reason");
        assertThat(errors(suspension("恢复"))).containsOnlyKeys("suspendedOn");
        assertThat(errors(suspension("暂停"))).containsOnlyKeys("action");
        assertThatThrownBy(() -> DocumentValidation.check(DocumentType.EXECUTION_SUSPENSION_NOTICE,
                FieldValues.normalize(suspension("暂停")))).hasMessageContaining("事项");
    }

    @Test
    void execution_suspension_notice_prints_the_article_of_its_matter_only() throws Exception {
        String suspended = text(DocumentType.EXECUTION_SUSPENSION_NOTICE, suspension("中止"));
        assertThat(suspended).contains("现因当事人履行确有困难（测试），根据《中华人民共和国行政强制法》第三十九条第一款的规定",
                "自2025年4月1日起中止该行政强制执行", "特此通知").doesNotContain("第四十条", "第四十二条", "恢复强制执行");
        String ended = text(DocumentType.EXECUTION_SUSPENSION_NOTICE, suspension("终结"));
        assertThat(ended).contains("第四十条的规定，本机关决定终结执行").doesNotContain("第三十九条");
        Map<String, Object> resumed = suspension("恢复");
        resumed.put("suspendedOn", LocalDate.of(2025, 4, 1));
        assertThat(text(DocumentType.EXECUTION_SUSPENSION_NOTICE, resumed))
                .contains("本机关于2025年4月1日决定中止执行", "第三十九条第二款", "决定从即日恢复强制执行");
        resumed.put("agreementDate", LocalDate.of(2025, 4, 8));
        assertThat(text(DocumentType.EXECUTION_SUSPENSION_NOTICE, resumed))
                .contains("本机关于2025年4月8日与你（单位）达成执行协议", "第四十二条第二款").doesNotContain("第三十九条");
    }

    @Test
    void enforcement_decision_says_immediate_only_when_flagged_and_sends_no_one_to_court_to_enforce() throws Exception {
        Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.ENFORCEMENT_DECISION));
        f.put("immediate", false);
        f.put("reminderNumber", "德交执催〔2025〕2号");
        String text = text(DocumentType.ENFORCEMENT_DECISION, f);
        assertThat(text).contains("经本机关催告（催告书文号：德交执催〔2025〕2号）后，你（单位）仍未履行且无正当理由",
                "本机关将于2025年3月20日强制执行", "申请行政复议").doesNotContain("立即", "隐匿财物", "申请人民法院强制执行");
        f.put("immediate", true);
        assertThat(text(DocumentType.ENFORCEMENT_DECISION, f)).contains("在催告期间有转移或者隐匿财物迹象",
                "本机关将立即于2025年3月20日强制执行");
    }

    @Test
    void a_release_prints_the_date_the_measure_was_taken_only_when_given() throws Exception {
        Map<String, Object> f = new java.util.LinkedHashMap<>(
                SampleDocuments.complete(DocumentType.RELEASE_EVIDENCE_PRESERVATION));
        f.remove("measureDate");
        f.put("preservationNumber", "德交执保〔2025〕1号");
        assertThat(text(DocumentType.RELEASE_EVIDENCE_PRESERVATION, f)).contains(
                "本机关依法对你（单位）采取了证据登记保存，《证据登记保存清单》文号为德交执保〔2025〕1号",
                "第五十六条的规定，本机关决定自2025年3月20日起解除该证据登记保存");
        Map<String, Object> m = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.RELEASE_COMPULSORY_MEASURE));
        m.remove("measureDate");
        m.remove("measure");
        m.put("cause", "未按规定携带道路运输证");
        assertThat(text(DocumentType.RELEASE_COMPULSORY_MEASURE, m)).contains(
                "因你（单位）未按规定携带道路运输证，本机关依法对你（单位）采取了行政强制措施",
                "第二十八条第一款第（三）项的规定，本机关决定自2025年3月20日起解除该行政强制措施");
    }

    /**
     * 式样之十 cites the item of 《行政强制法》第二十八条第一款 under which the measure is released: the document names it
     * (第（N）项), is not issued without it, and refuses an item the paragraph does not have (it has five).
     */
    @Test
    void article_28_release_names_its_item() throws Exception {
        Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.RELEASE_COMPULSORY_MEASURE));
        f.put("releaseItem", "四");
        assertThat(text(DocumentType.RELEASE_COMPULSORY_MEASURE, f))
                .contains("依照《中华人民共和国行政强制法》第二十八条第一款第（四）项的规定");
        assertThat(releaseErrors(f)).isEmpty();
        f.put("releaseItem", "六");
        assertThat(releaseErrors(f)).containsOnlyKeys("releaseItem");
        f.remove("releaseItem");
        assertThat(releaseErrors(f)).containsOnlyKeys("releaseItem");
    }

    private static Map<String, String> releaseErrors(Map<String, Object> f) {
        try {
            DocumentValidation.check(DocumentType.RELEASE_COMPULSORY_MEASURE, FieldValues.normalize(f));
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    /**
     * 式样之六: "因调查…一案…予以先行登记保存…日（自…至…）" above the goods, from the 案由 and the period given; without the
     * period's days nothing stands in for them.
     */
    @Test
    void evidence_preservation_list_names_the_case_and_the_period_of_article_56() throws Exception {
        Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.EVIDENCE_PRESERVATION_LIST));
        f.put("cause", "违法超限运输");
        String text = text(DocumentType.EVIDENCE_PRESERVATION_LIST, f);
        assertThat(text).contains("因调查违法超限运输一案，根据《中华人民共和国行政处罚法》第五十六条的规定，对你（单位）下列物品"
                + "予以先行登记保存七个工作日（自2025年3月4日至2025年3月13日）。在此期间，当事人或者有关人员不得销毁或者转移证据。");
        assertThat(text.indexOf("因调查")).isLessThan(text.indexOf("登记保存物品"));
        assertThat(text).doesNotContain("处理期限：");
        f.remove("preservedOn");
        f.remove("preservationWorkingDays");
        assertThat(text(DocumentType.EVIDENCE_PRESERVATION_LIST, f)).contains("对你（单位）下列物品予以先行登记保存。")
                .doesNotContain("个工作日", "（自");
    }

    @Test
    void an_extension_notice_words_the_measure_as_given_and_cites_article_25() throws Exception {
        Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.EXTEND_COMPULSORY_MEASURE));
        f.put("cause", "未按规定携带道路运输证");
        f.put("measureDate", LocalDate.of(2025, 3, 4));
        f.put("measure", "扣押车辆");
        f.put("originalDecision", "德交执强〔2025〕1号");
        f.put("reason", "案情复杂，需进一步检测。");
        f.put("newDeadline", LocalDate.of(2025, 5, 3));
        assertThat(text(DocumentType.EXTEND_COMPULSORY_MEASURE, f)).contains(
                "因你（单位）未按规定携带道路运输证，本机关依法于2025年3月4日对你（单位）采取了扣押车辆的行政强制措施，"
                        + "行政强制措施决定书文号为德交执强〔2025〕1号。",
                "现因案情复杂，需进一步检测，依据《中华人民共和国行政强制法》第二十五条的规定，决定延长行政强制措施期限至2025年5月3日。")
                .doesNotContain("延长理由：", "原决定书文号：", "当事人：");
        f.remove("cause");
        f.remove("measureDate");
        f.remove("measure");
        assertThat(text(DocumentType.EXTEND_COMPULSORY_MEASURE, f)).contains(
                "本机关依法对你（单位）采取了行政强制措施，行政强制措施决定书文号为德交执强〔2025〕1号。").doesNotContain("因你（单位）");
    }

    @Test
    void a_measure_decision_states_basis_kind_and_period_and_sends_no_one_to_court_to_enforce() throws Exception {
        Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.COMPULSORY_MEASURE_DECISION));
        f.put("basis", "《中华人民共和国行政强制法》第二十二条、第二十三条");
        f.put("measure", "扣押");
        f.put("period", "30日（2025年3月20日至2025年4月18日）");
        assertThat(text(DocumentType.COMPULSORY_MEASURE_DECISION, f)).contains(
                "依据《中华人民共和国行政强制法》第二十二条、第二十三条的规定，本机关决定对你（单位）的上列场所、设施或者财物实施"
                        + "扣押的行政强制措施，期限为30日（2025年3月20日至2025年4月18日）。",
                "本决定不停止执行").doesNotContain("申请人民法院强制执行", "法律依据：", "期限：30日");
    }

    @Test
    void an_instalment_notice_names_the_decision_and_the_fine_and_cites_article_66() throws Exception {
        Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.INSTALMENT_NOTICE));
        f.put("originalDecision", "德交执罚〔2025〕3号");
        f.put("fineAmountFen", 300000L);
        assertThat(text(DocumentType.INSTALMENT_NOTICE, f)).contains(
                "本机关对你（单位）作出了《行政处罚决定书》（文号：德交执罚〔2025〕3号），决定对你（单位）罚款人民币3,000.00元（大写：叁仟元整）。",
                "根据你（单位）的申请，本机关依据《中华人民共和国行政处罚法》第六十六条第二款的规定，现决定：",
                "代收机构以本通知书为据，办理收款手续。").doesNotContain("原决定书文号：", "当事人：");
    }
}
