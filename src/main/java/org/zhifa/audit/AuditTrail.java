package org.zhifa.audit;

/**
 * The audit module's public API: every module records its domain actions here. Records are append-only and
 * SM3 hash-chained; writing happens in its own transaction so that a refused or failed action is recorded too.
 */
public interface AuditTrail {

    /**
     * Request attribute: set (to any value) by a handler that keeps the audit of its requests itself, e.g. refusals
     * recorded once per interval instead of once per request; the request-level {@code HTTP_*} record is then not
     * written.
     */
    String AUDITED_BY_HANDLER = "org.zhifa.audit.auditedByHandler";

    /**
     * Records an action by the current user (taken from the security context) from the current request's
     * source address.
     *
     * @param action     what was done, upper-case code, e.g. {@code USER_CREATED}
     * @param objectType the kind of object, e.g. {@code USER}
     * @param objectId   the object's id (may be null)
     * @param result     outcome
     * @param detail     a short Chinese description (no secrets, no full personal data)
     */
    void record(String action, String objectType, String objectId, AuditResult result, String detail);

    /** Records an event whose actor is given explicitly (e.g. a failed login, where nobody is logged in). */
    void record(AuditEvent event);

    default void success(String action, String objectType, Object objectId, String detail) {
        record(action, objectType, objectId == null ? null : String.valueOf(objectId), AuditResult.SUCCESS, detail);
    }

    default void refused(String action, String objectType, Object objectId, String detail) {
        record(action, objectType, objectId == null ? null : String.valueOf(objectId), AuditResult.REFUSED, detail);
    }
}
