package org.zhifa.personnel.internal;

import java.time.LocalDate;
import org.zhifa.personnel.CertificateState;

/** One line of the roster: the officer with their current certificate (null fields when they hold none). */
public record OfficerRow(long id, StaffKind kind, String name, Gender gender, long unitId, String idMasked,
        String post, OfficerStatus status, LocalDate leftOn, boolean legalReviewer, boolean legalQualification,
        Long userId, String certNumber, CertificateState certState, LocalDate certExpiresOn) {

    public boolean auxiliary() {
        return kind == StaffKind.AUXILIARY;
    }
}
