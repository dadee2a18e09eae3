package org.zhifa.supervision.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.supervision.internal.DisciplineClues;

/**
 * The security administrator's page for the discipline-clue right (纪检监察线索查阅权, 三员分立): who holds it, granting it
 * to a supervisor or unit head and revoking it, each with a reason and an explicit confirmation; every grant and
 * revocation is audited by {@link DisciplineClues}.
 */
@Controller
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class ClueRightPageController {

    private final DisciplineClues clues;

    ClueRightPageController(DisciplineClues clues) {
        this.clues = clues;
    }

    @GetMapping("/supervision/clue-rights")
    String page(Model model) {
        model.addAttribute("holders", clues.holders());
        return "supervision/clue-rights";
    }

    @PostMapping("/supervision/clue-rights")
    String grant(@RequestParam(required = false) String username, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirmed, RedirectAttributes redirect) {
        try {
            requireConfirmation(confirmed, "请勾选确认后再授予");
            clues.grant(CurrentActor.require(), username, reason);
            redirect.addFlashAttribute("message", "已授予 " + username.strip() + " 纪检监察线索查阅权");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/clue-rights";
    }

    @PostMapping("/supervision/clue-rights/{userId}/revoke")
    String revoke(@PathVariable long userId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirmed, RedirectAttributes redirect) {
        try {
            requireConfirmation(confirmed, "请勾选确认后再撤销");
            clues.revoke(CurrentActor.require(), userId, reason);
            redirect.addFlashAttribute("message", "已撤销纪检监察线索查阅权");
        } catch (InvalidInputException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/clue-rights";
    }

    private static void requireConfirmation(String confirmed, String message) {
        if (!"yes".equals(confirmed)) {
            throw new InvalidInputException(message, java.util.Map.of("confirmed", message));
        }
    }
}
