package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Attendee;
import org.zhifa.cases.domain.ReviewRecord.Discussion;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/**
 * 集体讨论记录 (《行政处罚法》第五十七条第二款): when and where the heads met, who presided, each attendee with his or her
 * own opinion, who recorded, and the conclusion.
 */
@Component
public class RecordDiscussion extends CaseStep<RecordDiscussion.Input> {

    public static final Transition TRANSITION = Transition.named("record-discussion", "记录集体讨论")
            .in(Procedure.ORDINARY).from(CaseState.COLLECTIVE_DISCUSSION).to(CaseState.DECISION).by(Role.UNIT_HEAD)
            .issues(DocumentType.COLLECTIVE_DISCUSSION_RECORD).input(Input.class);

    @Schema(name = "RecordDiscussionInput", description = "集体讨论记录")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "讨论日期") @NotNull(message = "请填写讨论日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "开始时间") @NotNull(message = "请填写开始时间") LocalTime startTime,
            @Schema(description = "结束时间") @NotNull(message = "请填写结束时间") LocalTime endTime,
            @Schema(description = "地点") @NotBlank(message = "请填写讨论地点") String place,
            @Schema(description = "主持人") @NotBlank(message = "请填写主持人") String presiding,
            @Schema(description = "出席人员及其意见") @NotNull(message = "请填写出席人员")
            @Size(min = 2, message = "集体讨论应有两名以上负责人出席") List<@Valid Attendee> attendees,
            @Schema(description = "记录人") @NotBlank(message = "请填写记录人") String recorder,
            @Schema(description = "讨论决定") @NotBlank(message = "请填写讨论决定") String conclusion) implements StepInput {

        @Override
        public LocalTime actedAt() {
            return startTime;
        }
    }

    RecordDiscussion() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        RecordTimes.inOrder(in.startTime(), in.endTime());
        run.kase().recordDiscussion(run.check(), new Discussion(run.on(), in.startTime(), in.endTime(), in.place().trim(),
                in.presiding().trim(), in.attendees(), in.recorder().trim(), in.conclusion().trim()));
        run.issue(DocumentType.COLLECTIVE_DISCUSSION_RECORD, Present.fields("startTime", run.at(in.startTime()),
                "endTime", run.at(in.endTime()), "place", in.place(), "presiding", in.presiding(),
                "attendees", String.join("、", in.attendees().stream().map(a -> a.name() + "（" + a.position() + "）").toList()),
                "recorder", in.recorder(), "qa", in.attendees().stream()
                        .map(a -> Map.of("speaker", a.name(), "text", a.opinion())).toList(),
                "conclusion", in.conclusion()));
    }
}
