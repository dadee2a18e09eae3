package org.zhifa.nonsite;

/** Kinds of electronic monitoring device (电子技术监控设备). */
public enum DeviceKind {
    WIM("动态称重检测设备", true),
    PLATE_CAMERA("车牌识别抓拍设备", false),
    VIDEO("视频监控设备", false);

    private final String label;
    private final boolean weighing;

    DeviceKind(String label, boolean weighing) {
        this.label = label;
        this.weighing = weighing;
    }

    public String label() {
        return label;
    }

    /** Weighing devices need a valid metrological verification (计量检定). */
    public boolean weighing() {
        return weighing;
    }
}
