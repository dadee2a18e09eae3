package org.zhifa.training.internal;

/** 方案第5条：执法岗位大练兵. */
public enum FitnessKind {
    FITNESS_TEST("体能达标测试"),
    DRILL("队列等军事训练"),
    FIELD_EXERCISE("执法全过程现场训练"),
    COMPETITION("岗位大练兵、业务大比武");

    private final String label;

    FitnessKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
