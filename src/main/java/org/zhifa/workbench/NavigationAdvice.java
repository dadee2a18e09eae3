package org.zhifa.workbench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.NavItem;

/** Adds the acting user and the navigation (only links the user may open) to every page. */
@ControllerAdvice
class NavigationAdvice {

    /** The order of the menu groups: daily case work first, the user's own account last. */
    static final List<String> GROUP_ORDER = List.of("案件办理", "检查巡查", "非现场执法", "执法事项", "证据管理", "人员培训",
            "公示与监督", "审计", "系统管理");
    static final String ACCOUNT_GROUP = "我的账户";

    private final List<NavItem> items;

    NavigationAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationAdvice::groupRank)
                .thenComparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.get().orElse(null);
    }

    @ModelAttribute("navGroups")
    Map<String, List<NavItem>> navGroups() {
        return CurrentActor.get().map(this::groupsFor).orElse(null);
    }

    static int groupRank(NavItem item) {
        if (ACCOUNT_GROUP.equals(item.group())) {
            return Integer.MAX_VALUE;
        }
        int i = GROUP_ORDER.indexOf(item.group());
        return i < 0 ? GROUP_ORDER.size() : i;
    }

    Map<String, List<NavItem>> groupsFor(Actor actor) {
        Map<String, List<NavItem>> groups = new LinkedHashMap<>();
        items.stream().filter(i -> i.visibleTo(actor))
                .forEach(i -> groups.computeIfAbsent(i.group(), g -> new java.util.ArrayList<>()).add(i));
        return groups;
    }
}
