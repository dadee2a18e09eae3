package org.zhifa.draw;

/**
 * A drawn assignee withdrawn after the draw (a conflict declared later, 回避) and the one drawn in their place
 * (docs/random-draw.md §7). Rounds are numbered 1, 2, … per object in the order the withdrawals were recorded.
 *
 * @param objectKey   the object
 * @param round       the object's withdrawal number
 * @param withdrawn   the assignee withdrawn
 * @param replacement the assignee drawn instead, or null when nobody eligible was left
 * @param reason      why (not part of the computation; published)
 */
public record Replacement(String objectKey, int round, String withdrawn, String replacement, String reason) {

    /** The canonical line (without LF) of the amendment text. */
    public String line() {
        return "replace\t" + objectKey + '\t' + round + '\t' + withdrawn + '\t' + (replacement == null ? "" : replacement);
    }
}
