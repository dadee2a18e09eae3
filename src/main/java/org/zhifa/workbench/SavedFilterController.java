package org.zhifa.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;

/** Saves and deletes the current user's filters of a list page (the bar above every list with a search form). */
@Controller
class SavedFilterController {

    private final SavedFilters filters;

    SavedFilterController(SavedFilters filters) {
        this.filters = filters;
    }

    @PostMapping("/filters")
    String save(@RequestParam(required = false) String path, @RequestParam(required = false) String name,
            @RequestParam(required = false) String query, RedirectAttributes redirect) {
        String back = path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
        try {
            filters.save(CurrentActor.require(), path, name, query);
            redirect.addFlashAttribute("message", "已保存筛选“" + name.strip() + "”");
            return "redirect:" + back + (query == null || query.isBlank() ? "" : "?" + query.replaceFirst("^\\?", ""));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:" + back;
        }
    }

    @PostMapping("/filters/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        String path = filters.delete(CurrentActor.require(), id);
        redirect.addFlashAttribute("message", "已删除该筛选");
        return "redirect:" + path;
    }
}
