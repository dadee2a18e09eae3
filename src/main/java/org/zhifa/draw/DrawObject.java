package org.zhifa.draw;

import java.util.Set;
import java.util.TreeSet;

/**
 * A candidate of the population drawn from (an inspection object, a case file).
 *
 * @param key     unique key in the list, published (no personal data), e.g. {@code T102}
 * @param stratum the stratum it is drawn in (credit class, case category)
 * @param pool    only assignees of the same pool may be assigned to it (e.g. the county)
 * @param blocked groups whose assignees may not be assigned to it (e.g. the unit that inspected it last time)
 */
public record DrawObject(String key, String stratum, String pool, Set<String> blocked) {

    public DrawObject {
        DrawSpec.field(key, "对象编号");
        DrawSpec.field(stratum, "层级");
        DrawSpec.field(pool, "分配范围");
        if (blocked == null || blocked.isEmpty()) {
            blocked = java.util.Collections.emptySortedSet();
        } else {
            TreeSet<String> sorted = new TreeSet<>(DrawSpec.UTF8_ORDER);
            for (String g : blocked) {
                sorted.add(DrawSpec.field(g, "回避单位"));
            }
            blocked = java.util.Collections.unmodifiableSortedSet(sorted);
        }
    }

    /** The canonical line (without LF): key TAB stratum TAB pool TAB blocked groups joined by commas. */
    String line() {
        return key + '\t' + stratum + '\t' + pool + '\t' + String.join(",", blocked);
    }
}
