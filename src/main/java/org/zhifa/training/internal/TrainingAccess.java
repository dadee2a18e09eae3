package org.zhifa.training.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/**
 * The same rules as the roster: unit heads manage training of their unit and the units below; the supervision
 * bureau reads all; officers see their own ledger only. Outside the scope: 404.
 */
@Component
public class TrainingAccess {

    private final DataScope scope;
    private final OrgUnits units;
    private final OfficerEligibility officers;

    TrainingAccess(DataScope scope, OrgUnits units, OfficerEligibility officers) {
        this.scope = scope;
        this.units = units;
        this.officers = officers;
    }

    public boolean readsUnits(Actor actor) {
        return actor.hasRole("UNIT_HEAD") || actor.hasRole("SUPERVISOR");
    }

    /** Units whose training the actor reads; empty for officers (own ledger only). */
    public Set<Long> units(Actor actor) {
        return readsUnits(actor) ? scope.visibleUnitIds(actor) : Set.of();
    }

    /** Visible units under {@code unitId} (or all visible ones when null). */
    public List<Long> unitsUnder(Actor actor, Long unitId) {
        Set<Long> visible = units(actor);
        if (unitId == null) {
            return visible.stream().sorted().toList();
        }
        if (!visible.contains(unitId)) {
            return List.of();
        }
        return units.descendantsAndSelf(unitId).stream().map(OrgUnitView::id).filter(visible::contains).toList();
    }

    public boolean edits(Actor actor, long unitId) {
        return actor.hasRole("UNIT_HEAD") && scope.canSee(actor, unitId);
    }

    public void requireEditable(Actor actor, long unitId) {
        if (!readsUnits(actor) || !scope.canSee(actor, unitId)) {
            throw new NotFoundException("未找到该单位，或不在您的数据范围内");
        }
        if (!actor.hasRole("UNIT_HEAD")) {
            throw new AccessRefusedException(Rejection.of("方案第2条", "培训工作由本单位负责人组织和登记，执法监督人员只读"));
        }
    }

    public void requireReadableUnit(Actor actor, long unitId) {
        if (!units(actor).contains(unitId)) {
            throw new NotFoundException("未找到该记录，或不在您的数据范围内");
        }
    }

    /** The actor's own officer record. */
    public Optional<OfficerView> self(Actor actor) {
        return officers.findByUserId(actor.userId());
    }

    /** An officer whose ledger the actor may read. */
    public OfficerView requireReadableOfficer(Actor actor, long officerId) {
        OfficerView o = officers.find(officerId)
                .orElseThrow(() -> new NotFoundException("未找到该人员，或不在您的数据范围内"));
        boolean own = o.userId() != null && o.userId() == actor.userId();
        if (!own && !units(actor).contains(o.unitId())) {
            throw new NotFoundException("未找到该人员，或不在您的数据范围内");
        }
        return o;
    }

    public String unitName(long unitId) {
        return units.find(unitId).map(OrgUnitView::name).orElse("");
    }
}
