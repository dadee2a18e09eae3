package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.RECUSAL;
import static org.zhifa.cases.procedure.GuardName.TWO_OFFICERS;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.internal.CaseDocuments;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;
import org.zhifa.personnel.OfficerDirectory;

/**
 * 勘验笔录: when, where, the weather, the object examined, the witness and their workplace and post, what was found, by
 * which officers (with their posts), recorded by whom.
 */
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
            @Schema(description = "天气状况") @NotBlank(message = "请填写天气状况") String weather,
            @Schema(description = "勘验的执法人员（本案承办人员）") @NotEmpty(message = "请选择勘验的执法人员") List<Long> officerIds,
            @Schema(description = "记录人（本案承办人员）") @NotNull(message = "请选择记录人") Long recorderId,
            @Schema(description = "已出示执法证件、表明身份并告知权利义务") @NotNull(message = "请选择是否已出示执法证件")
            Boolean credentialsShown,
            @Schema(description = "勘验对象") @NotBlank(message = "请填写勘验对象") String object,
            @Schema(description = "当事人（当事人代理人）单位及职务") String partyPost,
            @Schema(description = "被邀请人（见证人）") String witness,
            @Schema(description = "被邀请人单位及职务（有被邀请人时必填，没有工作单位的填写“无”）") String witnessPost,
            @Schema(description = "勘验情况") @NotBlank(message = "请填写勘验情况") String content)
            implements RecordTimes.Recorded {
    }

    private final OfficerDirectory directory;

    RecordExamination(OfficerDirectory directory) {
        super(TRANSITION);
        this.directory = directory;
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        boolean witness = in.witness() != null && !in.witness().isBlank();
        if (witness && (in.witnessPost() == null || in.witnessPost().isBlank())) {
            throw new InvalidInputException("请填写被邀请人单位及职务", Map.of("witnessPost",
                    "请填写被邀请人单位及职务（没有工作单位的填写“无”）"));
        }
        // 式样之三 prints each officer's and the recorder's 职务: the post the personnel file records, when it records one
        List<Map<String, Object>> officers = new ArrayList<>();
        for (var o : Present.officers(run.kase(), in.officerIds(), "officerIds")) {
            Map<String, Object> m = new LinkedHashMap<>(CaseDocuments.officers(List.of(o)).get(0));
            directory.post(o.officerId()).ifPresent(p -> m.put("post", p));
            officers.add(m);
        }
        var recorder = Present.officer(run.kase(), in.recorderId(), "recorderId");
        RecordTimes.issue(run, DocumentType.INSPECTION_RECORD, "weather", in.weather(), "officers", officers,
                "partyPost", in.partyPost(), "witness", in.witness(), "witnessPost", witness ? in.witnessPost() : null,
                "recorderPost", directory.post(recorder.officerId()).orElse(null), "object", in.object(),
                "content", in.content());
    }
}
