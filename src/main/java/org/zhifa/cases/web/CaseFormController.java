package org.zhifa.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.internal.CaseRegistration;
import org.zhifa.cases.internal.FieldPenalty;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.DataScope;
import org.zhifa.personnel.OfficerDirectory;

/** 案源登记 (ordinary) and the phone-friendly 当场处罚 field form (simplified). */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasRole('OFFICER')")
class CaseFormController {

    private final CaseRegistration registration;
    private final FieldPenalty field;
    private final OfficerDirectory officers;
    private final DataScope scope;
    private final Clock clock;

    CaseFormController(CaseRegistration registration, FieldPenalty field, OfficerDirectory officers, DataScope scope,
            Clock clock) {
        this.registration = registration;
        this.field = field;
        this.officers = officers;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newCase(Model model) {
        DraftForm f = new DraftForm();
        f.setActDate(LocalDate.now(clock));
        f.setDiscoveredOn(f.getActDate());
        return form(model, f, "cases/new");
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") DraftForm form, Model model) {
        try {
            long id = registration.register(form.toDraft(), CurrentActor.require()).id();
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
            model.addAttribute("error", e.getMessage());
        } catch (RuleViolationException e) {
            model.addAttribute("error", e.getMessage());
        }
        return form(model, form, "cases/new");
    }

    @GetMapping("/field")
    String fieldForm(Model model) {
        DraftForm f = new DraftForm();
        f.setActDate(LocalDate.now(clock));
        return form(model, f, "cases/field");
    }

    @PostMapping("/field")
    String fieldDecide(@ModelAttribute("form") DraftForm form, Model model) {
        try {
            form.setDiscoveredOn(form.getActDate());
            long id = field.decide(form.toDraft(), CurrentActor.require()).id();
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.fieldErrors());
            model.addAttribute("error", e.getMessage());
        } catch (RuleViolationException e) {
            model.addAttribute("error", e.getMessage());
        }
        return form(model, form, "cases/field");
    }

    private String form(Model model, DraftForm f, String view) {
        var actor = CurrentActor.require();
        model.addAttribute("form", f);
        model.addAttribute("sources", CaseSource.values());
        model.addAttribute("officers", officers.inPost(scope.visibleUnitIds(actor), true));
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", java.util.Map.of());
        }
        return view;
    }
}
