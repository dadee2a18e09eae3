package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;

/** 勘验笔录: when, where, the object examined, the witness, what was found, by which officers, recorded by whom. */
@Component
public class RecordExamination extends CaseStep<RecordExamination.Input> {

    public static final Transition TRANSITION = Transition.named("record-examination", "制作勘验笔录")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION).byHandler().guards(TWO_OFFICERS, RECUSAL)
            .issues(DocumentType.INSPECTION_RECORD).input(Input.class);

    @Schema(name = "RecordExaminationInput", description = "勘验笔录")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "勘验日期") @NotNull(message = "请填写勘验日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "开始时间") @NotNull(message = "请填写开始时间") LocalTime startTime,
            @Schema(description = "结束时间") @NotNull(message = "请填写结束时间") LocalTime endTime,
            @Schema(description = "地点") @NotBlank(message = "请填写地点") String place,
            @Schema(description = "勘验的执法人员（本案承办人员）") @NotEmpty(message = "请选择勘验的执法人员") List<Long> officerIds,
            @Schema(description = "记录人（本案承办人员）") @NotNull(message = "请选择记录人") Long recorderId,
            @Schema(description = "已出示执法证件、表明身份并告知权利义务") @NotNull(message = "请选择是否已出示执法证件")
            Boolean credentialsShown,
            @Schema(description = "勘验对象") @NotBlank(message = "请填写勘验对象") String object,
            @Schema(description = "被邀请人（见证人）") String witness,
            @Schema(description = "勘验情况") @NotBlank(message = "请填写勘验情况") String content)
            implements RecordTimes.Recorded {
    }

    RecordExamination() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        RecordTimes.issue(run, DocumentType.INSPECTION_RECORD, "object", in.object(), "witness", in.witness(),
                "content", in.content());
    }
}
