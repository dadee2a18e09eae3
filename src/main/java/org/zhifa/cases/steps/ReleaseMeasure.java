package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.ReleaseGround;
import org.zhifa.cases.domain.InvestigationRecord.Measure;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.LegalBasis;
import org.zhifa.documents.DocumentType;

/**
 * 解除先行登记保存或强制措施 (《行政处罚法》第五十六条; 《行政强制法》第二十八条): the measure by its document number,
 * the reason; its clock is met; the release decision names the measure's own document, the day it was taken and, for a
 * compulsory measure, its kind (as recorded when it was taken; measures recorded before the kind was kept print none) and
 * the item of 第二十八条第一款 the officer chose (required for a compulsory measure, not chosen for a preservation,
 * whose release rests on 第五十六条, 式样之七).
 */
@Component
public class ReleaseMeasure extends CaseStep<ReleaseMeasure.Input> {

    public static final Transition TRANSITION = Transition.named("release-measure", "解除登记保存或强制措施")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION, CaseState.INVESTIGATION_CONCLUDED).byHandler()
            .issues(DocumentType.RELEASE_EVIDENCE_PRESERVATION, DocumentType.RELEASE_COMPULSORY_MEASURE)
            .input(Input.class);

    @Schema(name = "ReleaseMeasureInput", description = "解除登记保存或强制措施")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "解除日期") @NotNull(message = "请填写解除日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "解除的登记保存清单或强制措施决定书文号") @NotBlank(message = "请选择要解除的措施")
            String measureNumber,
            @Schema(description = "解除的法定情形（解除查封、扣押时选择）")
            ReleaseGround ground,
            @Schema(description = "解除理由") @NotBlank(message = "请填写解除理由") String reason) implements StepInput {
    }

    ReleaseMeasure() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        Measure m = run.kase().investigation().openMeasure(in.measureNumber().trim())
                .orElseThrow(() -> new InvalidInputException("没有该文号的未解除措施",
                        Map.of("measureNumber", "请选择本案未解除的措施")));
        boolean preservation = ClockKind.EVIDENCE_PRESERVATION.name().equals(m.clockKind());
        if (preservation && in.ground() != null) {
            // 式样之七: the release of a preservation rests on 《行政处罚法》第五十六条 alone
            throw new InvalidInputException("解除证据登记保存不选择解除的法定情形",
                    Map.of("ground", "解除证据登记保存的，不选择此项，填写解除理由即可"));
        }
        if (!preservation && in.ground() == null) {
            throw new InvalidInputException("请选择解除的法定情形", Map.of("ground", "请选择解除行政强制措施所依据的情形"));
        }
        run.kase().releaseMeasure(run.check(), m.number(), in.reason().trim());
        run.clocks().stopOne(m.clockId(), run.on());
        run.issue(preservation ? DocumentType.RELEASE_EVIDENCE_PRESERVATION : DocumentType.RELEASE_COMPULSORY_MEASURE,
                Present.fields(preservation ? "preservationNumber" : "originalDecision", m.number(),
                        "measureDate", m.startedOn(), "measure", m.kind(), "reason", in.reason().trim(),
                        "releaseItem", preservation ? null : LegalBasis.numeral(in.ground().item()),
                        "items", Goods.rows(m.items())));
    }
}
