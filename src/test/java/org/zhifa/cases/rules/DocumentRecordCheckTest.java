package org.zhifa.cases.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhifa.cases.rules.Cases.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhifa.cases.domain.Choices.StatementForm;
import org.zhifa.cases.domain.Choices.WaiverForm;
import org.zhifa.cases.domain.NoticeRecord;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.internal.DocumentRecordCheck;
import org.zhifa.cases.steps.RecordStatement;
import org.zhifa.cases.steps.WaiveStatement;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;

/** A document is not issued when it contradicts the record; the refusal is a 400 naming the field, not a law. */
class DocumentRecordCheckTest {

    static final LocalDate SERVED = ACT.plusDays(3);

    private static Map<String, Object> party(String name) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("party", Map.of("name", name));
        return f;
    }

    @Test
    void a_decision_is_not_issued_with_a_waiver_where_the_record_holds_a_statement() {
        PenaltyCase c = ordinary();
        Cases.notified(c, fine(1500), SERVED);
        assertThatCode(() -> DocumentRecordCheck.check(c, DocumentType.PENALTY_DECISION, party("当事人")))
                .doesNotThrowAnyException();
        c.recordStatement(check(RecordStatement.TRANSITION, SERVED.plusDays(1)), new NoticeRecord.Statement(1,
                SERVED.plusDays(1), StatementForm.WRITTEN, "当事人", "面积没有那么大", false, null));
        // the step's guard refuses this waiver (WaiverConsistent); the document check holds should the record have both
        c.waiveStatement(check(WaiveStatement.TRANSITION, SERVED.plusDays(1)),
                new NoticeRecord.Waiver(SERVED.plusDays(1), WaiverForm.WRITTEN, "放弃"));
        assertThatThrownBy(() -> DocumentRecordCheck.check(c, DocumentType.PENALTY_DECISION, party("当事人")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.fieldErrors()).containsKey("statementReview"))
                .hasMessageContaining("与案卷记载矛盾");
    }

    @Test
    void a_document_naming_another_party_than_the_case_is_refused() {
        PenaltyCase c = ordinary();
        assertThatThrownBy(() -> DocumentRecordCheck.check(c, DocumentType.FILING_REGISTER, party("别的人")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.fieldErrors()).containsKey("party"));
    }

    @Test
    void an_extension_notice_names_a_seizure_of_the_case_in_force_as_it_was_taken() {
        PenaltyCase c = ordinary();
        c.submitFiling(check(org.zhifa.cases.steps.SubmitFiling.TRANSITION, ACT), "建议立案");
        c.approveFiling(check(org.zhifa.cases.steps.ApproveFiling.TRANSITION, ACT), "立〔2026〕1号", "负责人", "同意",
                ACT.plusDays(90));
        c.takeMeasure(check(org.zhifa.cases.steps.ImposeMeasure.TRANSITION, ACT.plusDays(2)),
                new org.zhifa.cases.domain.InvestigationRecord.Act("COMPULSORY_MEASURE_DECISION", ACT.plusDays(2), 1,
                        "强〔2026〕1号", java.util.List.of(1L, 2L)),
                new org.zhifa.cases.domain.InvestigationRecord.Measure("COMPULSORY_MEASURE", "COMPULSORY_MEASURE_DECISION",
                        "强〔2026〕1号", ACT.plusDays(2), 9, java.util.List.of(), null, null, "扣押"));
        Map<String, Object> f = party("当事人");
        f.put("originalDecision", "强〔2026〕1号");
        f.put("measureDate", ACT.plusDays(2));
        f.put("measure", "扣押");
        assertThatCode(() -> DocumentRecordCheck.check(c, DocumentType.EXTEND_COMPULSORY_MEASURE, f))
                .doesNotThrowAnyException();
        f.put("measure", "查封");
        f.put("originalDecision", "强〔2026〕9号");
        assertThatThrownBy(() -> DocumentRecordCheck.check(c, DocumentType.EXTEND_COMPULSORY_MEASURE, f))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.fieldErrors()).containsKey("originalDecision"));
        f.put("originalDecision", "强〔2026〕1号");
        assertThatThrownBy(() -> DocumentRecordCheck.check(c, DocumentType.EXTEND_COMPULSORY_MEASURE, f))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.fieldErrors()).containsKey("measure"));
    }
}
