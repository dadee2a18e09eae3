package org.zhifa.inspection;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of object in the 检查对象名录库; a vehicle is identified by its plate, every other kind by its credit code. */
public enum TargetKind {
    PASSENGER_OPERATOR("道路旅客运输经营者"),
    FREIGHT_OPERATOR("道路货物运输经营者"),
    DANGEROUS_GOODS_OPERATOR("危险货物道路运输经营者"),
    DRIVER_TRAINING("机动车驾驶员培训机构"),
    REPAIR("机动车维修经营者"),
    STATION("道路运输站（场）"),
    VEHICLE("营运车辆"),
    CONSTRUCTION_PROJECT("公路建设工程项目"),
    OTHER("其他");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean identifiedByPlate() {
        return this == VEHICLE;
    }

    /** By code or by Chinese label (as typed in a sheet). */
    public static Optional<TargetKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t) || k.label.equals(t)).findFirst();
    }
}
