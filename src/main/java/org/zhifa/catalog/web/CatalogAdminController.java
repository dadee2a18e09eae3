package org.zhifa.catalog.web;

import java.util.Arrays;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.catalog.ExemptionOutcome;
import org.zhifa.catalog.PartyType;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.internal.BenchmarkForm;
import org.zhifa.catalog.internal.CatalogAdministration;
import org.zhifa.catalog.internal.CatalogMaintainers;
import org.zhifa.catalog.internal.ExemptionForm;
import org.zhifa.catalog.internal.MatterForm;
import org.zhifa.catalog.internal.ViolationForm;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.CatalogStatus;
import org.zhifa.catalog.model.ChangeType;
import org.zhifa.catalog.model.MatterKind;
import org.zhifa.catalog.model.RangeKind;
import org.zhifa.catalog.store.ExemptionStore;
import org.zhifa.catalog.store.MatterStore;
import org.zhifa.catalog.store.ViolationStore;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.OrgUnits;

/**
 * Catalogue administration for the maintainers: UNIT_HEAD of a prefecture-level unit (see
 * {@link CatalogMaintainers}); the role check here, the unit check in {@link CatalogAdministration}.
 */
@Controller
@RequestMapping("/catalog/admin")
@PreAuthorize("hasRole('UNIT_HEAD')")
class CatalogAdminController {

    private final CatalogAdministration admin;
    private final CatalogMaintainers maintainers;
    private final MatterStore matters;
    private final ViolationStore violations;
    private final ExemptionStore exemptions;
    private final OrgUnits units;

    CatalogAdminController(CatalogAdministration admin, CatalogMaintainers maintainers, MatterStore matters,
            ViolationStore violations, ExemptionStore exemptions, OrgUnits units) {
        this.admin = admin;
        this.maintainers = maintainers;
        this.matters = matters;
        this.violations = violations;
        this.exemptions = exemptions;
        this.units = units;
    }

    @ModelAttribute
    void common(Model model) {
        maintainers.require(CurrentActor.require());
    }

    // ---- matters ----

    @GetMapping("/matters/new")
    String newMatter(Model model) {
        MatterForm f = new MatterForm();
        f.setChangeType(ChangeType.ESTABLISHED);
        return matterForm(model, f, null, Map.of());
    }

    @PostMapping("/matters/new")
    String createMatter(@ModelAttribute("form") MatterForm form, Model model, RedirectAttributes flash) {
        try {
            admin.createMatter(form, CurrentActor.require());
        } catch (InvalidInputException e) {
            return matterForm(model, form, null, e.fieldErrors());
        }
        flash.addFlashAttribute("message", "已新增执法事项 " + form.getCode());
        return "redirect:/catalog/matters";
    }

    @GetMapping("/matters/{id}")
    String editMatter(@PathVariable long id, Model model) {
        var m = matters.find(id).orElseThrow(() -> new NotFoundException("执法事项不存在"));
        return matterForm(model, MatterForm.of(m), id, Map.of());
    }

    @PostMapping("/matters/{id}")
    String changeMatter(@PathVariable long id, @ModelAttribute("form") MatterForm form, Model model,
            RedirectAttributes flash) {
        try {
            admin.changeMatter(id, form, CurrentActor.require());
        } catch (InvalidInputException e) {
            return matterForm(model, form, id, e.fieldErrors());
        }
        flash.addFlashAttribute("message", "已记录执法事项变更");
        return "redirect:/catalog/matters";
    }

