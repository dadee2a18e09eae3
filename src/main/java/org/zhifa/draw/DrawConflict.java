package org.zhifa.draw;

/**
 * A pair that must never be assigned together: a declared relation (回避), an inspector of the last inspection, an
 * evaluator who handled the case file.
 */
public record DrawConflict(String objectKey, String assigneeKey) {

    public DrawConflict {
        DrawSpec.field(objectKey, "对象编号");
        DrawSpec.field(assigneeKey, "人员编号");
    }

    String line() {
        return objectKey + '\t' + assigneeKey;
    }
}
