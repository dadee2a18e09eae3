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

/** 现场笔录: when, where, which officers, who recorded, who was present, what was found, measures, the party's words. */
@Component
public class RecordSite extends CaseStep<RecordSite.Input> {

    public static final Transition TRANSITION = Transition.named("record-site", "制作现场笔录")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION).byHandler().guards(TWO_OFFICERS, RECUSAL)
            .issues(DocumentType.SITE_RECORD).input(Input.class);

    @Schema(name = "RecordSiteInput", description = "现场笔录")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "检查日期") @NotNull(message = "请填写检查日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "开始时间") @NotNull(message = "请填写开始时间") LocalTime startTime,
            @Schema(description = "结束时间") @NotNull(message = "请填写结束时间") LocalTime endTime,
            @Schema(description = "地点") @NotBlank(message = "请填写地点") String place,
            @Schema(description = "在场的执法人员（本案承办人员）") @NotEmpty(message = "请选择在场的执法人员") List<Long> officerIds,
            @Schema(description = "记录人（本案承办人员）") @NotNull(message = "请选择记录人") Long recorderId,
            @Schema(description = "已出示执法证件、表明身份并告知权利义务") @NotNull(message = "请选择是否已出示执法证件")
            Boolean credentialsShown,
            @Schema(description = "现场情况") @NotBlank(message = "请填写现场情况") String content,
            @Schema(description = "采取的措施") String measures,
            @Schema(description = "当事人意见（当事人在场时）") String partyOpinion)
            implements RecordTimes.Recorded {
    }

    RecordSite() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        RecordTimes.issue(run, DocumentType.SITE_RECORD, "content", in.content(), "measures", in.measures(),
                "partyOpinion", in.partyOpinion());
    }
}
