package org.zhifa.personnel.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;

/**
 * Who sees and edits which roster records: a unit head edits their unit and the units below it; the supervision
 * bureau (prefecture level) reads everything; officers, auxiliary staff and legal reviewers see their own record.
 * Administrators hold no business data (三员分立). Outside the scope a record answers 404.
 */
@Component
public class PersonnelAccess {

    private final DataScope scope;

    PersonnelAccess(DataScope scope) {
        this.scope = scope;
    }

    /** Whether the actor reads rosters of units (rather than only their own record). */
    public boolean readsRosters(Actor actor) {
        return actor.hasRole("UNIT_HEAD") || actor.hasRole("SUPERVISOR");
    }

    public boolean edits(Actor actor, long unitId) {
        return actor.hasRole("UNIT_HEAD") && scope.canSee(actor, unitId);
    }

    /** Units whose rosters the actor reads; empty for users who only see their own record. */
    public Set<Long> rosterUnits(Actor actor) {
        return readsRosters(actor) ? scope.visibleUnitIds(actor) : Set.of();
    }

    public boolean canRead(Actor actor, Officer officer) {
        if (officer.userId() != null && officer.userId() == actor.userId()) {
            return true;
        }
        return readsRosters(actor) && scope.canSee(actor, officer.unitId());
    }

    public void requireReadable(Actor actor, Officer officer) {
        if (!canRead(actor, officer)) {
            throw new NotFoundException("未找到该人员，或不在您的数据范围内");
        }
    }

    /** Eligibility is not personal: any business user of the unit (e.g. a co-officer on a case) may ask. */
    public void requireEligibilityVisible(Actor actor, Officer officer) {
        if (!canRead(actor, officer) && !(isBusinessUser(actor) && scope.canSee(actor, officer.unitId()))) {
            throw new NotFoundException("未找到该人员，或不在您的数据范围内");
        }
    }

    public void requireEditable(Actor actor, long unitId) {
        if (!readsRosters(actor) || !scope.canSee(actor, unitId)) {
            throw new NotFoundException("未找到该单位，或不在您的数据范围内");
        }
        if (!actor.hasRole("UNIT_HEAD")) {
            throw new AccessRefusedException(Rejection.of("方案第6条、第7条",
                    "执法人员名册由本单位负责人维护，执法监督人员只读"));
        }
    }

    private static boolean isBusinessUser(Actor actor) {
        return actor.hasRole("OFFICER") || actor.hasRole("AUXILIARY") || actor.hasRole("LEGAL_REVIEWER")
                || actor.hasRole("UNIT_HEAD") || actor.hasRole("SUPERVISOR");
    }
}
