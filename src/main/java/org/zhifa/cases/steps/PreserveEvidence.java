package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.GoodsLine;
import org.zhifa.cases.domain.InvestigationRecord.Act;
import org.zhifa.cases.domain.InvestigationRecord.Measure;
import org.zhifa.cases.internal.CaseDocuments;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.common.LegalBasis;
import org.zhifa.documents.DocumentType;

/**
 * 证据先行登记保存 (《行政处罚法》第五十六条): with the head's approval, the goods and where they are kept; a decision on
 * them is due within seven working days (a clock of this measure). The list (式样之六) prints the case's 案由 (因调查…一案)
 * and the period: from the day taken (the date of the step) to the clock's due date, seven working days after it (the day
 * taken not counted, 第八十五条; holidays from the working-day calendar).
 */
@Component
public class PreserveEvidence extends CaseStep<PreserveEvidence.Input> {

    public static final Transition TRANSITION = Transition.named("preserve-evidence", "证据先行登记保存")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION).byHandler().guards(TWO_OFFICERS, RECUSAL)
            .starts(ClockKind.EVIDENCE_PRESERVATION).issues(DocumentType.EVIDENCE_PRESERVATION_LIST)
            .input(Input.class);

    @Schema(name = "PreserveEvidenceInput", description = "证据先行登记保存")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "登记保存日期") @NotNull(message = "请填写登记保存日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "地点") @NotBlank(message = "请填写地点") String place,
            @Schema(description = "实施的执法人员（本案承办人员）") @NotEmpty(message = "请选择实施的执法人员") List<Long> officerIds,
            @Schema(description = "批准的负责人") @NotBlank(message = "请填写批准先行登记保存的负责人") String approvedBy,
            @Schema(description = "登记保存的物品") @NotEmpty(message = "请填写登记保存的物品") List<@Valid GoodsLine> items,
            @Schema(description = "保存地点") @NotBlank(message = "请填写保存地点") String storagePlace)
            implements StepInput, InputFacts.OfficersPresent {
    }

    PreserveEvidence() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        var officers = Present.officers(run.kase(), in.officerIds(), "officerIds");
        var due = run.clocks().due(ClockKind.EVIDENCE_PRESERVATION, run.on());
        String number = run.nextNumber(DocumentType.EVIDENCE_PRESERVATION_LIST);
        var doc = run.issue(DocumentType.EVIDENCE_PRESERVATION_LIST, Present.fields("place", in.place(),
                "officers", CaseDocuments.officers(officers), "items", Goods.rows(in.items()),
                "storagePlace", in.storagePlace(), "approvedBy", in.approvedBy(), "preservedOn", run.on(),
                "handlingDeadline", due.date(),
                "preservationWorkingDays", LegalBasis.numeral(run.clocks().days(ClockKind.EVIDENCE_PRESERVATION))),
                number);
        long clock = run.startClock(ClockKind.EVIDENCE_PRESERVATION, run.on(), due.date());
        run.kase().takeMeasure(run.check(), new Act(DocumentType.EVIDENCE_PRESERVATION_LIST.name(), run.on(),
                doc.id(), number, in.officerIds()), new Measure(ClockKind.EVIDENCE_PRESERVATION.name(),
                DocumentType.EVIDENCE_PRESERVATION_LIST.name(), number, run.on(), clock, in.items(), null, null, null));
    }
}
