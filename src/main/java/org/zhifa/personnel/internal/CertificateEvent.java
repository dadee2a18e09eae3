package org.zhifa.personnel.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.zhifa.personnel.CertificateChangeReason;
import org.zhifa.personnel.CertificateState;

/**
 * One dated change of a certificate. {@code expiresOn} and {@code number} are the values from that day on, so that
 * the certificate's standing on any past day can be replayed (a renewal does not rewrite history).
 */
public record CertificateEvent(Long id, LocalDate occurredOn, CertificateChangeReason reason, CertificateState from,
        CertificateState to, LocalDate expiresOn, String number, String note, String recordedBy, Instant recordedAt) {
}
