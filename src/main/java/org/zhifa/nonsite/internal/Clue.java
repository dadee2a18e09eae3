package org.zhifa.nonsite.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.nonsite.Dimension;

/** A clue (线索): one over-limit event awaiting, or after, human review. */
public record Clue(long id, long unitId, long deviceId, String deviceCode, String place, String recordId,
        Instant detectedAt, String plate, String plateColour, Instant firstDetectedAt, Instant lastDetectedAt,
        int detections, Integer grossMassKg, Integer massLimitKg, int excessKg, int dimsOver, Status status,
        String reviewerName, Instant reviewedAt, String reviewReason, Long caseId, String noticeNumber, int version) {

    /** Review state. */
    public enum Status {
        PENDING("待审核"), CONFIRMED("已确认"), REJECTED("已排除");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public List<String> dimensionLabels() {
        List<String> out = new ArrayList<>(3);
        for (Dimension d : Dimension.values()) {
            if ((dimsOver & d.bit()) != 0) {
                out.add(d.label());
            }
        }
        return out;
    }
}
