package org.zhifa.catalog.internal;

import org.springframework.stereotype.Component;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.Rejection;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.identity.Role;

/**
 * Who maintains the catalogue. zhifa has no separate catalogue role: the catalogue is the prefecture's list
 * (方案 27 "全面推进行政执法事项清单制度"; benchmarks adjusted and filed for review, 方案 18), so its maintainers are
 * the unit heads (UNIT_HEAD) of a prefecture-level unit — the 海西州交通运输局 (unit 1) and the 州执法监督局 (unit 2).
 */
@Component
public class CatalogMaintainers {

    public static final String BASIS = "执法事项清单由州级单位负责人维护（方案 18、27）";

    private final OrgUnits units;

    CatalogMaintainers(OrgUnits units) {
        this.units = units;
    }

    public boolean isMaintainer(Actor actor) {
        return actor != null && actor.hasRole(Role.UNIT_HEAD.name())
                && units.find(actor.unitId()).map(OrgUnitView::prefectureLevel).orElse(false);
    }

    public void require(Actor actor) {
        if (!isMaintainer(actor)) {
            throw new AccessRefusedException(Rejection.of(BASIS, "只有州级单位负责人可以维护执法事项清单、裁量基准和免罚清单"));
        }
    }
}
