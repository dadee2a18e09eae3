package org.zhifa.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhifa.common.CurrentActor;

/** The home page: who is logged in, their unit and roles, and what they can open. */
@Controller
class HomeController {

    private final NavigationAdvice navigation;

    HomeController(NavigationAdvice navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/")
    String home(Model model) {
        var actor = CurrentActor.require();
        model.addAttribute("roleLabels", RoleLabels.of(actor.roleCodes()));
        model.addAttribute("groups", navigation.groupsFor(actor));
        return "workbench/home";
    }
}
