package org.zhifa.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The complaint cycle after acceptance (方案 31): the public intake and acceptance (受理) stay with publicity, which
 * hands each accepted complaint over here and shows the complainant the stages listed here (by number, after checking
 * the code). Supervision never reads the complaint's personal data.
 */
public interface ComplaintHandling {

    /**
     * An accepted complaint.
     *
     * @param concernedUnitId the unit the complainant named, or null
     */
    record Accepted(long complaintId, String number, String category, String categoryLabel, boolean greenChannel,
            String subject, Long concernedUnitId, LocalDate acceptedOn) {
    }

    /** A stage as the complainant sees it. */
    record PublicStage(String stage, String label, LocalDate actedOn, String text) {
    }

    /** Opens the handling of an accepted complaint with its deadline. */
    void accepted(Accepted complaint);

    /** The stages after acceptance, oldest first, and the deadline; empty for an unknown number. */
    List<PublicStage> publicStages(String number);
}
