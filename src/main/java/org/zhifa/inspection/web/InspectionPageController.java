package org.zhifa.inspection.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.zhifa.cases.InspectionCaseIntake;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.inspection.InspectionOutcome;
import org.zhifa.inspection.internal.Inspection;
import org.zhifa.inspection.internal.InspectionAccess;
import org.zhifa.inspection.internal.InspectionInput;
import org.zhifa.inspection.internal.InspectionQueries;
import org.zhifa.inspection.internal.InspectionRecords;
import org.zhifa.inspection.internal.InspectorDirectory;
import org.zhifa.inspection.internal.ResultPublications;
import org.zhifa.inspection.internal.SpotCheckItems;
import org.zhifa.inspection.internal.TargetDirectory;
import org.zhifa.inspection.internal.Upload;

/**
 * The phone form of an inspection (a drawn task, a follow-up, or another inspection), the record page with its
 * documents, case and follow-up, the ledger and the publication board.
 */
@Controller
class InspectionPageController {

    private final InspectionRecords records;
    private final InspectionQueries queries;
    private final InspectorDirectory inspectors;
    private final SpotCheckItems items;
    private final ResultPublications publications;
    private final InspectionAccess access;
    private final InspectionCaseIntake cases;
    private final TargetDirectory targets;

    InspectionPageController(InspectionRecords records, InspectionQueries queries, InspectorDirectory inspectors,
            SpotCheckItems items, ResultPublications publications, InspectionAccess access,
            InspectionCaseIntake cases, TargetDirectory targets) {
        this.targets = targets;
        this.records = records;
        this.queries = queries;
        this.inspectors = inspectors;
        this.items = items;
        this.publications = publications;
        this.access = access;
        this.cases = cases;
    }

    @GetMapping("/inspection/tasks/{id}/inspect")
    String taskForm(@PathVariable long id, Model model) {
        return form(InspectionForm.start(id, null, null, null), Map.of(), model);
    }

    @GetMapping("/inspection/records/new")
    String otherForm(@RequestParam(required = false) Long targetId, @RequestParam(required = false) List<Long> itemIds,
            Model model) {
        Actor actor = CurrentActor.require();
        access.requireRole(actor, "OFFICER");
        if (targetId == null) {
            throw new InvalidInputException("请先在检查对象名录中选择检查对象");
        }
        if (itemIds == null || itemIds.isEmpty()) {
            var t = targets.find(targetId, actor);
            model.addAttribute("target", t);
            model.addAttribute("items", items.published().stream().filter(i -> i.targetKind() == t.kind()).toList());
            return "inspection/choose-items";
        }
        return form(InspectionForm.start(null, targetId, itemIds, null), Map.of(), model);
    }

    @GetMapping("/inspection/records/{id}/follow-up")
    String followUpForm(@PathVariable long id, Model model) {
        return form(InspectionForm.start(null, null, null, id), Map.of(), model);
    }

    /** The form's model: {@code v} holds the values as typed (shown again after bad input), errors set by the caller. */
    private String form(InspectionInput in, Map<String, String> values, Model model) {
        Actor actor = CurrentActor.require();
        access.requireRole(actor, "OFFICER");
        var subject = records.subject(in, actor);
        model.addAttribute("subject", subject);
        model.addAttribute("in", in);
        model.addAttribute("v", values);
        if (!model.containsAttribute(FormErrors.ATTRIBUTE)) {
            FormErrors.none(model);
        }
        model.addAttribute("officers", inspectors.list(null, null, actor).stream()
                .filter(i -> i.active() && !i.auxiliary()).toList());
        model.addAttribute("auxiliaries", inspectors.list(null, null, actor).stream()
                .filter(i -> i.active() && i.auxiliary()).toList());
        model.addAttribute("outcomes", InspectionOutcome.values());
        return "inspection/inspect";
    }

    @PostMapping("/inspection/records")
    String record(@ModelAttribute InspectionForm form, BindingResult binding, @RequestParam Map<String, String> typed,
            @RequestParam(required = false) Long taskId, @RequestParam(required = false) Long targetId,
            @RequestParam(required = false) List<Long> itemIds, @RequestParam(required = false) Long followUpOf,
            @RequestParam(required = false) List<MultipartFile> files, Model model, RedirectAttributes redirect)
            throws IOException {
        Actor actor = CurrentActor.require();
        if (FormErrors.reject(binding, model)) {
            // the form is shown again for its subject (hidden fields) with what was typed
            return form(InspectionForm.start(taskId, targetId, itemIds, followUpOf), typed, model);
        }
        InspectionInput in = form.input();
        try {
            List<Upload> uploads = new ArrayList<>();
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (f != null && !f.isEmpty()) {
                    uploads.add(new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                }
            }
            Inspection i = records.record(in, uploads, actor);
            redirect.addFlashAttribute("message", "检查记录已保存，现场检查笔录已生成");
            return "redirect:/inspection/records/" + i.id();
        } catch (InvalidInputException e) {
            FormErrors.put(model, e);
            return form(in, typed, model);
        } catch (RuleViolationException e) {
            FormErrors.put(model, Map.of("_", e.getMessage()));
            return form(in, typed, model);
        }
    }

    @GetMapping("/inspection/records/{id}")
    String record(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        Inspection i = queries.find(id, actor);
        model.addAttribute("i", i);
        model.addAttribute("answers", queries.answers(id));
        model.addAttribute("evidence", queries.evidence(id));
        model.addAttribute("items", items.byIds(i.itemIds()));
        model.addAttribute("preview", i.published() ? i.publicSummary() : publications.publicText(i));
        model.addAttribute("caseId", cases.caseOf("INSPECTION:" + id).orElse(i.caseId()));
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD") && access.canSee(actor, i.unitId()));
        model.addAttribute("isOfficer", actor.hasRole("OFFICER"));
        return "inspection/record";
    }

    @PostMapping("/inspection/records/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            publications.publish(id, CurrentActor.require());
            redirect.addFlashAttribute("message", "检查结果已在公示网站公开");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/inspection/records/" + id;
    }

    @GetMapping("/inspection/records")
    String ledger(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q, @RequestParam(required = false) String cursor, Model model) {
        Actor actor = CurrentActor.require();
        var filter = new InspectionQueries.Filter(from, to, outcome, kind, q, null);
        model.addAttribute("slice", queries.list(filter, cursor, 20, actor));
        model.addAttribute("filter", filter);
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/inspection/records");
        b.queryParamIfPresent("from", Optional.ofNullable(from)).queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("outcome", Optional.ofNullable(outcome).filter(x -> !x.isBlank()))
                .queryParamIfPresent("kind", Optional.ofNullable(kind).filter(x -> !x.isBlank()))
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(x -> !x.isBlank()));
        String base = b.encode().build().toUriString();
        model.addAttribute("base", base);
        model.addAttribute("exportUrl", base.replace("/inspection/records", "/api/inspection/inspections/export.xlsx"));
        model.addAttribute("outcomes", InspectionOutcome.values());
        return "inspection/records";
    }

    @GetMapping("/inspection/publications")
    String publications(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("pending", publications.pending(actor));
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD"));
        return "inspection/publications";
    }
}
