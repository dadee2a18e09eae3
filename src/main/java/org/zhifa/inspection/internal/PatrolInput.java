package org.zhifa.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A patrol as entered: which segment (a schedule's or another), the day and times, at least two officers, the vehicle
 * and what was seen. Nothing is defaulted.
 */
public record PatrolInput(Long scheduleId, Long segmentId, String roadCode, String fromStake, String toStake,
        LocalDate patrolDate, LocalTime startTime, LocalTime endTime, List<Long> officerIds, List<Long> auxiliaryIds,
        String vehicle, String summary) {

    /**
     * A finding on a patrol.
     *
     * @param foundTime          when (on the patrol's day, within the patrol)
     * @param jurisdictionUnitId the unit with jurisdiction, required only where several units share the stake
     * @param partyKind          CITIZEN or ORGANISATION, when a party is known
     */
    public record FindingInput(LocalTime foundTime, String roadCode, String stake, BigDecimal longitude,
            BigDecimal latitude, Long jurisdictionUnitId, String description, String partyName, String partyKind,
            String creditCode, String plateNumber, List<InspectionInput.Attachment> attachments) {
    }
}
