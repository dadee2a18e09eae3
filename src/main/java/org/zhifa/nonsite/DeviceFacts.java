package org.zhifa.nonsite;

import java.time.LocalDate;
import java.util.List;

/**
 * What decides whether a device's records may be used for enforcement.
 *
 * @param kind        device kind
 * @param active      status is ACTIVE (not suspended or retired)
 * @param certNumber  metrological verification certificate number (weighing devices)
 * @param certDate    verification date
 * @param certExpiry  last day the verification is valid
 * @param publishedOn date the location was published
 * @param signed      signage is recorded (photo of the sign)
 * @param reviews     legal and technical reviews, any order
 */
public record DeviceFacts(DeviceKind kind, boolean active, String certNumber, LocalDate certDate, LocalDate certExpiry,
        LocalDate publishedOn, boolean signed, List<Review> reviews) {

    /** One legal or technical review. */
    public record Review(boolean legal, LocalDate reviewedOn, boolean passed) {
    }

    public DeviceFacts {
        reviews = List.copyOf(reviews);
    }
}
