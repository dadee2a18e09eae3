package org.zhifa.inspection.internal;

/** A segment of a road between two stakes and the unit with jurisdiction over it. */
public record RoadSegment(long id, String roadCode, String roadName, int startM, int endM, long unitId,
        String unitName, String note, boolean active) {

    public String range() {
        return new StakeNumber(startM).text() + "–" + new StakeNumber(endM).text();
    }

    /** Label used in selects: G315 K2300+000–K2400+000 德令哈… */
    public String label() {
        return roadCode + (roadName == null ? "" : " " + roadName) + " " + range() + "（" + unitName + "）";
    }

    public boolean covers(int metres) {
        return metres >= startM && metres <= endM;
    }
}
