package org.zhifa.personnel.internal;

import java.util.Collection;

/**
 * Roster filters.
 *
 * @param q          part of the name, a certificate number, or a full ID number (found through its blind index)
 * @param unitIds    units to list (already limited to the actor's scope); null = no unit restriction
 * @param ownUserId  when set, only the record linked to this user (officers see themselves only)
 * @param kind       officers or auxiliary staff
 * @param certState  VALID / EXPIRED / SUSPENDED / REVOKED / CANCELLED / NONE / EXPIRING, or null
 * @param status     ACTIVE / LEFT, or null for both
 * @param onlyIds    restrict to these ids (training progress filter), or null
 */
public record OfficerFilter(String q, Collection<Long> unitIds, Long ownUserId, StaffKind kind, String certState,
        OfficerStatus status, Collection<Long> onlyIds) {
}