    private String matterForm(Model model, MatterForm form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MatterKind.values());
        model.addAttribute("changeTypes", id == null ? new ChangeType[] {ChangeType.ESTABLISHED}
                : Arrays.stream(ChangeType.values()).filter(t -> t != ChangeType.ESTABLISHED).toArray());
        model.addAttribute("units", units.tree());
        model.addAttribute("changes", id == null ? java.util.List.of() : matters.changes(id));
        return "catalog/admin/matter-form";
    }

    // ---- violations ----

    @GetMapping("/violations/new")
    String newViolation(Model model) {
        return violationForm(model, new ViolationForm(), null, Map.of());
    }

    @PostMapping("/violations/new")
    String createViolation(@ModelAttribute("form") ViolationForm form, Model model, RedirectAttributes flash) {
        try {
            admin.saveViolation(null, form, CurrentActor.require());
        } catch (InvalidInputException e) {
            return violationForm(model, form, null, e.fieldErrors());
        }
        flash.addFlashAttribute("message", "已新增违法行为");
        return "redirect:/catalog/violations/" + form.getCode().trim();
    }

    @GetMapping("/violations/{code}/edit")
    String editViolation(@PathVariable String code, Model model) {
        var v = violations.findByCode(code).orElseThrow(() -> new NotFoundException("违法行为不存在：" + code));
        return violationForm(model, ViolationForm.of(v), code, Map.of());
    }

    @PostMapping("/violations/{code}/edit")
    String saveViolation(@PathVariable String code, @ModelAttribute("form") ViolationForm form, Model model,
            RedirectAttributes flash) {
        try {
            admin.saveViolation(code, form, CurrentActor.require());
        } catch (InvalidInputException e) {
            return violationForm(model, form, code, e.fieldErrors());
        }
        flash.addFlashAttribute("message", "已保存");
        return "redirect:/catalog/violations/" + code;
    }

    private String violationForm(Model model, ViolationForm form, String code, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        model.addAttribute("matters", matters.all());
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        model.addAttribute("partyTypes", PartyType.values());
        model.addAttribute("rangeKinds", RangeKind.values());
        model.addAttribute("statuses", CatalogStatus.values());
        return "catalog/admin/violation-form";
    }

    // ---- benchmark versions ----

    @PostMapping("/violations/{code}/benchmarks")
    String newVersion(@PathVariable String code) {
        long id = admin.newBenchmarkVersion(code, CurrentActor.require());
        return "redirect:/catalog/admin/benchmarks/" + id;
    }

    @GetMapping("/benchmarks/{id}")
    String editVersion(@PathVariable long id, Model model) {
        BenchmarkVersion v = admin.draft(id);
        return versionForm(model, v, BenchmarkForm.of(v), Map.of(), null);
    }

    @PostMapping("/benchmarks/{id}")
    String saveVersion(@PathVariable long id, @ModelAttribute("form") BenchmarkForm form, Model model,
            RedirectAttributes flash) {
        BenchmarkVersion v = admin.draft(id);
        try {
            admin.saveDraft(id, form, CurrentActor.require());
        } catch (InvalidInputException e) {
            return versionForm(model, v, form, e.fieldErrors(), e.getMessage());
        } catch (RuleViolationException e) {
            return versionForm(model, v, form, Map.of(), e.rejection().text());
        }
        flash.addFlashAttribute("message", "草稿已保存");
        return "redirect:/catalog/admin/benchmarks/" + id;
    }

    @PostMapping("/benchmarks/{id}/publish")
    String publish(@PathVariable long id, Model model, RedirectAttributes flash) {
        BenchmarkVersion v = admin.draft(id);
        try {
            admin.publish(id, CurrentActor.require());
        } catch (RuleViolationException e) {
            return versionForm(model, v, BenchmarkForm.of(v), Map.of(), e.rejection().text());
        }
        String code = violations.findById(v.violationId()).orElseThrow().code();
        flash.addFlashAttribute("message", "第" + v.versionNo() + "版已公布");
        return "redirect:/catalog/violations/" + code;
    }

    @PostMapping("/benchmarks/{id}/delete")
    String deleteDraft(@PathVariable long id) {
        String code = admin.deleteDraft(id, CurrentActor.require());
        return "redirect:/catalog/violations/" + code;
    }

    private String versionForm(Model model, BenchmarkVersion v, BenchmarkForm form, Map<String, String> errors,
            String error) {
        model.addAttribute("version", v);
        model.addAttribute("violation", violations.findById(v.violationId()).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        return "catalog/admin/benchmark-form";
    }

    // ---- exemption items ----

    @GetMapping("/exemptions/new")
    String newExemption(Model model) {
        return exemptionForm(model, new ExemptionForm(), null, Map.of());
    }

    @PostMapping("/exemptions/new")
    String createExemption(@ModelAttribute("form") ExemptionForm form, Model model, RedirectAttributes flash) {
        try {
            admin.saveExemption(null, form, CurrentActor.require());
        } catch (InvalidInputException e) {
            return exemptionForm(model, form, null, e.fieldErrors());
        }
        flash.addFlashAttribute("message", "已新增免罚清单事项");
        return "redirect:/catalog/exemptions";
    }

    @GetMapping("/exemptions/{id}")
    String editExemption(@PathVariable long id, Model model) {
        var item = exemptions.find(id).orElseThrow(() -> new NotFoundException("免罚清单事项不存在"));
        return exemptionForm(model, ExemptionForm.of(item), id, Map.of());
    }

    @PostMapping("/exemptions/{id}")
    String saveExemption(@PathVariable long id, @ModelAttribute("form") ExemptionForm form, Model model,
            RedirectAttributes flash) {
        try {
            admin.saveExemption(id, form, CurrentActor.require());
        } catch (InvalidInputException e) {
            return exemptionForm(model, form, id, e.fieldErrors());
        }
        flash.addFlashAttribute("message", "已保存免罚清单事项");
        return "redirect:/catalog/exemptions";
    }

    private String exemptionForm(Model model, ExemptionForm form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", new ExemptionOutcome[] {ExemptionOutcome.MAY_WAIVE, ExemptionOutcome.MUST_NOT_PENALISE});
        return "catalog/admin/exemption-form";
    }
}
