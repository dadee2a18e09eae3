package org.zhifa.cases.steps;

import static org.zhifa.cases.procedure.GuardName.CONTINUOUS_RECORDING;
import static org.zhifa.cases.procedure.GuardName.HEARING_HELD;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.Attendance;
import org.zhifa.cases.domain.NoticeRecord;
import org.zhifa.cases.domain.Utterance;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/**
 * 听证笔录 (《行政处罚法》第六十四条第（八）项): when it started and ended, where, who presided and the hearing officers
 * (as scheduled), who recorded (the scheduled recorder unless another is entered), who attended, and what each
 * participant said; continuous audio-video recording is required (第四十七条).
 */
@Component
public class RecordHearing extends CaseStep<RecordHearing.Input> {

    public static final Transition TRANSITION = Transition.named("record-hearing", "制作听证笔录")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT).by(Role.OFFICER, Role.UNIT_HEAD)
            .guards(HEARING_HELD, CONTINUOUS_RECORDING).issues(DocumentType.HEARING_RECORD).input(Input.class);

    @Schema(name = "RecordHearingInput", description = "听证笔录")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "听证日期") @NotNull(message = "请填写听证日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "开始时间") @NotNull(message = "请填写开始时间") LocalTime startTime,
            @Schema(description = "结束时间") @NotNull(message = "请填写结束时间") LocalTime endTime,
            @Schema(description = "听证地点") @NotBlank(message = "请填写听证地点") String place,
            @Schema(description = "记录人（由听证通知书所列记录员以外的人记录时填写）") String recorder,
            @Schema(description = "当事人出席情况") @NotNull(message = "请选择当事人出席情况") Attendance attendance,
            @Schema(description = "委托代理人") String agents,
            @Schema(description = "听证经过（发言人和发言内容）") List<@Valid Utterance> proceedings) implements StepInput {

        @Override
        public LocalTime actedAt() {
            return startTime;
        }
    }

    RecordHearing() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        RecordTimes.inOrder(in.startTime(), in.endTime());
        if (in.attendance() != Attendance.ABSENT && (in.proceedings() == null || in.proceedings().isEmpty())) {
            throw new InvalidInputException("请记录听证经过", Map.of("proceedings", "请记录调查人员、当事人等的发言"));
        }
        var k = run.kase();
        var h = k.notice().hearing();
        String recorder = recorder(in, h);
        k.recordHearing(run.check(), in.attendance());
        run.issue(DocumentType.HEARING_RECORD, Present.fields("startTime", run.at(in.startTime()),
                "endTime", run.at(in.endTime()), "place", in.place(), "presidingOfficer", h.presidingName(),
                "hearingOfficers", h.hearingOfficerNames(), "recorder", recorder, "attendance", in.attendance().label(), "agents", in.agents(),
                "qa", in.proceedings() == null ? null : in.proceedings().stream()
                        .map(u -> Map.of("speaker", u.speaker(), "text", u.text())).toList()));
    }

    /**
     * Who recorded: the person entered (another recorder took over, e.g. after a recusal), else the 记录员 the notice
     * named; a hearing scheduled before the recorder was recorded names none, and then it must be entered (400).
     */
    private static String recorder(Input in, NoticeRecord.Hearing h) {
        if (in.recorder() != null && !in.recorder().isBlank()) {
            return in.recorder().trim();
        }
        if (h.recorder() != null) {
            return h.recorder().name();
        }
        throw new InvalidInputException("请填写记录人", Map.of("recorder", "听证通知书未列记录员，请填写记录人"));
    }
}
