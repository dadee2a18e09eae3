package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.identity.OrgUnits;
import org.zhifa.supervision.internal.Mediations;

/** Administrative mediation: the public list of mediable matters, cases, sessions, outcome. */
@Controller
@Tag(name = "行政调解", description = "可调解事项清单（公开）、调解案件、调解记录、协议或调解不成")
class MediationController {

    private final Mediations mediations;
    private final OrgUnits units;

    MediationController(Mediations mediations, OrgUnits units) {
        this.mediations = mediations;
        this.units = units;
    }

    @GetMapping("/api/public/mediation/matters")
    @ResponseBody
    @Operation(summary = "公开的可调解事项清单")
    List<Mediations.Matter> publicMatters() {
        return mediations.publishedMatters();
    }

    @GetMapping("/public/mediation")
    String publicPage(Model model) {
        model.addAttribute("matters", mediations.publishedMatters());
        return "supervision/public-mediation";
    }

    @PostMapping("/api/supervision/mediation/matters")
    @ResponseBody
    @PreAuthorize("hasRole('SUPERVISOR')")
    Mediations.Matter apiAddMatter(@RequestBody Mediations.MatterInput body) {
        return mediations.addMatter(CurrentActor.require(), body);
    }

    @PostMapping("/api/supervision/mediation/matters/{id}/withdraw")
    @ResponseBody
    @PreAuthorize("hasRole('SUPERVISOR')")
    Map<String, Object> apiWithdraw(@PathVariable long id) {
        mediations.withdrawMatter(CurrentActor.require(), id);
        return Map.of("withdrawn", id);
    }

    @GetMapping("/api/supervision/mediations")
    @ResponseBody
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    PageResult<Mediations.MediationCase> apiList(@RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return mediations.list(CurrentActor.require(), state(state), Math.max(0, page), PageResult.clampSize(size));
    }

    @PostMapping("/api/supervision/mediations")
    @ResponseBody
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    Mediations.MediationCase apiOpen(@RequestBody Mediations.CaseInput body) {
        return mediations.open(CurrentActor.require(), body);
    }

    @GetMapping("/api/supervision/mediations/{id}")
    @ResponseBody
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    Map<String, Object> apiFind(@PathVariable long id) {
        return Map.of("mediation", mediations.find(CurrentActor.require(), id), "sessions", mediations.sessions(id));
    }

    @PostMapping("/api/supervision/mediations/{id}/sessions")
    @ResponseBody
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    Mediations.Session apiSession(@PathVariable long id, @RequestBody Mediations.SessionInput body) {
        return mediations.addSession(CurrentActor.require(), id, body);
    }

    @PostMapping("/api/supervision/mediations/{id}/close")
    @ResponseBody
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    Mediations.MediationCase apiClose(@PathVariable long id, @RequestBody Mediations.Outcome body) {
        return mediations.close(CurrentActor.require(), id, body);
    }

    @GetMapping("/supervision/mediations")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    String list(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", mediations.list(CurrentActor.require(), state(state), Math.max(0, page), 20));
        model.addAttribute("matters", mediations.publishedMatters());
        model.addAttribute("units", units.all());
        model.addAttribute("base", "/supervision/mediations" + (state == null || state.isBlank() ? "" : "?state=" + state));
        return "supervision/mediations";
    }

    @PostMapping("/supervision/mediations")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    String open(@ModelAttribute MediationForms.Application form, BindingResult binding, RedirectAttributes redirect) {
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/supervision/mediations";
        }
        try {
            var c = mediations.open(CurrentActor.require(), form.input());
            return "redirect:/supervision/mediations/" + c.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/supervision/mediations";
        }
    }

    @GetMapping("/supervision/mediations/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("c", mediations.find(CurrentActor.require(), id));
        model.addAttribute("sessions", mediations.sessions(id));
        return "supervision/mediation";
    }

    @PostMapping("/supervision/mediations/{id}/sessions")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    String session(@PathVariable long id, @ModelAttribute MediationForms.Session form, BindingResult binding,
            RedirectAttributes redirect) {
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/supervision/mediations/" + id;
        }
        try {
            mediations.addSession(CurrentActor.require(), id, form.input());
            redirect.addFlashAttribute("message", "已记录调解");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/mediations/" + id;
    }

    @PostMapping("/supervision/mediations/{id}/close")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
    String close(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String agreement,
            @RequestParam(required = false) String failureReason, RedirectAttributes redirect) {
        try {
            var c = mediations.close(CurrentActor.require(), id,
                    new Mediations.Outcome(version, outcome, agreement, failureReason));
            redirect.addFlashAttribute("message", c.stateLabel());
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/mediations/" + id;
    }

    private static String state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        if (!List.of("OPEN", "AGREED", "FAILED").contains(state)) {
            throw new InvalidInputException("状态无效", Map.of("state", "状态无效"));
        }
        return state;
    }
}
