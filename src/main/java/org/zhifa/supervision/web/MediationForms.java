package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.zhifa.supervision.internal.Mediations;

/** The mediation pages' forms, bound by Spring; what a mediation needs beyond the types is the service's check. */
final class MediationForms {

    private MediationForms() {
    }

    /** An application for mediation. */
    record Application(
            @Schema(description = "受理单位") Long unitId,
            @Schema(description = "调解事项") Long matterId,
            @Schema(description = "申请人") String applicant,
            @Schema(description = "被申请人") String respondent,
            @Schema(description = "争议事项") String dispute,
            @Schema(description = "申请日期") LocalDate appliedOn) {

        Mediations.CaseInput input() {
            return new Mediations.CaseInput(unitId, matterId, applicant, respondent, dispute, appliedOn);
        }
    }

    /** A mediation session held. */
    record Session(
            @Schema(description = "调解日期") LocalDate heldOn,
            @Schema(description = "调解地点") String place,
            @Schema(description = "调解员") String mediator,
            @Schema(description = "参加人员") String attendees,
            @Schema(description = "调解记录") String record) {

        Mediations.SessionInput input() {
            return new Mediations.SessionInput(heldOn, place, mediator, attendees, record);
        }
    }
}
