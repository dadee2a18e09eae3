package org.zhifa.nonsite.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A legal (法制) or technical (技术) review of a device, recorded once and never edited. */
public record DeviceReview(long id, long deviceId, boolean legal, String reviewer, LocalDate reviewedOn,
        boolean passed, String opinion, String document, String recordedBy, Instant recordedAt) {

    public String kindLabel() {
        return legal ? "法制审核" : "技术审核";
    }
}
