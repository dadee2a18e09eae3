package org.zhifa.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhifa.cases.internal.CaseWorkflow;
import org.zhifa.cases.steps.CaseStep;
import org.zhifa.cases.steps.DecideOnTheSpot;
import org.zhifa.cases.steps.Register;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.DataScope;
import org.zhifa.personnel.OfficerDirectory;

/** 案源登记 (ordinary) and the phone-friendly 当场处罚 form (simplified): the opening steps' own input records. */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasRole('OFFICER')")
class CaseFormController {

    private final CaseWorkflow workflow;
    private final OfficerDirectory officers;
    private final DataScope scope;
    private final Clock clock;

    CaseFormController(CaseWorkflow workflow, OfficerDirectory officers, DataScope scope, Clock clock) {
        this.workflow = workflow;
        this.officers = officers;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newCase(Model model) {
        return form(model, Register.TRANSITION.name(), "cases/new", Map.of(), Map.of(), null);
    }

    @PostMapping("/new")
    String create(HttpServletRequest request, Model model) {
        return submit(Register.TRANSITION.name(), "cases/new", request, model);
    }

    @GetMapping("/field")
    String fieldForm(Model model) {
        return form(model, DecideOnTheSpot.TRANSITION.name(), "cases/field", Map.of(), Map.of(), null);
    }

    @PostMapping("/field")
    String fieldDecide(HttpServletRequest request, Model model) {
        return submit(DecideOnTheSpot.TRANSITION.name(), "cases/field", request, model);
    }

    private String submit(String name, String view, HttpServletRequest request, Model model) {
        CaseStep<?> step = workflow.step(name);
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> values.put(k, String.join(",", v)));
        try {
            long id = workflow.open(step, StepForms.bind(step.inputType(), request.getParameterMap()),
                    CurrentActor.require()).caseId();
            return "redirect:/cases/" + id;
        } catch (InvalidInputException e) {
            return form(model, name, view, values, e.fieldErrors(), e.getMessage());
        } catch (RuleViolationException | AccessRefusedException e) {
            return form(model, name, view, values, Map.of(), e.getMessage());
        }
    }

    private String form(Model model, String name, String view, Map<String, String> values, Map<String, String> errors,
            String error) {
        var actor = CurrentActor.require();
        CaseStep<?> step = workflow.step(name);
        model.addAttribute("step", name);
        model.addAttribute("fields", StepForms.fields(step.inputType(), FormOptions.forOpening(actor, officers, scope)));
        model.addAttribute("values", values);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        if (error != null) {
            model.addAttribute("error", error);
        }
        return view;
    }
}
