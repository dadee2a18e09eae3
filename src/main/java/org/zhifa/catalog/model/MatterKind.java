package org.zhifa.catalog.model;

/** Kinds of enforcement matter in the catalogue (执法事项类别). */
public enum MatterKind {
    PENALTY("行政处罚"),
    COMPULSION("行政强制"),
    INSPECTION("行政检查"),
    LICENSING("行政许可"),
    OTHER("其他");

    private final String label;

    MatterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
