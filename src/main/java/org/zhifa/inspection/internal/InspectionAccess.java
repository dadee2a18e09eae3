package org.zhifa.inspection.internal;

import java.util.Arrays;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;

/** Role and unit-scope checks of every inspection read and write, and the county a unit belongs to. */
@Component
public class InspectionAccess {

    /** Everyone who works with inspections may read them. */
    public static final String[] READERS = {"OFFICER", "AUXILIARY", "UNIT_HEAD", "LEGAL_REVIEWER", "SUPERVISOR"};
    public static final String[] RECORDERS = {"OFFICER", "UNIT_HEAD"};
    public static final String[] HEADS = {"UNIT_HEAD"};

    private final DataScope scope;
    private final OrgUnits units;

    InspectionAccess(DataScope scope, OrgUnits units) {
        this.scope = scope;
        this.units = units;
    }

    public void requireRole(Actor actor, String... roles) {
        if (Arrays.stream(roles).noneMatch(actor::hasRole)) {
            throw new AccessRefusedException(Rejection.of("岗位职责", "您的角色无权执行此操作"));
        }
    }

    public Set<Long> visibleUnits(Actor actor) {
        return scope.visibleUnitIds(actor);
    }

    /** 404 when the unit is outside the actor's data scope (so that existence is not revealed). */
    public void requireVisible(Actor actor, long unitId) {
        scope.requireVisible(actor, unitId);
    }

    public boolean canSee(Actor actor, long unitId) {
        return scope.canSee(actor, unitId);
    }

    public OrgUnitView unit(long unitId) {
        return units.require(unitId);
    }

    public String unitName(long unitId) {
        return units.find(unitId).map(OrgUnitView::name).orElse("");
    }

    /**
     * The county-level unit a unit belongs to (a county bureau for its brigade, the supervision bureau for itself,
     * the prefecture bureau for itself): inspectors are drawn for objects of their own county.
     */
    public OrgUnitView county(long unitId) {
        OrgUnitView u = units.require(unitId);
        while (u.parentId() != null && units.require(u.parentId()).parentId() != null) {
            u = units.require(u.parentId());
        }
        return u;
    }
}
