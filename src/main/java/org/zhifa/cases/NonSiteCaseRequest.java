package org.zhifa.cases;

import java.time.Instant;
import java.util.List;

/**
 * A confirmed non-site over-limit clue turned into a case draft (处罚法 Art. 41; 方案 20).
 *
 * @param unitId          handling unit (the device's unit)
 * @param violationCode   catalogue violation code (e.g. the over-limit mass violation)
 * @param actTime         time of the detection
 * @param place           road and stake number, direction
 * @param plateNumber     vehicle plate
 * @param ownerKind       owner is a citizen or an organisation
 * @param ownerName       owner's name (from the vehicle directory)
 * @param ownerIdNumber   owner's ID number or unified social credit code (may be null)
 * @param ownerAddress    owner's address (may be null)
 * @param ownerPhone      owner's phone (may be null)
 * @param facts           the facts as established by the reviewed record (mass, limit, excess…)
 * @param evidenceIds     evidence items of the package (evidence module ids)
 * @param reviewerUserId  the person who reviewed and confirmed the record
 * @param clueReference   the non-site clue id, for traceability
 */
public record NonSiteCaseRequest(long unitId, String violationCode, Instant actTime, String place, String plateNumber,
        PartyKind ownerKind, String ownerName, String ownerIdNumber, String ownerAddress, String ownerPhone,
        String facts, List<Long> evidenceIds, long reviewerUserId, String clueReference) {
}
