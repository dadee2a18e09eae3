package org.zhifa.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.cases.internal.CaseWorkflow;
import org.zhifa.cases.internal.FieldCapture;
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
    private final FieldCapture capture;

    CaseFormController(CaseWorkflow workflow, OfficerDirectory officers, DataScope scope, Clock clock,
            FieldCapture capture) {
        this.capture = capture;
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

    /**
     * The field form, also sent by the browser from a draft kept while the network was lost: the draft's idempotency
     * key makes a second sending of the same draft lead to the case the first one made, never to a second case.
     */
    @PostMapping("/field")
    String fieldDecide(@RequestParam(required = false) String idempotencyKey, HttpServletRequest request, Model model) {
        UUID key = parseKey(idempotencyKey);
        if (key == null) {
            return submit(DecideOnTheSpot.TRANSITION.name(), "cases/field", request, model);
        }
        Optional<Long> sent = capture.claim(key, CurrentActor.require());
        if (sent.isPresent()) {
            return "redirect:/cases/" + sent.get();
        }
        String view = submit(DecideOnTheSpot.TRANSITION.name(), "cases/field", request, model);
        if (view.startsWith("redirect:/cases/")) {
            capture.settle(key, Long.parseLong(view.substring("redirect:/cases/".length())));
        } else {
            capture.release(key);
            model.addAttribute("idempotencyKey", key);
        }
        return view;
    }

    private static UUID parseKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(key.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("草稿编号格式不正确", Map.of("idempotencyKey", "草稿编号格式不正确"));
        }
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
        if (!model.containsAttribute("idempotencyKey")) {
            model.addAttribute("idempotencyKey", UUID.randomUUID());
        }
        if (error != null) {
            model.addAttribute("error", error);
        }
        return view;
    }
}
