package org.zhifa.reporting.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tasks zhifa proves from its own records, recognised by the words of the task (so that a later plan imported from
 * Excel gets the same proofs when it says the same). docs/statistics.md lists them.
 */
public enum Proof {
    TRAINING_PLAN("第一季度制定年度培训工作计划", "年度培训计划于第一季度制定（培训模块）"),
    EVALUATION_CAMPAIGN("执法案卷评查活动", "年度案卷评查活动已开展（执法监督模块）"),
    MONTHLY_REPORT("每月5日前", "月度统计报表按期报送（本模块）");

    private final String words;
    private final String label;

    Proof(String words, String label) {
        this.words = words;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Proof> of(String taskText) {
        return Arrays.stream(values()).filter(p -> taskText != null && taskText.contains(p.words)).findFirst();
    }
}
