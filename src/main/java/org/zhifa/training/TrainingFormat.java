package org.zhifa.training;

import java.util.Arrays;
import java.util.Optional;

/** 培训方式 named in 方案第2条 and 第4条. */
public enum TrainingFormat {
    CENTRAL_ROTATION("集中轮训"),
    LAW_LECTURE("法治讲堂"),
    ONLINE("线上学习"),
    KNOWLEDGE_CONTEST("知识竞赛"),
    CASE_TEACHING("案例教学"),
    TRIAL_OBSERVATION("庭审旁听"),
    SITE_OBSERVATION("现场观摩"),
    SCENARIO_SIMULATION("情景模拟");

    private final String label;

    TrainingFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<TrainingFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.label.equals(t)).findFirst();
    }
}
