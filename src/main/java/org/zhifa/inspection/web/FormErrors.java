package org.zhifa.inspection.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.zhifa.common.InvalidInputException;

/** Chinese messages beside the fields of a form page: from Bean Validation and from the services' checks. */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(),
                f.isBindingFailure() ? "格式不正确" : f.getDefaultMessage()));
        binding.getGlobalErrors().forEach(g -> errors.putIfAbsent("_", g.getDefaultMessage()));
        return errors;
    }

    static void put(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
    }

    static void put(Model model, InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>(e.fieldErrors());
        if (errors.isEmpty()) {
            errors.put("_", e.getMessage());
        }
        model.addAttribute("errors", errors);
    }
}
