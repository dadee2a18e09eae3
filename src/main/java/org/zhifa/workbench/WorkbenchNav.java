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

    WorkbenchNav(NavigationAdvice navigation) {
        this.navigation = navigation;
    }

    public Actor actor() {
        return CurrentActor.get().orElse(null);
    }

    public Map<String, List<NavItem>> groups() {
        return CurrentActor.get().map(navigation::groupsFor).orElse(null);
    }
}
