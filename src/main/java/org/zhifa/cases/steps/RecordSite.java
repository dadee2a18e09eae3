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
import org.zhifa.cases.domain.Choices.Sex;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;

/**
 * 现场笔录: when, where, which officers, who recorded, the vehicle type, who else was present (name, sex, relation to the
 * case, ID number), what was found, measures, the party's words and the remarks — each as entered.
 */
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
            @Schema(description = "车（船）型（涉及车辆、船舶时）") String vehicleType,
            @Schema(description = "当事人以外的其他现场人员") List<@Valid PresentPerson> presentPersons,
            @Schema(description = "现场情况") @NotBlank(message = "请填写现场情况") String content,
            @Schema(description = "采取的措施") String measures,
            @Schema(description = "当事人意见（当事人在场时）") String partyOpinion,
            @Schema(description = "备注") String remarks)
            implements RecordTimes.Recorded {
    }

    /** A person present other than the party (式样之四 现场人员基本情况), as entered. */
    @Schema(name = "SitePresentPerson", description = "其他现场人员")
    public record PresentPerson(
            @Schema(description = "姓名") @NotBlank(message = "请填写现场人员姓名") String name,
            @Schema(description = "性别") @NotNull(message = "请选择现场人员性别") Sex sex,
            @Schema(description = "与案件关系") @NotBlank(message = "请填写现场人员与案件的关系") String relation,
            @Schema(description = "身份证件号码") String idNumber) {
    }

    RecordSite() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        List<Map<String, Object>> present = in.presentPersons() == null ? List.of() : in.presentPersons().stream()
                .map(p -> Present.fields("name", p.name().trim(), "sex", p.sex().label(), "relation", p.relation().trim(),
                        "idNumber", p.idNumber() == null ? null : p.idNumber().trim()))
                .toList();
        RecordTimes.issue(run, DocumentType.SITE_RECORD, "vehicleType", in.vehicleType(),
                "presentPersons", present.isEmpty() ? null : present, "content", in.content(), "measures", in.measures(),
                "partyOpinion", in.partyOpinion(), "remarks", in.remarks());
    }
}
