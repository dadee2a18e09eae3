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
import org.zhifa.cases.domain.HearingParticipant;
import org.zhifa.cases.domain.NoticeRecord;
import org.zhifa.cases.domain.NoticeRecord.HearingPerson;
import org.zhifa.cases.domain.Utterance;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;
import org.zhifa.personnel.OfficerEligibility;

/**
 * 听证笔录 (《行政处罚法》第六十四条第（八）项): when it started and ended, where, who presided and the hearing officers
 * (as scheduled), who recorded at this hearing (chosen by the officer: the 记录员 the notice named, or another officer in
 * post that day, e.g. after a recusal), who attended, the 第三人 and the other participants when there were any (式样之十三),
 * and what each participant said; continuous audio-video recording is required (第四十七条).
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
            @Schema(description = "记录人（本次听证实际记录的执法人员）") @NotNull(message = "请选择记录人") Long recorderId,
            @Schema(description = "当事人出席情况") @NotNull(message = "请选择当事人出席情况") Attendance attendance,
            @Schema(description = "委托代理人") String agents,
            @Schema(description = "第三人（没有的不填）") List<@Valid HearingParticipant> thirdParties,
            @Schema(description = "其他参与人员（证人、鉴定人、翻译人员等，没有的不填）")
            List<@Valid HearingParticipant> otherParticipants,
            @Schema(description = "听证经过（发言人和发言内容）") List<@Valid Utterance> proceedings) implements StepInput {

        @Override
        public LocalTime actedAt() {
            return startTime;
        }
    }

    private final OfficerEligibility personnel;

    RecordHearing(OfficerEligibility personnel) {
        super(TRANSITION);
        this.personnel = personnel;
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        RecordTimes.inOrder(in.startTime(), in.endTime());
        if (in.attendance() != Attendance.ABSENT && (in.proceedings() == null || in.proceedings().isEmpty())) {
            throw new InvalidInputException("请记录听证经过", Map.of("proceedings", "请记录调查人员、当事人等的发言"));
        }
        String thirdParties = participants(in.thirdParties(), "thirdParties", "第三人");
        String others = participants(in.otherParticipants(), "otherParticipants", "其他参与人员");
        var k = run.kase();
        var h = k.notice().hearing();
        HearingPerson recorder = recorder(in.recorderId(), h, run.on());
        k.recordHearing(run.check(), in.attendance(), recorder);
        run.issue(DocumentType.HEARING_RECORD, Present.fields("startTime", run.at(in.startTime()),
                "endTime", run.at(in.endTime()), "place", in.place(), "presidingOfficer", h.presidingName(),
                "hearingOfficers", h.hearingOfficerNames(), "recorder", recorder.name(), "attendance", in.attendance().label(),
                "agents", in.agents(), "thirdParties", thirdParties, "otherParticipants", others,
                "qa", in.proceedings() == null ? null : in.proceedings().stream()
                        .map(u -> Map.of("speaker", u.speaker(), "text", u.text())).toList()));
    }

    /**
     * Who recorded at this hearing, as the officer chose: an enforcement officer (not auxiliary staff) in post on the day
     * of the hearing, not the presiding officer nor a hearing officer (one person, one role, as at scheduling). The
     * scheduled 记录员 is one of the choices; nothing is taken from the notice unless chosen.
     */
    private HearingPerson recorder(long id, NoticeRecord.Hearing h, LocalDate on) {
        if (id == h.presidingOfficerId() || h.hearingOfficers().stream().anyMatch(o -> o.officerId() == id)) {
            throw new InvalidInputException("记录人不得与听证主持人、听证员为同一人",
                    Map.of("recorderId", "记录人不得与听证主持人、听证员为同一人"));
        }
        return ScheduleHearing.hearingPerson(personnel, id, on, "recorderId", "记录人");
    }

    /**
     * The 第三人 or other participants as the form prints them (each 姓名　性别　年龄　工作单位及职务 as entered, joined by
     * "；"), or null when there were none: nothing is printed then, never a "无" standing for a person.
     */
    static String participants(List<HearingParticipant> people, String field, String role) {
        if (people == null || people.isEmpty()) {
            return null;
        }
        for (HearingParticipant p : people) {
            if (NONE.contains(p.name().strip())) {
                throw new InvalidInputException("没有" + role + "的，不填写此项", Map.of(field, "没有" + role + "的，不填写此项"));
            }
        }
        return String.join("；", people.stream().map(HearingParticipant::printed).toList());
    }

    private static final java.util.Set<String> NONE = java.util.Set.of("无", "没有", "暂无", "/", "-", "—");
}
