package org.zhifa.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhifa.personnel.EnforcementCategory;

/**
 * Registers a case source (案源登记) found by an inspection or a patrol, linked both ways: the case records the
 * inspection's reference, and {@link #caseOf} finds the case of an inspection. Implemented by the cases module.
 */
public interface InspectionCaseIntake {

    /**
     * A suspected violation found on an inspection or patrol.
     *
     * @param unitId          the handling unit
     * @param sourceReference the inspection or patrol finding, e.g. {@code INSPECTION:12} or {@code PATROL-FINDING:7}
     * @param sourceNote      what the source was, as shown on the case (e.g. 双随机抽查 检查记录 12)
     * @param category        the enforcement category of the finding (the officers' certificates must cover it)
     * @param violationCode   the catalogue violation suspected
     * @param actDate         the day of the act as found
     * @param place           where (road and stake or address)
     * @param partyKind       citizen or organisation
     * @param partyName       the party
     * @param partyIdNumber   ID number or unified social credit code (null when unknown)
     * @param partyAddress    address (null when unknown)
     * @param plateNumber     vehicle plate (null when none)
     * @param facts           the facts as found
     * @param officerIds      the officers who found it (personnel ids)
     * @param evidenceIds     evidence items collected (evidence module ids)
     * @param registeredBy    the user who turns the finding into a case source
     */
    record Request(long unitId, String sourceReference, String sourceNote, EnforcementCategory category,
            String violationCode, LocalDate actDate,
            String place, PartyKind partyKind, String partyName, String partyIdNumber, String partyAddress,
            String plateNumber, String facts, List<Long> officerIds, List<Long> evidenceIds, long registeredBy) {
    }

    /** Creates the case at 案源登记 and returns its id; joins the caller's transaction. */
    long register(Request request);

    /** The case registered from a source reference, if any. */
    Optional<Long> caseOf(String sourceReference);
}
