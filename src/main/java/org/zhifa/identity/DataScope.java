package org.zhifa.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zhifa.common.Actor;
import org.zhifa.common.NotFoundException;

/**
 * Which units' data a user may see: their own unit and its children; users of a prefecture-level unit
 * (州交通运输局, 州执法监督局) see every unit. Every module applies it on each read and write.
 */
@Service
public class DataScope {

    private final OrgUnits units;

    DataScope(OrgUnits units) {
        this.units = units;
    }

    public boolean seesAll(Actor actor) {
        return units.find(actor.unitId()).map(OrgUnitView::prefectureLevel).orElse(false);
    }

    public Set<Long> visibleUnitIds(Actor actor) {
        if (seesAll(actor)) {
            return units.all().stream().map(OrgUnitView::id).collect(Collectors.toUnmodifiableSet());
        }
        return units.descendantsAndSelf(actor.unitId()).stream().map(OrgUnitView::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean canSee(Actor actor, long unitId) {
        return visibleUnitIds(actor).contains(unitId);
    }

    /** Throws 404 (not 403, so that existence is not revealed) when the unit is outside the actor's scope. */
    public void requireVisible(Actor actor, long unitId) {
        if (!canSee(actor, unitId)) {
            throw new NotFoundException("未找到该记录，或不在您的数据范围内");
        }
    }
}
