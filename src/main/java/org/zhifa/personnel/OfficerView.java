package org.zhifa.personnel;

/**
 * An officer or auxiliary staff member as other modules see them.
 *
 * @param id                id of the officer record
 * @param name              name
 * @param unitId            unit
 * @param userId            linked user account, or null
 * @param auxiliary         true for 执法辅助人员 (never eligible to act alone)
 * @param certificateNumber number of the certificate valid today, or null when none is
 */
public record OfficerView(long id, String name, long unitId, Long userId, boolean auxiliary,
        String certificateNumber) {
}
