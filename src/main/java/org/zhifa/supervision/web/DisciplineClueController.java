package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.identity.OrgUnits;
import org.zhifa.supervision.internal.DisciplineClues;
import org.zhifa.supervision.internal.DisciplineClues.Clue;

/**
 * Clues to the discipline inspection commission: only holders of the explicit right see them (404 otherwise); the
 * security administrator grants and revokes the right.
 */
@Controller
@Tag(name = "纪检监察线索", description = "线索登记、审批、移送、回复；仅限被授予查阅权的监督人员和单位负责人")
class DisciplineClueController {

    private final DisciplineClues clues;
    private final OrgUnits units;

    DisciplineClueController(DisciplineClues clues, OrgUnits units) {
        this.clues = clues;
        this.units = units;
    }

    record ActionBody(Integer version, String transferNumber, String transferredTo, String reply) {
    }

    record GrantBody(String username, String reason) {
    }

    @GetMapping("/api/supervision/clues")
    @ResponseBody
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
    List<Clue> apiList() {
        return clues.list(CurrentActor.require());
    }

    @GetMapping("/api/supervision/clues/{id}")
    @ResponseBody
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
    Clue apiFind(@PathVariable long id) {
        return clues.find(CurrentActor.require(), id);
    }

    @PostMapping("/api/supervision/clues")
    @ResponseBody
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
    @Operation(summary = "登记线索")
    Clue apiRecord(@RequestBody DisciplineClues.Draft body) {
        return clues.record(CurrentActor.require(), body);
    }

    @PostMapping("/api/supervision/clues/{id}/{action}")
    @ResponseBody
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
    @Operation(summary = "审批（approve）、移送（transfer：transferNumber、transferredTo）、登记回复（reply）")
    Clue apiAct(@PathVariable long id, @PathVariable String action, @RequestBody ActionBody body) {
        return act(id, action, body);
    }

    private Clue act(long id, String action, ActionBody body) {
        var actor = CurrentActor.require();
        return switch (action) {
            case "approve" -> clues.approve(actor, id, body.version());
            case "transfer" -> clues.transfer(actor, id, body.version(), body.transferNumber(), body.transferredTo());
            case "reply" -> clues.reply(actor, id, body.version(), body.reply());
            default -> throw new org.zhifa.common.NotFoundException("未知操作");
        };
    }

    @GetMapping("/api/supervision/clue-rights")
    @ResponseBody
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    List<DisciplineClues.Holder> apiHolders() {
        return clues.holders();
    }

    @PostMapping("/api/supervision/clue-rights")
    @ResponseBody
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @Operation(summary = "授予纪检监察线索查阅权（安全管理员）")
    Map<String, Object> apiGrant(@RequestBody GrantBody body) {
        clues.grant(CurrentActor.require(), body.username(), body.reason());
        return Map.of("granted", body.username());
    }

    @PostMapping("/api/supervision/clue-rights/{userId}/revoke")
    @ResponseBody
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    Map<String, Object> apiRevoke(@PathVariable long userId, @RequestBody(required = false) GrantBody body) {
        clues.revoke(CurrentActor.require(), userId, body == null ? null : body.reason());
        return Map.of("revoked", userId);
    }

    // —— pages ——

    @GetMapping("/supervision/clues")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
    String list(Model model) {
        model.addAttribute("clues", clues.list(CurrentActor.require()));
        model.addAttribute("units", units.all());
        return "supervision/clues";
    }

    @PostMapping("/supervision/clues")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
    String record(@RequestParam(required = false) String officerName, @RequestParam(required = false) Long officerUnitId,
            @RequestParam(required = false) String facts, @RequestParam(required = false) String evidence,
            RedirectAttributes redirect) {
        try {
            Clue c = clues.record(CurrentActor.require(),
                    new DisciplineClues.Draft(officerName, officerUnitId, facts, evidence));
            return "redirect:/supervision/clues/" + c.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/supervision/clues";
        }
    }

    @GetMapping("/supervision/clues/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("c", clues.find(CurrentActor.require(), id));
        model.addAttribute("me", CurrentActor.require().userId());
        return "supervision/clue";
    }

    @PostMapping("/supervision/clues/{id}/{action}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
    String actPage(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String transferNumber, @RequestParam(required = false) String transferredTo,
            @RequestParam(required = false) String reply, RedirectAttributes redirect) {
        try {
            Clue c = act(id, action, new ActionBody(version, transferNumber, transferredTo, reply));
            redirect.addFlashAttribute("message", "已记录：" + c.stateLabel());
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/clues/" + id;
    }
}
