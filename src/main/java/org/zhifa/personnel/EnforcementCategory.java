package org.zhifa.personnel;

import java.util.Arrays;
import java.util.Optional;

/** 执法门类: the enforcement fields a certificate covers. */
public enum EnforcementCategory {
    HIGHWAY_ADMINISTRATION("公路路政"),
    ROAD_TRANSPORT("道路运政"),
    WATERWAY_TRANSPORT("水路运政"),
    CHANNEL_ADMINISTRATION("航道行政"),
    PORT_ADMINISTRATION("港口行政"),
    LOCAL_MARITIME("地方海事"),
    CONSTRUCTION_QUALITY("工程质量监督"),
    COMPREHENSIVE("综合执法");

    private final String label;

    EnforcementCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code or by Chinese label (as typed in a roster sheet). */
    public static Optional<EnforcementCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t) || c.label.equals(t)).findFirst();
    }
}
