package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.HearingPublicity;
import org.zhifa.cases.domain.NoticeRecord.Hearing;
import org.zhifa.cases.domain.NoticeRecord.HearingPerson;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerEligibility;

/**
 * 安排听证，制作听证通知书 (《行政处罚法》第六十四条): the time and place of the hearing, the presiding officer (not an
 * investigator, 第六十四条第（四）项), the hearing officers and the recorder the national form names (式样之十二), whether
 * it is public — as decided; the notice is then served at least seven working days before. The law names only the
 * presiding officer as one who must not be an investigator; no article is applied to the hearing officers or recorder.
 */
@Component
public class ScheduleHearing extends CaseStep<ScheduleHearing.Input> {

    public static final Transition TRANSITION = Transition.named("schedule-hearing", "安排听证，制作听证通知书")
            .in(Procedure.ORDINARY).from(CaseState.STATEMENT).by(Role.OFFICER, Role.UNIT_HEAD)
            .guards(GuardName.PRESIDING_NOT_INVESTIGATOR).issues(DocumentType.HEARING_NOTICE).input(Input.class);

    @Schema(name = "ScheduleHearingInput", description = "安排听证")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "制作日期") @NotNull(message = "请填写制作日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "听证时间") @NotNull(message = "请填写听证时间") LocalDateTime hearingAt,
            @Schema(description = "听证地点") @NotBlank(message = "请填写听证地点") String place,
            @Schema(description = "听证主持人（非本案调查人员）") @NotNull(message = "请选择听证主持人") Long presidingOfficerId,
            @Schema(description = "听证员（可不设）") List<@NotNull(message = "请选择听证员") Long> hearingOfficerIds,
            @Schema(description = "记录员") @NotNull(message = "请选择记录员") Long hearingRecorderId,
            @Schema(description = "是否公开举行") @NotNull(message = "请选择是否公开举行") HearingPublicity publicity,
            @Schema(description = "不公开举行的理由") String notPublicReason) implements StepInput, InputFacts.Presiding {
    }

    private final OfficerEligibility personnel;
    private final OfficerDirectory directory;

    ScheduleHearing(OfficerEligibility personnel, OfficerDirectory directory) {
        super(TRANSITION);
        this.personnel = personnel;
        this.directory = directory;
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        if (!in.hearingAt().toLocalDate().isAfter(run.on())) {
            throw new InvalidInputException("听证时间应晚于制作日期", Map.of("hearingAt", "听证时间应晚于通知书制作日期"));
        }
        if (in.publicity() == HearingPublicity.NOT_PUBLIC && (in.notPublicReason() == null || in.notPublicReason().isBlank())) {
            throw new InvalidInputException("不公开举行听证须写明理由", Map.of("notPublicReason", "请写明不公开举行的理由"));
        }
        String presiding = personnel.find(in.presidingOfficerId())
                .filter(o -> personnel.inPostOn(o.id(), run.on())).map(o -> o.name())
                .orElseThrow(() -> new InvalidInputException("听证主持人不存在或已不在执法岗位",
                        Map.of("presidingOfficerId", "听证主持人不存在或已不在执法岗位")));
        List<Long> officerIds = in.hearingOfficerIds() == null ? List.of() : in.hearingOfficerIds();
        distinctRoles(in.presidingOfficerId(), officerIds, in.hearingRecorderId());
        List<HearingPerson> officers = officerIds.stream()
                .map(id -> person(id, run.on(), "hearingOfficerIds", "听证员")).toList();
        HearingPerson recorder = person(in.hearingRecorderId(), run.on(), "hearingRecorderId", "记录员");
        String number = run.nextNumber(DocumentType.HEARING_NOTICE);
        Hearing hearing = new Hearing(in.hearingAt(), in.place().trim(), in.presidingOfficerId(), presiding, officers,
                recorder, in.publicity(), number, null, null, null, null);
        run.kase().scheduleHearing(run.check(), hearing);
        String officersWithPosts = officers.isEmpty() ? null
                : String.join("、", officers.stream().map(o -> withPost(o.officerId(), o.name())).toList());
        run.issue(DocumentType.HEARING_NOTICE, Present.fields("hearingTime", in.hearingAt(), "hearingPlace",
                in.place().trim(), "presidingOfficer", withPost(in.presidingOfficerId(), presiding),
                "hearingOfficers", officersWithPosts, "hearingRecorder", withPost(recorder.officerId(), recorder.name()),
                "publicHearing", in.publicity() == HearingPublicity.PUBLIC, "notPublicReason", in.notPublicReason()),
                number);
    }

    /** 姓名（职务）: the form names each hearing person with the post the personnel file records, when it records one. */
    private String withPost(long officerId, String name) {
        return directory.post(officerId).map(p -> name + "（" + p + "）").orElse(name);
    }

    private HearingPerson person(Long id, java.time.LocalDate on, String field, String role) {
        return hearingPerson(personnel, id, on, field, role);
    }

    /**
     * A hearing officer or the recorder: an enforcement officer (not auxiliary staff) in post on the day (of scheduling,
     * or of the hearing for the one who recorded it), as the forms offer; 400 naming {@code field} otherwise.
     */
    static HearingPerson hearingPerson(OfficerEligibility personnel, Long id, java.time.LocalDate on, String field,
            String role) {
        var officer = personnel.find(id).filter(o -> !o.auxiliary()).filter(o -> personnel.inPostOn(o.id(), on))
                .orElseThrow(() -> new InvalidInputException(role + "应从当日在岗的执法人员中选择",
                        Map.of(field, "请从列出的执法人员中选择" + role)));
        return new HearingPerson(officer.id(), officer.name());
    }

    /** One person, one role: the presiding officer, a hearing officer and the recorder are different people. */
    private static void distinctRoles(Long presiding, List<Long> officers, Long recorder) {
        if (officers.contains(presiding) || officers.stream().distinct().count() < officers.size()) {
            throw new InvalidInputException("听证员不得重复，也不得与听证主持人为同一人",
                    Map.of("hearingOfficerIds", "听证员不得重复，也不得与听证主持人为同一人"));
        }
        if (recorder.equals(presiding) || officers.contains(recorder)) {
            throw new InvalidInputException("记录员不得与听证主持人、听证员为同一人",
                    Map.of("hearingRecorderId", "记录员不得与听证主持人、听证员为同一人"));
        }
    }
}
