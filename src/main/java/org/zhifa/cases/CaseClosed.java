package org.zhifa.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * A case was closed (结案). Non-site enforcement starts its 7-working-day clock for informing the vehicle's home
 * authority (62号令); the catalogue counts matter usage.
 *
 * @param caseId        case id
 * @param caseNumber    case number
 * @param unitId        handling unit
 * @param closedOn      closure date
 * @param source        case source code (e.g. NONSITE, INSPECTION)
 * @param plateNumber   vehicle plate (may be null)
 * @param matterCodes   enforcement matters of the case's violations
 * @param violationCodes violations of the case
 * @param outcome       decision outcome
 */
public record CaseClosed(long caseId, String caseNumber, long unitId, LocalDate closedOn, String source,
        String plateNumber, Set<String> matterCodes, Set<String> violationCodes, DecisionOutcome outcome) {
}
