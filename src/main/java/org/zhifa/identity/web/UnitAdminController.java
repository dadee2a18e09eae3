package org.zhifa.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.validation.Valid;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.identity.OrgUnitContact;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.UnitAdministration;
import org.zhifa.identity.OrgUnitKind;
import org.zhifa.identity.OrgUnits;
import org.zhifa.identity.ZhifaPrincipal;

/** The unit tree, maintained by the system administrator. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UnitAdminController {

    private final UnitAdministration admin;
    private final OrgUnits units;

    UnitAdminController(UnitAdministration admin, OrgUnits units) {
        this.admin = admin;
        this.units = units;
    }

    @GetMapping("/admin/units")
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("tree", units.tree().stream()
                .filter(e -> q == null || q.isBlank() || e.getKey().name().contains(q.trim())
                        || e.getKey().shortName().contains(q.trim()))
                .toList());
        model.addAttribute("allUnits", units.tree());
        model.addAttribute("kinds", OrgUnitKind.values());
        model.addAttribute("q", q);
        return "identity/units";
    }

    @PostMapping("/admin/units")
    String create(@AuthenticationPrincipal ZhifaPrincipal user, @RequestParam(required = false) Long parentId,
            @RequestParam String code, @RequestParam String name, @RequestParam String shortName,
            @RequestParam(required = false) OrgUnitKind kind, @RequestParam(defaultValue = "false") boolean prefectureLevel,
            Model model, RedirectAttributes redirect) {
        try {
            admin.createUnit(user, parentId, code, name, shortName, kind, prefectureLevel);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.fieldErrors());
            return list(null, model);
        }
        redirect.addFlashAttribute("message", "已新增单位 " + name);
        return "redirect:/admin/units";
    }

    @PostMapping("/admin/units/{id}")
    String update(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id,
            @RequestParam(required = false) Long parentId, @RequestParam String name, @RequestParam String shortName,
            @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        try {
            admin.updateUnit(user, id, parentId, name, shortName, active);
            redirect.addFlashAttribute("message", "已保存");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", String.join("；", e.fieldErrors().values()));
        }
        return "redirect:/admin/units";
    }

    /** The unit's address and contact, printed at the foot of its 违法行为通知书 and 听证通知书. */
    @GetMapping("/admin/units/{id}/contact")
    String contact(@PathVariable long id, Model model) {
        OrgUnitView unit = units.require(id);
        model.addAttribute("form", unit.contact());
        FormErrors.none(model);
        return contactPage(unit, model);
    }

    @PostMapping("/admin/units/{id}/contact")
    String saveContact(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id,
            @Valid @ModelAttribute("form") OrgUnitContact form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrgUnitView unit = units.require(id);
        if (FormErrors.reject(binding, model)) {
            return contactPage(unit, model);
        }
        try {
            admin.updateContact(user, id, form);
        } catch (InvalidInputException e) {
            FormErrors.put(model, e);
            return contactPage(unit, model);
        }
        redirect.addFlashAttribute("message", "已保存 " + unit.name() + " 的联系信息");
        return "redirect:/admin/units";
    }

    private String contactPage(OrgUnitView unit, Model model) {
        model.addAttribute("unit", unit);
        return "identity/unit-contact";
    }
}
