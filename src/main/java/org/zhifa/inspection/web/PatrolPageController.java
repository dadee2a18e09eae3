package org.zhifa.inspection.web;

import java.io.IOException;
import java.time.Clock;
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
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.OrgUnits;
import org.zhifa.inspection.internal.InspectionAccess;
import org.zhifa.inspection.internal.InspectorDirectory;
import org.zhifa.inspection.internal.Patrol;
import org.zhifa.inspection.internal.PatrolJournal;
import org.zhifa.inspection.internal.PatrolLogs;
import org.zhifa.inspection.internal.PatrolSchedules;
import org.zhifa.inspection.internal.RoadSegments;
import org.zhifa.inspection.internal.Upload;

/** Pages of patrols: the ledger, the phone forms of a patrol and its findings, schedules and the daily journal. */
@Controller
class PatrolPageController {

    private final PatrolLogs logs;
    private final PatrolSchedules schedules;
    private final PatrolJournal journal;
    private final RoadSegments segments;
    private final InspectorDirectory inspectors;
    private final InspectionAccess access;
    private final OrgUnits units;
    private final Clock clock;

    PatrolPageController(PatrolLogs logs, PatrolSchedules schedules, PatrolJournal journal, RoadSegments segments,
            InspectorDirectory inspectors, InspectionAccess access, OrgUnits units, Clock clock) {
        this.logs = logs;
        this.schedules = schedules;
        this.journal = journal;
        this.segments = segments;
        this.inspectors = inspectors;
        this.access = access;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/patrol")
    String ledger(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String road, @RequestParam(required = false) String cursor, Model model) {
        Actor actor = CurrentActor.require();
        var filter = new PatrolLogs.Filter(from, to, road, null);
        model.addAttribute("slice", logs.list(filter, cursor, 20, actor));
        model.addAttribute("filter", filter);
        String base = UriComponentsBuilder.fromPath("/patrol").queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("road", Optional.ofNullable(road).filter(x -> !x.isBlank())).encode().build()
                .toUriString();
        model.addAttribute("base", base);
        model.addAttribute("exportUrl", base.replace("/patrol", "/api/patrol/logs/export.xlsx"));
        model.addAttribute("isOfficer", actor.hasRole("OFFICER"));
        return "inspection/patrols";
    }

    @GetMapping("/patrol/new")
    String newPatrol(Model model) {
        return form(Map.of(), model);
    }

    /** The form's model: {@code v} holds the values as typed (shown again after bad input), errors set by the caller. */
    private String form(Map<String, String> v, Model model) {
        Actor actor = CurrentActor.require();
        access.requireRole(actor, "OFFICER");
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("v", v);
        if (!model.containsAttribute(FormErrors.ATTRIBUTE)) {
            FormErrors.none(model);
        }
        model.addAttribute("todaySchedules", schedules.on(actor.unitId(), today));
        model.addAttribute("segments", segments.list(null, actor).stream().filter(s -> s.active()).toList());
        model.addAttribute("officers", inspectors.list(null, null, actor).stream().filter(i -> i.active() && !i.auxiliary()).toList());
        model.addAttribute("auxiliaries", inspectors.list(null, null, actor).stream().filter(i -> i.active() && i.auxiliary()).toList());
        return "inspection/patrol-form";
    }

    @PostMapping("/patrol")
    String record(@ModelAttribute PatrolForm form, BindingResult binding, @RequestParam Map<String, String> typed,
            Model model, RedirectAttributes redirect) {
        if (FormErrors.reject(binding, model)) {
            return form(typed, model);
        }
        try {
            Patrol saved = logs.record(form.input(), CurrentActor.require());
            redirect.addFlashAttribute("message", "巡查日志已保存；如有发现，请在下方登记");
            return "redirect:/patrol/" + saved.id();
        } catch (InvalidInputException e) {
            FormErrors.put(model, e);
            return form(typed, model);
        } catch (RuleViolationException e) {
            FormErrors.put(model, Map.of("_", e.getMessage()));
            return form(typed, model);
        }
    }

    @GetMapping("/patrol/{id}")
    String patrol(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        Patrol p = logs.find(id, actor);
        model.addAttribute("p", p);
        model.addAttribute("findings", logs.findings(id));
        model.addAttribute("units", units.all());
        model.addAttribute("isOfficer", actor.hasRole("OFFICER"));
        return "inspection/patrol";
    }

    @PostMapping("/patrol/{id}/findings")
    String addFinding(@PathVariable long id, @ModelAttribute FindingForm form, BindingResult binding,
            @RequestParam(required = false) List<MultipartFile> files, RedirectAttributes redirect) throws IOException {
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/patrol/" + id;
        }
        try {
            List<Upload> uploads = new ArrayList<>();
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (f != null && !f.isEmpty()) {
                    uploads.add(new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                }
            }
            logs.addFinding(id, form.input(), uploads, CurrentActor.require());
            redirect.addFlashAttribute("message", "已登记巡查发现");
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/patrol/" + id;
    }

    @PostMapping("/patrol/findings/{id}/case-source")
    String caseSource(@PathVariable long id, @RequestParam(required = false) String violationCode,
            @RequestParam(required = false) String facts, RedirectAttributes redirect) {
        Patrol.Finding f = logs.finding(id);
        try {
            var done = logs.toCaseSource(id, violationCode, facts, CurrentActor.require());
            redirect.addFlashAttribute("message", "已转为案源 " + done.caseId() + "（" + done.jurisdictionUnitName() + "）");
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/patrol/" + f.patrolId();
    }

    @GetMapping("/patrol/schedules")
    String schedules(@RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        var result = Pages.of(schedules.list(actor), page);
        model.addAttribute("schedules", result.items());
        model.addAttribute("result", result);
        model.addAttribute("base", "/patrol/schedules");
        model.addAttribute("segments", segments.list(null, actor).stream().filter(s -> s.active()).toList());
        model.addAttribute("isHead", actor.hasRole("UNIT_HEAD"));
        model.addAttribute("today", LocalDate.now(clock));
        return "inspection/schedules";
    }

    @PostMapping("/patrol/schedules")
    String addSchedule(@RequestParam(required = false) Long segmentId,
            @RequestParam(required = false) List<Integer> weekdays, @RequestParam(required = false) String shift,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            schedules.add(new PatrolSchedules.Input(segmentId, weekdays, shift, validFrom, validTo, note),
                    CurrentActor.require());
            redirect.addFlashAttribute("message", "已登记巡查计划");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/patrol/schedules";
    }

    @PostMapping("/patrol/schedules/{id}/deactivate")
    String deactivateSchedule(@PathVariable long id, RedirectAttributes redirect) {
        schedules.deactivate(id, CurrentActor.require());
        redirect.addFlashAttribute("message", "已停用");
        return "redirect:/patrol/schedules";
    }

    @GetMapping("/patrol/journal")
    String journal(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        Actor actor = CurrentActor.require();
        long unit = unitId == null ? actor.unitId() : unitId;
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("journal", journal.of(unit, day, actor));
        model.addAttribute("units", units.all().stream().filter(u -> access.canSee(actor, u.id())).toList());
        return "inspection/journal";
    }

}
