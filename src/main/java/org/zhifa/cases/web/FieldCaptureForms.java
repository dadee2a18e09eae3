package org.zhifa.cases.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/**
 * The forms of 现场取证, bound by Spring: the device's local time (Beijing) as the browser sends it
 * (2026-12-06T18:17:05). A malformed one is a 400 naming the field; what else is needed is the service's check.
 */
final class FieldCaptureForms {

    private FieldCaptureForms() {
    }

    /** A photo from the phone's camera. */
    record Photo(@Schema(description = "拍摄时间") LocalDateTime takenAt, @Schema(description = "拍摄地点") String place) {
    }

    /** The party's signature drawn on the screen. */
    record Signature(@Schema(description = "签名") String signature, @Schema(description = "签名人") String signer,
            @Schema(description = "签名时间") LocalDateTime signedAt) {
    }
}
