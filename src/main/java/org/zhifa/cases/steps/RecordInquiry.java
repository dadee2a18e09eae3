package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.QaPair;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;

/**
 * 询问笔录: when it started and ended, where, which officers asked, who recorded, who was asked and in what relation to
 * the case, and every question and answer — each as entered; two eligible officers on that day (处罚法 Art. 42).
 */
@Component
public class RecordInquiry extends CaseStep<RecordInquiry.Input> {

    public static final Transition TRANSITION = Transition.named("record-inquiry", "制作询问笔录")
            .in(Procedure.ORDINARY).from(CaseState.INVESTIGATION).byHandler().guards(TWO_OFFICERS, RECUSAL)
            .issues(DocumentType.INQUIRY_RECORD).input(Input.class);

    @Schema(name = "RecordInquiryInput", description = "询问笔录")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "询问日期") @NotNull(message = "请填写询问日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "询问开始时间") @NotNull(message = "请填写询问开始时间") LocalTime startTime,
            @Schema(description = "询问结束时间") @NotNull(message = "请填写询问结束时间") LocalTime endTime,
            @Schema(description = "询问地点") @NotBlank(message = "请填写询问地点") String place,
            @Schema(description = "询问的执法人员（本案承办人员）") @NotEmpty(message = "请选择实施询问的执法人员")
            List<Long> officerIds,
            @Schema(description = "记录人（本案承办人员）") @NotNull(message = "请选择记录人") Long recorderId,
            @Schema(description = "已出示执法证件、表明身份并告知权利义务") @NotNull(message = "请选择是否已出示执法证件")
            Boolean credentialsShown,
            @Schema(description = "被询问人姓名") @NotBlank(message = "请填写被询问人姓名") String intervieweeName,
            @Schema(description = "被询问人身份证号码") String intervieweeIdNumber,
            @Schema(description = "被询问人与本案关系（当事人、驾驶人、证人等）") @NotBlank(message = "请填写被询问人与本案的关系")
            String relation,
            @Schema(description = "问答") @NotEmpty(message = "请至少记录一问一答") List<@Valid QaPair> qa)
            implements RecordTimes.Recorded {
    }

    RecordInquiry() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        RecordTimes.issue(run, DocumentType.INQUIRY_RECORD, "interviewee", Present.fields("name", in.intervieweeName(),
                "idNumber", in.intervieweeIdNumber()), "relation", in.relation(),
                "qa", in.qa().stream().map(p -> Map.of("q", p.question(), "a", p.answer())).toList());
    }
}
