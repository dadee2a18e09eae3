package org.zhifa.evidence;

import java.util.Optional;
import org.zhifa.common.Rejection;

/**
 * Implemented by the module that owns a kind of link target (cases for {@link EvidenceTargetType#CASE}, non-site for
 * {@link EvidenceTargetType#NONSITE_RECORD}): tells the evidence module whether a target exists and which unit it
 * belongs to, so that evidence is linked only to existing targets in the linking user's data scope and a rule that
 * counts evidence (处罚法 Art. 47) counts only evidence of the target's own line of units.
 */
public interface EvidenceTargetDirectory {

    EvidenceTargetType type();

    /**
     * The target, or empty when none exists. {@code id} is what the user typed (a case may be given by its id or its
     * case number); the answer carries the id under which links are stored.
     */
    Optional<Target> find(String id);

    /**
     * Why nothing more may be linked to the target — a case whose file is archived — or empty while it accepts links.
     * The refusal names its provision.
     */
    default Optional<Rejection> refusesLinks(Target target) {
        return Optional.empty();
    }

    /**
     * A target as recorded.
     *
     * @param id     the canonical id stored in links (a case: its numeric id)
     * @param unitId the unit the target belongs to
     * @param name   how people name it (a case: its case number, e.g. 德交执立〔2026〕18号), logged with every link so
     *               that "this item belongs to case …" can be proven offline; null when the module gives none
     */
    record Target(String id, long unitId, String name) {

        public Target(String id, long unitId) {
            this(id, unitId, null);
        }
    }
}
