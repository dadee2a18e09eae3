package org.zhifa.cases.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.zhifa.common.Actor;
import org.zhifa.identity.Role;
import org.zhifa.identity.UserView;

/** A user acting through another module's call (the non-site reviewer, the demo data), as the engine sees them. */
public record UserActor(long userId, String username, String displayName, long unitId, String unitName,
        Set<String> roleCodes) implements Actor {

    public static UserActor of(UserView u) {
        return new UserActor(u.id(), u.username(), u.displayName(), u.unitId(), u.unitName(),
                u.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
