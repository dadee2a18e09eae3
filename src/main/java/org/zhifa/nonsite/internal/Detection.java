package org.zhifa.nonsite.internal;

import java.time.Instant;
import java.util.List;
import org.zhifa.nonsite.OverLimitJudge;
import org.zhifa.nonsite.VehicleMeasurement;

/** A stored detection record, as shown to a reviewer and written into the evidence package. */
public record Detection(long deviceId, String recordId, Instant detectedAt, Instant receivedAt, Integer lane,
        String plate, String plateColour, String vehicleType, Integer axles, String axleGroups, boolean combination,
        boolean singleDriveAxle, int singleTyreAxles, Integer grossMassKg, String axleLoadsKg, Integer heightMm,
        Integer widthMm, Integer lengthMm, Integer speedKmh, List<String> images, String video, Integer massLimitKg,
        Integer toleranceKg, int excessKg, int dimsOver, boolean overLimit, boolean usable) {

    public VehicleMeasurement measurement() {
        return new VehicleMeasurement(axles == null ? 2 : axles, combination, singleDriveAxle, singleTyreAxles,
                grossMassKg == null ? OverLimitJudge.NOT_MEASURED : grossMassKg, nm(heightMm), nm(widthMm), nm(lengthMm),
                toleranceKg == null ? 0 : toleranceKg);
    }

    private static int nm(Integer v) {
        return v == null ? OverLimitJudge.NOT_MEASURED : v;
    }

    /** Metres for display, e.g. 4.05. */
    public static String metres(Integer mm) {
        return mm == null ? "—" : java.math.BigDecimal.valueOf(mm, 3).stripTrailingZeros().toPlainString();
    }
}
