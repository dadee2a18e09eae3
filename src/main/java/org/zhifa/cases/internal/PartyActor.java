package org.zhifa.cases.internal;

import java.util.Set;
import org.zhifa.common.Actor;

/**
 * The party acting online (a statement through the public portal, 《行政处罚法》第四十一条、第四十五条): no account, no
 * role; only steps that no user role may perform accept it.
 */
record PartyActor(String displayName) implements Actor {

    @Override
    public long userId() {
        return 0;
    }

    @Override
    public String username() {
        return "party";
    }

    @Override
    public long unitId() {
        return 0;
    }

    @Override
    public String unitName() {
        return "";
    }

    @Override
    public Set<String> roleCodes() {
        return Set.of();
    }
}
