package org.zhifa.workbench;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.NavItem;

/**
 * The menu for pages rendered outside a controller's model, such as the 403 and 404 pages answered by an exception
 * handler: the layout reads {@code @workbenchNav} there so that the user keeps their menu and account bar.
 */
@Component("workbenchNav")
public class WorkbenchNav {

    private final NavigationAdvice navigation;
    private final SavedFilters filters;

    WorkbenchNav(NavigationAdvice navigation, SavedFilters filters) {
        this.navigation = navigation;
        this.filters = filters;
    }

    /** The path of the page being rendered (for the saved-filter bar). */
    public String path() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes s) {
            return s.getRequest().getRequestURI();
        }
        return null;
    }

    /** The current user's saved filters of this page (name → link). */
    public List<Map.Entry<Long, Map.Entry<String, String>>> filters() {
        String path = path();
        return CurrentActor.get().filter(a -> path != null)
                .map(a -> filters.of(a, path).stream()
                        .map(f -> Map.entry(f.id(), Map.entry(f.name(), f.href(path)))).toList())
                .orElse(List.of());
    }

    public Actor actor() {
        return CurrentActor.get().orElse(null);
    }

    public Map<String, List<NavItem>> groups() {
        return CurrentActor.get().map(navigation::groupsFor).orElse(null);
    }
}
