package org.zhifa.audit;

/**
 * One audit event with an explicit actor.
 *
 * @param username      acting user name, or what was typed at login (may be null for anonymous)
 * @param unitId        acting user's unit (may be null)
 * @param unitName      acting user's unit name (may be null)
 * @param action        upper-case action code
 * @param objectType    object kind (may be null)
 * @param objectId      object id (may be null)
 * @param result        outcome
 * @param detail        short Chinese description
 * @param sourceAddress client IP address (may be null)
 */
public record AuditEvent(String username, Long unitId, String unitName, String action, String objectType,
        String objectId, AuditResult result, String detail, String sourceAddress) {
}
