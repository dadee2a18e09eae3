package org.zhifa.nonsite.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhifa.nonsite.DeviceFacts;
import org.zhifa.nonsite.DeviceKind;

/** A registered monitoring device (电子技术监控设备). Changes go through {@link DeviceRegistry}. */
public record MonitoringDevice(long id, String code, String name, DeviceKind kind, String road, String stake,
        String direction, BigDecimal longitude, BigDecimal latitude, long unitId, Integer accuracyClass,
        String certNumber, LocalDate certDate, LocalDate certExpiry, LocalDate publishedOn, String publishedWhere,
        String signagePhoto, DeviceStatus status, boolean hasKey, Instant keyRotatedAt, Instant createdAt,
        String createdBy, int version) {

    /** Device status. */
    public enum DeviceStatus {
        ACTIVE("在用"), SUSPENDED("停用"), RETIRED("报废");

        private final String label;

        DeviceStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DeviceFacts facts(List<DeviceReview> reviews) {
        return new DeviceFacts(kind, status == DeviceStatus.ACTIVE, certNumber, certDate, certExpiry, publishedOn,
                signagePhoto != null && !signagePhoto.isBlank(),
                reviews.stream().map(r -> new DeviceFacts.Review(r.legal(), r.reviewedOn(), r.passed())).toList());
    }

    /** "G315 K2710+300 往格尔木方向". */
    public String place() {
        return road + " " + stake + " " + direction;
    }
}
