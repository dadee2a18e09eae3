package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.catalog.MatterCatalog;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.common.Uploaded;
import org.zhifa.identity.OrgUnits;
import org.zhifa.inspection.InspectionProperties;
import org.zhifa.inspection.TargetKind;
import org.zhifa.inspection.internal.InspectionAccess;
import org.zhifa.inspection.internal.InspectorDirectory;
import org.zhifa.inspection.internal.ItemInput;
import org.zhifa.inspection.internal.RoadSegments;
import org.zhifa.inspection.internal.SpotCheckItem;
import org.zhifa.inspection.internal.SpotCheckItems;
import org.zhifa.inspection.internal.StakeNumber;
import org.zhifa.inspection.internal.Target;
import org.zhifa.inspection.internal.TargetDirectory;
import org.zhifa.inspection.internal.TargetImport;
import org.zhifa.inspection.internal.TargetInput;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.OfficerDirectory;

/** Pages of the directories: objects (with import, export and history), items, inspectors and road segments. */
@Controller
class DirectoryPageController {

    private final TargetDirectory targets;
    private final TargetImport sheets;
    private final SpotCheckItems items;
    private final InspectorDirectory inspectors;
    private final RoadSegments segments;
    private final InspectionAccess access;
    private final InspectionProperties settings;
    private final MatterCatalog matters;
    private final OrgUnits units;
    private final OfficerDirectory officers;
    private final Clock clock;

    DirectoryPageController(TargetDirectory targets, TargetImport sheets, SpotCheckItems items,
            InspectorDirectory inspectors, RoadSegments segments, InspectionAccess access,
            InspectionProperties settings, MatterCatalog matters, OrgUnits units, OfficerDirectory officers,
            Clock clock) {
        this.targets = targets;
        this.sheets = sheets;
        this.items = items;
        this.inspectors = inspectors;
        this.segments = segments;
        this.access = access;
        this.settings = settings;
        this.matters = matters;
        this.units = units;
        this.officers = officers;
        this.clock = clock;
    }

    // —— objects ——

    @GetMapping("/inspection/targets")
    String targets(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String creditClass, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        var filter = new TargetDirectory.Filter(q, kind, creditClass, unitId, active);
        model.addAttribute("result", targets.search(filter, page, 20, actor));
        model.addAttribute("filter", filter);
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/inspection/targets");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("kind", kind);
        params.put("creditClass", creditClass);
        params.put("unitId", unitId);
        params.put("active", active);
        params.forEach((k, v) -> b.queryParamIfPresent(k, Optional.ofNullable(v).filter(x -> !x.toString().isBlank())));
        String base = b.encode().build().toUriString();
        model.addAttribute("base", base);
        model.addAttribute("exportUrl", base.replace("/inspection/targets", "/api/inspection/targets/export.xlsx"));
        common(model, actor);
        return "inspection/targets";
    }

    private void common(Model model, Actor actor) {
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("classes", settings.creditClasses());
        model.addAttribute("units", units.all().stream().filter(u -> access.canSee(actor, u.id())).toList());
        model.addAttribute("canEdit", actor.hasRole("OFFICER") || actor.hasRole("UNIT_HEAD"));
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD"));
        // the inspection record form is the officers' (InspectionPageController requires OFFICER)
        model.addAttribute("canInspect", actor.hasRole("OFFICER"));
    }

    @GetMapping("/inspection/targets/new")
    String newTarget(Model model) {
        Actor actor = CurrentActor.require();
        access.requireRole(actor, InspectionAccess.RECORDERS);
        model.addAttribute("form", new TargetInput(actor.unitId(), null, null, null, null, null, null, null, null, null));
        FormErrors.none(model);
        common(model, actor);
        return "inspection/target-form";
    }

    @PostMapping("/inspection/targets")
    String create(@ModelAttribute("form") TargetInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        if (FormErrors.reject(binding, model)) {
            common(model, actor);
            return "inspection/target-form";
        }
        try {
            Target t = targets.create(form, actor);
            redirect.addFlashAttribute("message", "已登记检查对象：" + t.name());
            return "redirect:/inspection/targets/" + t.id();
        } catch (InvalidInputException e) {
            FormErrors.put(model, e);
            common(model, actor);
            return "inspection/target-form";
        }
    }

    @GetMapping("/inspection/targets/{id}")
    String target(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        Target t = targets.find(id, actor);
        model.addAttribute("target", t);
        model.addAttribute("form", new TargetInput(t.unitId(), t.kind().name(), t.name(), t.creditCode(),
                t.plateNumber(), t.naturalPerson(), t.address(), t.creditClass(), t.version(), null));
        model.addAttribute("history", targets.history(id, actor));
        model.addAttribute("relations", inspectors.relations(List.of(id), null));
        model.addAttribute("inspectors", inspectors.list(null, null, actor));
        model.addAttribute("today", LocalDate.now(clock));
        FormErrors.none(model);
        common(model, actor);
        return "inspection/target";
    }

