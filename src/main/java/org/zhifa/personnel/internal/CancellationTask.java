package org.zhifa.personnel.internal;

import java.time.LocalDate;

/**
 * 注销 of the certificates of someone who left the enforcement post (方案第6条): started on leaving, reported to
 * the justice bureau of the same level, completed when the bureau has cancelled the certificate.
 */
public record CancellationTask(long id, long officerId, LocalDate startedOn, LocalDate reportedOn,
        LocalDate completedOn, String note, int version) {

    public boolean completed() {
        return completedOn != null;
    }
}
