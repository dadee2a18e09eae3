package org.zhifa.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhifa.inspection.InspectionProperties.LastInspectionRecusal;

/**
 * An annual spot-check plan (抽查计划): its items, the share (and minimum) of each credit class drawn, the window in
 * which the drawn objects are inspected, the departments that join, and who is excluded for having inspected last time.
 */
public record Plan(long id, long unitId, String unitName, int year, String title, LocalDate windowStart,
        LocalDate windowEnd, String jointDepartments, LastInspectionRecusal recusal, String status,
        OffsetDateTime publishedAt, String publishedBy, int version, List<SpotCheckItem> items,
        List<Stratum> strata) {

    /** The rule of one credit class. */
    public record Stratum(String creditClass, BigDecimal ratio, int minimum) {

        public String percent() {
            return ratio.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
        }
    }

    public boolean published() {
        return !"DRAFT".equals(status);
    }

    public String statusLabel() {
        return switch (status) {
            case "PUBLISHED" -> "已公布";
            case "CLOSED" -> "已结束";
            default -> "草稿";
        };
    }
}
