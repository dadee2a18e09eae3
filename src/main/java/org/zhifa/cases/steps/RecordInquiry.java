package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.Sex;
import org.zhifa.cases.domain.QaPair;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;
import org.zhifa.personnel.IdCardNumber;

/**
 * 询问笔录: when it started and ended, where, which officers asked, who recorded, who was asked and in what relation to
 * the case, the interviewee's sex, age, ID number, telephone, workplace and address, and every question and answer —
 * each as entered; two eligible officers on that day (处罚法 Art. 42). 第…次询问 is counted from the record (the
 * earlier inquiry records of the same interviewee in this case), never typed.
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
            @Schema(description = "被询问人与本案关系（当事人、驾驶人、证人等）") @NotBlank(message = "请填写被询问人与本案的关系")
            String relation,
            @Schema(description = "被询问人性别") @NotNull(message = "请选择被询问人性别") Sex intervieweeSex,
            @Schema(description = "被询问人年龄（周岁）") @NotNull(message = "请填写被询问人年龄")
            @Min(value = 1, message = "被询问人年龄应为1至150之间的整数")
            @Max(value = 150, message = "被询问人年龄应为1至150之间的整数") Integer intervieweeAge,
            @Schema(description = "被询问人身份证件号码") String intervieweeIdNumber,
            @Schema(description = "被询问人联系电话（没有的不填）") String intervieweePhone,
            @Schema(description = "被询问人工作单位及职务（没有工作单位的填写“无”）")
            @NotBlank(message = "请填写被询问人工作单位及职务（没有工作单位的填写“无”）") String intervieweeWorkplace,
            @Schema(description = "被询问人联系地址") @NotBlank(message = "请填写被询问人联系地址") String intervieweeAddress,
            @Schema(description = "问答") @NotEmpty(message = "请至少记录一问一答") List<@Valid QaPair> qa)
            implements RecordTimes.Recorded {
    }

    RecordInquiry() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        String name = in.intervieweeName().trim();
        String idNumber = blank(in.intervieweeIdNumber()) ? null : in.intervieweeIdNumber().trim().toUpperCase(Locale.ROOT);
        ageMatchesIdNumber(in.intervieweeAge(), idNumber, run.on());
        int earlier = (int) run.issued(DocumentType.INQUIRY_RECORD).stream()
                .filter(d -> sameInterviewee(d.fields(), name, idNumber)).count();
        RecordTimes.issue(run, DocumentType.INQUIRY_RECORD, "inquiryNumber", earlier + 1,
                "interviewee", Present.fields("name", name), "relation", in.relation(),
                "intervieweeSex", in.intervieweeSex().label(), "intervieweeAge", in.intervieweeAge(),
                "intervieweeIdNumber", idNumber, "intervieweePhone", in.intervieweePhone(),
                "intervieweeWorkplace", in.intervieweeWorkplace(), "intervieweeAddress", in.intervieweeAddress(),
                "qa", in.qa().stream().map(p -> Map.of("q", p.question(), "a", p.answer())).toList());
    }

    /**
     * 第…次询问: an earlier inquiry record of this case is of the same interviewee when both give an ID number and the
     * numbers are equal, or, when either gives none, when the names are equal.
     */
    static boolean sameInterviewee(Map<String, Object> fields, String name, String idNumber) {
        Object who = fields.get("interviewee");
        Map<?, ?> block = who instanceof Map<?, ?> m ? m : Map.of("name", String.valueOf(who));
        Object earlierId = fields.containsKey("intervieweeIdNumber") ? fields.get("intervieweeIdNumber")
                : block.get("idNumber");
        String id = earlierId == null || earlierId.toString().isBlank() ? null
                : earlierId.toString().trim().toUpperCase(Locale.ROOT);
        if (id != null && idNumber != null) {
            return id.equals(idNumber);
        }
        return name.equals(String.valueOf(block.get("name")).trim());
    }

    /** A resident ID number states the birth date: the age entered must be the age it gives on the day (400). */
    static void ageMatchesIdNumber(int age, String idNumber, LocalDate on) {
        if (idNumber == null || IdCardNumber.problem(idNumber) != null) {
            return;
        }
        int stated = Period.between(IdCardNumber.of(idNumber).birthDate(), on).getYears();
        if (stated != age) {
            throw new InvalidInputException("被询问人年龄与身份证件号码不符", Map.of("intervieweeAge",
                    "被询问人年龄与身份证件号码记载的出生日期不符（询问之日应为" + stated + "岁）"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
