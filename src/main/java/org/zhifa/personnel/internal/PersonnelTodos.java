package org.zhifa.personnel.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.workbench.TodoItem;
import org.zhifa.workbench.TodoSource;

/**
 * The personnel work of a head or supervisor: certificates expiring or expired (方案第5条), and certificates of
 * people who left the post still to be cancelled (方案第6条), each linked to the officer's record.
 */
@Component
class PersonnelTodos implements TodoSource {

    private static final String CATEGORY = "执法证件";

    private final PersonnelReports reports;
    private final PersonnelAccess access;

    PersonnelTodos(PersonnelReports reports, PersonnelAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @Override
    public List<TodoItem> todos(Actor actor) {
        if (!actor.hasRole("UNIT_HEAD") && !actor.hasRole("SUPERVISOR")) {
            return List.of();
        }
        var alerts = reports.alerts(access.rosterUnits(actor));
        List<TodoItem> items = new ArrayList<>();
        alerts.expiring().forEach(a -> items.add(TodoItem.waiting(CATEGORY, a.officerName() + "（" + a.unitName() + "）",
                "执法证 " + a.number() + " 即将到期，办理换证", "/personnel/officers/" + a.officerId(), a.expiresOn())));
        alerts.expiredActiveUsers().forEach(a -> items.add(TodoItem.waiting(CATEGORY,
                a.officerName() + "（" + a.unitName() + "）", "执法证 " + a.number() + " 已过期，账户仍可用",
                "/personnel/officers/" + a.officerId(), a.expiresOn())));
        alerts.openCancellations().forEach(a -> items.add(TodoItem.waiting(CATEGORY,
                a.officerName() + "（" + a.unitName() + "）", "已离岗，注销执法证", "/personnel/officers/" + a.officerId(),
                null)));
        return items;
    }
}
