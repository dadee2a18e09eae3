package org.zhifa.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An inspection as the officers enter it on the phone (or send it through the API). Nothing here has a default: every
 * time, place, person, answer and signature is what was entered, and a missing one is refused by name.
 *
 * @param taskId               the drawn task (a random inspection), or null
 * @param targetId             the object (not a random inspection), or null
 * @param itemIds              the spot-check items (not a random inspection; a random one inspects its plan's items)
 * @param followUpOf           the inspection whose order to correct this one follows up, or null
 * @param inspectedOn          the day of the inspection
 * @param startTime            when it started on that day
 * @param endTime              when it ended on that day
 * @param place                where (address or road and direction)
 * @param roadCode             road (with a stake number), optional
 * @param stake                stake number, e.g. K2350+200, optional
 * @param longitude            WGS-84, optional (only as the device reported it)
 * @param latitude             WGS-84, optional
 * @param officerIds           the officers who inspected (at least two, personnel ids)
 * @param auxiliaryIds         auxiliary staff who assisted (never counted), optional
 * @param representativeName   the object's representative present
 * @param representativeRole   their role (负责人, 驾驶员 …)
 * @param signature            SIGNED or REFUSED
 * @param signatureImage       the signature drawn on the phone, as a data: URL of a PNG (when SIGNED)
 * @param refusalReason        why the representative refused to sign (when REFUSED)
 * @param refusalWitness       who witnessed the refusal, optional
 * @param answers              one answer per checklist line
 * @param findings             what the officers found, in their words, optional
 * @param outcome              NO_PROBLEM, CORRECTION or CASE_SOURCE
 * @param correctionRequirement what must be corrected (CORRECTION)
 * @param correctionWorkingDays the deadline in working days from the inspection (CORRECTION)
 * @param violationCode        the catalogue violation suspected (CASE_SOURCE)
 * @param caseFacts            the facts of the suspected violation (CASE_SOURCE)
 * @param attachments          photos and videos sent through the API (the pages upload files instead)
 */
public record InspectionInput(Long taskId, Long targetId, List<Long> itemIds, Long followUpOf, LocalDate inspectedOn,
        LocalTime startTime, LocalTime endTime, String place, String roadCode, String stake, BigDecimal longitude,
        BigDecimal latitude, List<Long> officerIds, List<Long> auxiliaryIds, String representativeName,
        String representativeRole, String signature, String signatureImage, String refusalReason,
        String refusalWitness, List<Answer> answers, String findings, String outcome, String correctionRequirement,
        Integer correctionWorkingDays, String violationCode, String caseFacts, List<Attachment> attachments) {

    /** The answer to one checklist line: 符合 / 不符合 / 不涉及, with a note (required for 不符合). */
    public record Answer(Long checklistItemId, String answer, String note) {
    }

    /** A photo or video: file name, media type and the bytes in base64. */
    public record Attachment(String fileName, String mediaType, String contentBase64) {
    }
}
