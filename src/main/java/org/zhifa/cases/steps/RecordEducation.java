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
import org.zhifa.cases.internal.CaseDocuments;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.documents.DocumentType;

/** 教育记录 (《行政处罚法》第三十三条第三款): when, where, by which officers, what the party was told. */
@Component
public class RecordEducation extends CaseStep<RecordEducation.Input> {

    public static final Transition TRANSITION = Transition.named("record-education", "制作教育记录")
            .in(Procedure.ORDINARY).from(CaseState.DECISION).byHandler().guards(TWO_OFFICERS, RECUSAL)
            .issues(DocumentType.EDUCATION_RECORD).input(Input.class);

    @Schema(name = "RecordEducationInput", description = "教育记录")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "教育日期") @NotNull(message = "请填写教育日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "开始时间") @NotNull(message = "请填写开始时间") LocalTime startTime,
            @Schema(description = "结束时间") @NotNull(message = "请填写结束时间") LocalTime endTime,
            @Schema(description = "地点") @NotBlank(message = "请填写地点") String place,
            @Schema(description = "实施教育的执法人员（本案承办人员）") @NotEmpty(message = "请选择实施教育的执法人员")
            List<Long> officerIds,
            @Schema(description = "记录人（本案承办人员）") @NotNull(message = "请选择记录人") Long recorderId,
            @Schema(description = "教育内容") @NotBlank(message = "请填写教育内容") String content)
            implements StepInput, InputFacts.OfficersPresent {

        @Override
        public LocalTime actedAt() {
            return startTime;
        }
    }

    RecordEducation() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        RecordTimes.inOrder(in.startTime(), in.endTime());
        var officers = Present.officers(run.kase(), in.officerIds(), "officerIds");
        var recorder = Present.officer(run.kase(), in.recorderId(), "recorderId");
        run.kase().recordEducation(run.check());
        run.issue(DocumentType.EDUCATION_RECORD, Present.fields("startTime", run.at(in.startTime()),
                "endTime", run.at(in.endTime()), "place", in.place(), "officers", CaseDocuments.officers(officers),
                "recorder", recorder.name(), "content", in.content()));
    }
}
