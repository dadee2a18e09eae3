package org.zhifa.nonsite.internal;

import static org.zhifa.nonsite.OverLimitJudge.NOT_MEASURED;

import org.zhifa.nonsite.VehicleMeasurement;

/**
 * One detection record as read from a device (JSON, CSV or Kafka), with its judgement. Mutable and field-based on
 * purpose: the ingest path reads tens of thousands a second and keeps allocation to one object per record.
 */
public final class DetectionRecord {

    int index;
    String recordId;
    long detectedAt = Long.MIN_VALUE;
    int lane = NOT_MEASURED;
    String plate;
    String plateColour;
    String vehicleType;
    int axles = NOT_MEASURED;
    String axleGroups;
    boolean combination;
    boolean singleDriveAxle;
    int singleTyreAxles;
    int grossMassKg = NOT_MEASURED;
    String axleLoads;
    int heightMm = NOT_MEASURED;
    int widthMm = NOT_MEASURED;
    int lengthMm = NOT_MEASURED;
    int speedKmh = NOT_MEASURED;
    String images;
    String video;
    String error;

    int massLimitKg;
    int toleranceKg;
    int excessKg;
    int dimsOver;
    boolean overLimit;
    boolean usable;

    /** Remembers the first problem of the record; the record is then rejected with that reason. */
    void fail(String reason) {
        if (error == null) {
            error = reason;
        }
    }

    boolean weighed() {
        return grossMassKg != NOT_MEASURED;
    }

    VehicleMeasurement measurement() {
        return new VehicleMeasurement(axles, combination, singleDriveAxle, singleTyreAxles, grossMassKg, heightMm,
                widthMm, lengthMm, toleranceKg);
    }

    public String recordId() {
        return recordId;
    }

    public long detectedAt() {
        return detectedAt;
    }

    public String plate() {
        return plate;
    }

    public int grossMassKg() {
        return grossMassKg;
    }
}
