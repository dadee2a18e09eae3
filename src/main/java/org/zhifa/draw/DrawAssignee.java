package org.zhifa.draw;

/**
 * A candidate of the second list, assigned to drawn objects (an inspector, an evaluator).
 *
 * @param key   unique key in the list, published, e.g. {@code P17}
 * @param pool  it may only be assigned to objects of the same pool
 * @param group its group (its unit), matched against an object's blocked groups
 */
public record DrawAssignee(String key, String pool, String group) {

    public DrawAssignee {
        DrawSpec.field(key, "人员编号");
        DrawSpec.field(pool, "分配范围");
        DrawSpec.field(group, "所属单位");
    }

    String line() {
        return key + '\t' + pool + '\t' + group;
    }
}