    @PostMapping("/inspection/targets/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") TargetInput form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        if (FormErrors.reject(binding, model)) {
            return targetPage(id, model, actor);
        }
        try {
            targets.update(id, form, actor);
            redirect.addFlashAttribute("message", "已保存修改");
            return "redirect:/inspection/targets/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(model, e);
            return targetPage(id, model, actor);
        }
    }

    /** The object's page around a form that is shown again. */
    private String targetPage(long id, Model model, Actor actor) {
        Target t = targets.find(id, actor);
        model.addAttribute("target", t);
        model.addAttribute("history", targets.history(id, actor));
        model.addAttribute("relations", inspectors.relations(List.of(id), null));
        model.addAttribute("inspectors", inspectors.list(null, null, actor));
        model.addAttribute("today", LocalDate.now(clock));
        common(model, actor);
        return "inspection/target";
    }

    @PostMapping("/inspection/targets/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            targets.setActive(id, active, reason, CurrentActor.require());
            redirect.addFlashAttribute("message", active ? "已恢复" : "已停用");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/targets/" + id;
    }

    @PostMapping("/inspection/targets/{id}/relations")
    String declare(@PathVariable long id, @Valid @ModelAttribute OfficerChoice.Relation form, BindingResult binding,
            RedirectAttributes redirect) {
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/inspection/targets/" + id;
        }
        try {
            inspectors.declare(form.officerId(), id, form.relation(), form.declaredOn(), CurrentActor.require(),
                    targets);
            redirect.addFlashAttribute("message", "已登记回避关系");
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/targets/" + id;
    }

    @PostMapping("/inspection/targets/import")
    String importSheet(@Uploaded @Parameter(description = "检查对象表（.xlsx）") @RequestParam(required = false)
            MultipartFile file, @RequestParam(defaultValue = "false") boolean validOnly, RedirectAttributes redirect)
            throws IOException {
        try {
            var r = sheets.run(file.getInputStream(), validOnly, CurrentActor.require());
            redirect.addFlashAttribute(r.errors().isEmpty() || r.saved() ? "message" : "error",
                    "共 " + r.rows() + " 行：新增 " + r.created() + "，更新 " + r.updated() + "，错误 " + r.errors().size()
                            + (r.errors().isEmpty() || validOnly ? "" : "（有错误，未导入任何行）"));
            redirect.addFlashAttribute("importErrors", r.errors());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/targets";
    }

    // —— spot-check items ——

    @GetMapping("/inspection/items")
    String items(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        var result = Pages.of(items.list(q, actor), page);
        model.addAttribute("items", result.items());
        model.addAttribute("result", result);
        model.addAttribute("base", Pages.base("/inspection/items", "q", q));
        model.addAttribute("q", q);
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD"));
        return "inspection/items";
    }

    @GetMapping("/inspection/items/new")
    String newItem(Model model) {
        Actor actor = CurrentActor.require();
        access.requireRole(actor, InspectionAccess.HEADS);
        itemForm(model, null, Map.of());
        return "inspection/item-form";
    }

    /** The form's model: {@code v} holds the values as typed (shown again after bad input), errors set by the caller. */
    private void itemForm(Model model, SpotCheckItem item, Map<String, String> values) {
        model.addAttribute("item", item);
        model.addAttribute("v", values);
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("categories", EnforcementCategory.values());
        model.addAttribute("matters", matters.inForce().stream().filter(MatterCatalog.MatterSummary::inspection).toList());
        if (!model.containsAttribute(FormErrors.ATTRIBUTE)) {
            FormErrors.none(model);
        }
    }

    /** The checklist textarea: one line per item, "检查内容 | 依据条款". */
    static List<ItemInput.Line> lines(String text) {
        List<ItemInput.Line> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String raw : text.split("\\R")) {
            if (raw.isBlank()) {
                continue;
            }
            String[] parts = raw.split("[|｜]", 2);
            out.add(new ItemInput.Line(parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""));
        }
        return out;
    }

    static String text(List<SpotCheckItem.ChecklistLine> lines) {
        return String.join("\n", lines.stream().map(l -> l.text() + " | " + l.article()).toList());
    }

    @PostMapping({"/inspection/items", "/inspection/items/{id}"})
    String saveItem(@PathVariable(required = false) Long id, @ModelAttribute ItemForm form, BindingResult binding,
            @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        if (FormErrors.reject(binding, model)) {
            itemForm(model, id == null ? null : items.find(id, actor), typed);
            return "inspection/item-form";
        }
        try {
            SpotCheckItem saved = id == null ? items.create(form.input(), actor) : items.update(id, form.input(), actor);
            redirect.addFlashAttribute("message", "已保存抽查事项");
            return "redirect:/inspection/items/" + saved.id();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>(e.fieldErrors());
            // a line of the checklist is shown beside the one textarea
            errors.keySet().stream().filter(k -> k.startsWith("checklist[")).findFirst()
                    .ifPresent(k -> errors.putIfAbsent("checklist", errors.get(k)));
            if (errors.isEmpty()) {
                errors.put("_", e.getMessage());
            }
            FormErrors.put(model, errors);
            itemForm(model, id == null ? null : items.find(id, actor), typed);
            return "inspection/item-form";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/inspection/items" + (id == null ? "" : "/" + id);
        }
    }

    @GetMapping("/inspection/items/{id}")
    String item(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        SpotCheckItem item = items.find(id, actor);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", item.code());
        v.put("name", item.name());
        v.put("matterCode", item.matterCode());
        v.put("targetKind", item.targetKind().name());
        v.put("method", item.method());
        v.put("basis", item.basis());
        v.put("category", item.category().name());
        v.put("keyItem", item.keyItem() ? "on" : "");
        v.put("checklist", text(item.checklist()));
        v.put("version", Integer.toString(item.version()));
        itemForm(model, item, v);
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD") && access.canSee(actor, item.unitId()));
        return "inspection/item";
    }

    @PostMapping("/inspection/items/{id}/publish")
    String publishItem(@PathVariable long id, RedirectAttributes redirect) {
        try {
            items.publish(id, CurrentActor.require());
            redirect.addFlashAttribute("message", "已公布，公众可在公示网站查看");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/items/" + id;
    }

    @PostMapping("/inspection/items/{id}/withdraw")
    String withdrawItem(@PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            items.withdraw(id, reason, CurrentActor.require());
            redirect.addFlashAttribute("message", "已撤回");
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/items/" + id;
    }

    // —— inspectors ——

    @GetMapping("/inspection/inspectors")
    String inspectors(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        var result = Pages.of(inspectors.list(unitId, q, actor), page);
        model.addAttribute("inspectors", result.items());
        model.addAttribute("result", result);
        model.addAttribute("base", Pages.base("/inspection/inspectors", "unitId", unitId == null ? null : unitId.toString(),
                "q", q));
        model.addAttribute("unitId", unitId);
        model.addAttribute("q", q);
        model.addAttribute("units", units.all().stream().filter(u -> access.canSee(actor, u.id())).toList());
        model.addAttribute("categories", EnforcementCategory.values());
        model.addAttribute("candidates", officers.inPost(access.visibleUnits(actor), true));
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD"));
        model.addAttribute("today", LocalDate.now(clock));
        return "inspection/inspectors";
    }

    @PostMapping("/inspection/inspectors")
    String addInspector(@Valid @ModelAttribute OfficerChoice.Inspector form, BindingResult binding,
            RedirectAttributes redirect) {
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/inspection/inspectors";
        }
        try {
            var i = inspectors.add(form.officerId(), form.categories(), form.note(), CurrentActor.require());
            redirect.addFlashAttribute("message", "已加入名录库：" + i.name());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/inspectors";
    }

    @PostMapping("/inspection/inspectors/{id}/active")
    String inspectorActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        inspectors.setActive(id, active, CurrentActor.require());
        redirect.addFlashAttribute("message", active ? "已恢复" : "已移出名录库");
        return "redirect:/inspection/inspectors";
    }

    // —— road segments ——

    @GetMapping("/inspection/segments")
    String segments(@RequestParam(required = false) String road, @RequestParam(required = false) String stake,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        var result = Pages.of(segments.list(road, actor), page);
        model.addAttribute("segments", result.items());
        model.addAttribute("result", result);
        model.addAttribute("base", Pages.base("/inspection/segments", "road", road));
        model.addAttribute("road", road);
        model.addAttribute("stake", stake);
        if (road != null && !road.isBlank() && stake != null && !stake.isBlank()) {
            String problem = StakeNumber.problem(stake);
            if (problem == null) {
                model.addAttribute("jurisdiction", segments.jurisdiction(road, StakeNumber.parse(stake).metres()));
            } else {
                model.addAttribute("error", problem);
            }
        }
        model.addAttribute("units", units.all().stream().filter(u -> access.canSee(actor, u.id())).toList());
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD"));
        return "inspection/segments";
    }

    @PostMapping("/inspection/segments")
    String addSegment(RoadSegments.Input in, RedirectAttributes redirect) {
        try {
            var s = segments.add(in, CurrentActor.require());
            redirect.addFlashAttribute("message", "已登记：" + s.label());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/segments";
    }

    @PostMapping("/inspection/segments/{id}/deactivate")
    String deactivateSegment(@PathVariable long id, RedirectAttributes redirect) {
        segments.deactivate(id, CurrentActor.require());
        redirect.addFlashAttribute("message", "已停用该路段");
        return "redirect:/inspection/segments";
    }
}
