package org.zhifa.identity;

import java.util.Set;

/** A user account as other modules see it. */
public record UserView(long id, String username, String displayName, long unitId, String unitName, Set<Role> roles,
        boolean enabled) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
