package org.zhifa.common;

import java.util.Set;

/**
 * Who is acting: implemented by the logged-in principal so that modules (audit, cases…) can read the
 * user, unit and roles without depending on the identity module's internals.
 */
public interface Actor {

    long userId();

    String username();

    String displayName();

    long unitId();

    String unitName();

    Set<String> roleCodes();

    default boolean hasRole(String role) {
        return roleCodes().contains(role);
    }
}
