package org.zhifa.inspection.internal;

import java.time.OffsetDateTime;
import org.zhifa.inspection.TargetKind;

/**
 * An object of the 检查对象名录库.
 *
 * @param identifier   the credit code, or the plate of a vehicle
 * @param naturalPerson true for 个体工商户 and vehicles owned by a person: the name is masked when published
 */
public record Target(long id, long unitId, String unitName, TargetKind kind, String name, String creditCode,
        String plateNumber, boolean naturalPerson, String address, String creditClass, boolean active, int version,
        OffsetDateTime updatedAt) {

    public String identifier() {
        return kind.identifiedByPlate() ? plateNumber : creditCode;
    }

    /** The key of the object in a draw's published lists (no name, no code). */
    public String drawKey() {
        return "T" + id;
    }
}
