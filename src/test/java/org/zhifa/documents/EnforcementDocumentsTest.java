package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.InvalidInputException;
import org.zhifa.crypto.Sm3;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Issuing, fingerprinting and correcting documents on the real database. */
@ZhifaIntegrationTest
class EnforcementDocumentsTest {

    @Autowired
    EnforcementDocuments documents;

    @Autowired
    JdbcClient jdbc;

    private IssuedDocument issueDecision(String caseRef) {
        return documents.issue(DocumentRequest.of(DocumentType.PENALTY_DECISION, 11, caseRef,
                SampleDocuments.penaltyDecision()));
    }

    @Test
    void issuing_draws_a_number_fixes_the_content_and_the_pdf_rendered_from_it_is_stored_with_its_sm3() {
        IssuedDocument d = issueDecision("CASE:T-ISSUE");
        assertThat(d.rendered()).isFalse();
        assertThat(d.sm3Content()).hasSize(64);

        assertThat(d.number()).matches("德交执罚〔2025〕\\d+号");
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.current()).isTrue();
        assertThat(d.unitName()).isEqualTo("德令哈市交通运输综合行政执法大队");
        byte[] pdf = documents.pdf(d.id());
        IssuedDocument rendered = documents.find(d.id()).orElseThrow();
        assertThat(rendered.sm3Pdf()).isEqualTo(Sm3.hex(pdf));
        assertThat(rendered.sm3Content()).isEqualTo(d.sm3Content());
        assertThat(d.sm3Fields()).hasSize(64);
        assertThat(d.fields()).containsEntry(DocumentFields.FINE_FEN, 300000L).containsEntry(DocumentFields.DATE, "2025-03-20");
        assertThat(documents.list("CASE:T-ISSUE")).extracting(IssuedDocument::id).containsExactly(d.id());
    }

    @Test
    void personal_data_in_the_stored_fields_is_encrypted_and_read_back_in_clear() {
        IssuedDocument d = issueDecision("CASE:T-PERSONAL");
        String raw = jdbc.sql("select fields::text from enforcement_document where id = :id").param("id", d.id())
                .query(String.class).single();

        assertThat(raw).doesNotContain("632801199001011234").doesNotContain("13800000000").contains("张示例");
        @SuppressWarnings("unchecked")
        Map<String, Object> party = (Map<String, Object>) d.fields().get(DocumentFields.PARTY);
        assertThat(party).containsEntry("idNumber", "632801199001011234");
    }

    @Test
    void correction_issues_a_new_version_with_the_same_number_and_keeps_the_old_one_unchanged() {
        IssuedDocument original = issueDecision("CASE:T-CORRECT");
        byte[] originalPdf = documents.pdf(original.id());
        Map<String, Object> fixed = new LinkedHashMap<>(SampleDocuments.penaltyDecision());
        fixed.put(DocumentFields.COURT, "德令哈市人民法院（更正）");

        IssuedDocument corrected = documents.correct(original.id(), fixed, "法院名称笔误");

        assertThat(corrected.number()).isEqualTo(original.number());
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.supersedesId()).isEqualTo(original.id());
        assertThat(corrected.correctionReason()).isEqualTo("法院名称笔误");
        assertThat(corrected.sm3Fields()).isNotEqualTo(original.sm3Fields());
        IssuedDocument old = documents.find(original.id()).orElseThrow();
        assertThat(old.current()).isFalse();
        assertThat(documents.pdf(original.id())).isEqualTo(originalPdf);
        assertThat(old.sm3Pdf()).isEqualTo(Sm3.hex(originalPdf));
        assertThat(old.sm3Content()).isEqualTo(original.sm3Content()).isNotEqualTo(corrected.sm3Content());
        assertThat(old.sm3Fields()).isEqualTo(original.sm3Fields());
        assertThat(documents.list("CASE:T-CORRECT")).extracting(IssuedDocument::version).containsExactly(1, 2);
    }

    @Test
    void only_the_current_version_can_be_corrected_and_a_reason_is_required() {
        IssuedDocument original = issueDecision("CASE:T-CORRECT2");
        assertThatThrownBy(() -> documents.correct(original.id(), SampleDocuments.penaltyDecision(), " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("理由");
        documents.correct(original.id(), SampleDocuments.penaltyDecision(), "补正日期");
        assertThatThrownBy(() -> documents.correct(original.id(), SampleDocuments.penaltyDecision(), "再次更正"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("最新版本");
    }

    @Test
    void the_database_refuses_to_change_an_issued_document() {
        IssuedDocument d = issueDecision("CASE:T-IMMUTABLE");
        assertThatThrownBy(() -> jdbc.sql("update enforcement_document set pdf = '\\x00'::bytea where id = :id")
                .param("id", d.id()).update()).hasMessageContaining("不得修改");
        assertThat(documents.pdf(d.id())).startsWith("%PDF-".getBytes());
    }

    @Test
    void penalty_decision_missing_any_matter_of_article_59_is_refused_with_field_errors() {
        Map<String, Object> f = new LinkedHashMap<>(SampleDocuments.penaltyDecision());
        f.remove(DocumentFields.FACTS);
        f.remove(DocumentFields.PERFORMANCE);
        f.put(DocumentFields.COURT, " ");

        assertThatThrownBy(() -> documents.issue(DocumentRequest.of(DocumentType.PENALTY_DECISION, 11, "CASE:T-59", f)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage()).contains("《行政处罚法》第五十九条");
                    assertThat(e.fieldErrors()).containsOnlyKeys(DocumentFields.FACTS, DocumentFields.PERFORMANCE,
                            DocumentFields.COURT);
                    assertThat(e.fieldErrors().get(DocumentFields.FACTS)).isEqualTo("违法事实不能为空（《行政处罚法》第五十九条）");
                });
        assertThat(documents.list("CASE:T-59")).isEmpty();
    }

    @Test
    void each_of_the_six_article_59_matters_is_required_in_a_penalty_decision() {
        for (String key : new String[] {DocumentFields.PARTY, DocumentFields.FACTS, DocumentFields.EVIDENCE,
                DocumentFields.PENALTY, DocumentFields.PENALTY_BASIS, DocumentFields.PERFORMANCE,
                DocumentFields.RECONSIDERATION_BODY, DocumentFields.COURT, DocumentFields.DATE}) {
            Map<String, Object> f = new LinkedHashMap<>(SampleDocuments.penaltyDecision());
            f.remove(key);
            assertThatThrownBy(() -> documents.validate(DocumentType.PENALTY_DECISION, f)).as(key)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey(key));
        }
    }

    @Test
    void on_the_spot_decision_missing_matters_of_article_52_is_refused() {
        Map<String, Object> f = new LinkedHashMap<>(SampleDocuments.complete(DocumentType.ON_THE_SPOT_DECISION));
        f.remove(DocumentFields.OFFICERS);
        assertThatThrownBy(() -> documents.validate(DocumentType.ON_THE_SPOT_DECISION, f))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage()).contains("《行政处罚法》第五十二条");
                    assertThat(e.fieldErrors()).containsKey(DocumentFields.OFFICERS);
                });
    }

    @Test
    void a_pre_numbered_on_the_spot_decision_keeps_its_given_number() {
        IssuedDocument d = documents.issue(DocumentRequest.of(DocumentType.ON_THE_SPOT_DECISION, 11, "CASE:T-SPOT",
                SampleDocuments.complete(DocumentType.ON_THE_SPOT_DECISION)).withNumber("德交执当罚〔2025〕0001号"));
        assertThat(d.number()).isEqualTo("德交执当罚〔2025〕0001号");
    }

    @Test
    void docx_is_offered_for_editable_types_only() {
        IssuedDocument record = documents.issue(DocumentRequest.of(DocumentType.INQUIRY_RECORD, 11, "CASE:T-DOCX",
                SampleDocuments.complete(DocumentType.INQUIRY_RECORD)));
        assertThat(record.number()).isNull();
        assertThat(documents.docx(record.id())).startsWith(new byte[] {'P', 'K'});
        IssuedDocument decision = issueDecision("CASE:T-DOCX");
        assertThatThrownBy(() -> documents.docx(decision.id())).isInstanceOf(InvalidInputException.class);
    }
}
