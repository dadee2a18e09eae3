package org.zhifa.inspection.internal;

import java.util.Set;
import org.zhifa.personnel.EnforcementCategory;

/**
 * An entry of the 执法检查人员名录库: an officer (or attached auxiliary staff, who never count toward the two) and the
 * enforcement fields they inspect in.
 *
 * @param certificateNumber the certificate valid today, or null
 */
public record Inspector(long id, long officerId, long unitId, String unitName, String name, boolean auxiliary,
        Set<EnforcementCategory> categories, boolean active, String note, String certificateNumber) {

    /** The key of the inspector in a draw's published lists. */
    public String drawKey() {
        return "P" + officerId;
    }

    public String categoryLabels() {
        return String.join("、", categories.stream().sorted().map(EnforcementCategory::label).toList());
    }
}
