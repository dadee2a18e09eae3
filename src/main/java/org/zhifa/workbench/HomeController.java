package org.zhifa.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhifa.common.CurrentActor;

/** The home page: who is logged in, the work waiting for them (待办/已办/即将到期/已超期) and what they can open. */
@Controller
class HomeController {

    private final NavigationAdvice navigation;
    private final TodoList todos;
    private final java.util.List<org.zhifa.common.HomeNotices> notices;

    HomeController(NavigationAdvice navigation, TodoList todos, java.util.List<org.zhifa.common.HomeNotices> notices) {
        this.navigation = navigation;
        this.todos = todos;
        this.notices = notices;
    }

    @GetMapping("/")
    String home(Model model) {
        var actor = CurrentActor.require();
        model.addAttribute("roleLabels", RoleLabels.of(actor.roleCodes()));
        model.addAttribute("groups", navigation.groupsFor(actor));
        model.addAttribute("board", todos.of(actor));
        model.addAttribute("notices", notices.stream().flatMap(n -> n.noticesFor(actor).stream()).toList());
        return "workbench/home";
    }
}
