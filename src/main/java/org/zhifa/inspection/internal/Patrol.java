package org.zhifa.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A patrol log (巡查日志) and its findings. */
public record Patrol(long id, long unitId, String unitName, Long scheduleId, Long segmentId, String roadCode,
        Integer fromM, Integer toM, LocalDate patrolDate, OffsetDateTime startedAt, OffsetDateTime endedAt,
        List<Long> officerIds, String officerNames, String auxiliaryNames, String vehicle, String summary,
        int findingCount, String recordedByName, OffsetDateTime recordedAt) {

    public String range() {
        if (fromM == null || toM == null) {
            return roadCode;
        }
        return roadCode + " " + new StakeNumber(fromM).text() + "–" + new StakeNumber(toM).text();
    }

    /** What was found on a patrol, where, and what became of it. */
    public record Finding(long id, long patrolId, OffsetDateTime foundAt, String roadCode, Integer stakeM,
            BigDecimal longitude, BigDecimal latitude, long jurisdictionUnitId, String jurisdictionUnitName,
            String description, String partyName, String partyKind, String creditCode, String plateNumber,
            String handling, Long caseId, List<Long> evidenceIds) {

        public String stake() {
            return stakeM == null ? "" : new StakeNumber(stakeM).text();
        }

        public String handlingLabel() {
            return "CASE_SOURCE".equals(handling) ? "已转为案源" : "已记录";
        }
    }
}
