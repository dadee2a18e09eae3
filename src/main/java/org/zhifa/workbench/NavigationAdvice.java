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

    private final List<NavItem> items;

    NavigationAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.get().orElse(null);
    }

    @ModelAttribute("navGroups")
    Map<String, List<NavItem>> navGroups() {
        return CurrentActor.get().map(this::groupsFor).orElse(null);
    }

    Map<String, List<NavItem>> groupsFor(Actor actor) {
        Map<String, List<NavItem>> groups = new LinkedHashMap<>();
        items.stream().filter(i -> i.visibleTo(actor))
                .forEach(i -> groups.computeIfAbsent(i.group(), g -> new java.util.ArrayList<>()).add(i));
        return groups;
    }
}
