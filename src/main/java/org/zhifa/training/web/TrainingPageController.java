package org.zhifa.training.web;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.common.Uploaded;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerView;
import org.zhifa.training.TrainingCategory;
import org.zhifa.training.TrainingFormat;
import org.zhifa.training.internal.CampaignService;
import org.zhifa.training.internal.FitnessKind;
import org.zhifa.training.internal.PlanService;
import org.zhifa.training.internal.RecordService;
import org.zhifa.training.internal.SessionForm;
import org.zhifa.training.internal.SessionService;
import org.zhifa.training.internal.TrainingAccess;
import org.zhifa.training.internal.TrainingSession;

/** Training pages for unit heads (edit) and the supervision bureau (read): sessions, plans, rotations, records. */
@Controller
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
class TrainingPageController {

    private final SessionService sessions;
    private final PlanService plans;
    private final CampaignService campaigns;
    private final RecordService records;
    private final TrainingAccess access;
    private final OfficerDirectory directory;
    private final OrgUnits units;
    private final org.zhifa.training.internal.ExamImport examImport;
    private final Clock clock;

    TrainingPageController(SessionService sessions, PlanService plans, CampaignService campaigns,
            RecordService records, TrainingAccess access, OfficerDirectory directory, OrgUnits units,
            org.zhifa.training.internal.ExamImport examImport, Clock clock) {
        this.examImport = examImport;
        this.sessions = sessions;
        this.plans = plans;
        this.campaigns = campaigns;
        this.records = records;
        this.access = access;
        this.directory = directory;
        this.units = units;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("trainingCategories", TrainingCategory.values());
        model.addAttribute("trainingFormats", TrainingFormat.values());
        model.addAttribute("fitnessKinds", FitnessKind.values());
    }

    private List<Map.Entry<org.zhifa.identity.OrgUnitView, Integer>> tree(Actor actor, boolean editableOnly) {
        return units.tree().stream().filter(e -> editableOnly ? access.edits(actor, e.getKey().id())
                : access.units(actor).contains(e.getKey().id())).toList();
    }

    private Map<Long, String> names(Actor actor) {
        return directory.inPost(access.unitsUnder(actor, null), true).stream()
                .collect(Collectors.toMap(OfficerView::id, OfficerView::name));
    }

    // ---- sessions -------------------------------------------------------------------------------------------

    @GetMapping("/training/sessions")
    String sessions(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        int y = LedgerController.year(year, clock);
        model.addAttribute("result", sessions.list(actor, unitId, y, q, category, Math.max(0, page), 20));
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", y);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("tree", tree(actor, false));
        model.addAttribute("canEdit", actor.hasRole("UNIT_HEAD"));
        model.addAttribute("unitNames", units.all().stream()
                .collect(Collectors.toMap(org.zhifa.identity.OrgUnitView::id, org.zhifa.identity.OrgUnitView::name)));
        return "training/sessions";
    }

    @GetMapping("/training/sessions/new")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String newSession(Model model) {
        Actor actor = CurrentActor.require();
        SessionForm f = new SessionForm();
        f.setUnitId(actor.unitId());
        return sessionForm(f, Map.of(), model);
    }

    private String sessionForm(SessionForm f, Map<String, String> errors, Model model) {
        model.addAttribute("form", f);
        model.addAttribute("errors", errors);
        model.addAttribute("tree", tree(CurrentActor.require(), true));
        model.addAttribute("campaigns", campaigns.all());
        return "training/session-form";
    }

    @PostMapping("/training/sessions")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String createSession(@ModelAttribute("form") SessionForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = sessions.create(CurrentActor.require(), form);
            redirect.addFlashAttribute("message", "已登记培训，请勾选参训人员");
            return "redirect:/training/sessions/" + id;
        } catch (InvalidInputException e) {
            return sessionForm(form, e.fieldErrors(), model);
        }
    }

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        TrainingSession s = sessions.read(actor, id);
        model.addAttribute("s", s);
        model.addAttribute("unitName", access.unitName(s.unitId()));
        model.addAttribute("candidates", sessions.candidates(s));
        model.addAttribute("attendees", sessions.attendees(id));
        model.addAttribute("editable", access.edits(actor, s.unitId()));
        return "training/session";
    }

    @PostMapping("/training/sessions/{id}/attendance")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String attendance(@PathVariable long id, @RequestParam(name = "officerIds", required = false) List<Long> ids,
            RedirectAttributes redirect) {
        try {
            sessions.setAttendance(CurrentActor.require(), id, ids == null ? List.of() : ids);
            redirect.addFlashAttribute("message", "已保存参训人员，学时已计入台账");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/training/sessions/" + id;
    }

    // ---- plans ----------------------------------------------------------------------------------------------

    @GetMapping("/training/plans")
    String plans(@RequestParam(required = false) Integer year, Model model) {
        int y = LedgerController.year(year, clock);
        model.addAttribute("year", y);
        model.addAttribute("statuses", plans.statuses(CurrentActor.require(), y));
        return "training/plans";
    }

    @PostMapping("/training/plans")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String savePlan(@RequestParam long unitId, @RequestParam int year, @RequestParam(required = false) String title,
            @RequestParam(required = false) String content,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        // the date the plan was made is the head's fact, never today by default: a required parameter, refused (400)
        // naming 制定日期 when empty
        try {
            plans.save(CurrentActor.require(), unitId, year, title, content, submittedOn, version);
            redirect.addFlashAttribute("message", "已保存年度培训计划");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/training/plans?year=" + year;
    }

    // ---- rotation campaigns ---------------------------------------------------------------------------------

    @GetMapping("/training/rotations")
    String rotations(Model model) {
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("canEdit", CurrentActor.require().hasRole("UNIT_HEAD"));
        return "training/rotations";
    }

    @PostMapping("/training/rotations")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String createRotation(@RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) String description, RedirectAttributes redirect) {
        try {
            long id = campaigns.create(CurrentActor.require(), title, deadline, description);
            redirect.addFlashAttribute("message", "已创建全员轮训活动；登记培训时可关联该活动");
            return "redirect:/training/rotations/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/training/rotations";
        }
    }

    @GetMapping("/training/rotations/{id}")
    String rotation(@PathVariable long id, Model model) {
        model.addAttribute("c", campaigns.find(id));
        model.addAttribute("coverage", campaigns.coverage(CurrentActor.require(), id));
        return "training/rotation";
    }

    // ---- exams and fitness ----------------------------------------------------------------------------------

    @GetMapping("/training/exams")
    String exams(@RequestParam(required = false) String exam, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = CurrentActor.require();
        Map<Long, String> names = names(actor);
        model.addAttribute("exam", exam);
        model.addAttribute("examNames", records.examNames(actor));
        model.addAttribute("rates", records.passRates(actor, exam));
        model.addAttribute("result", records.exams(actor, exam, Math.max(0, page), 20, names));
        model.addAttribute("officers", directory.inPost(access.unitsUnder(actor, null), false).stream()
                .filter(o -> access.edits(actor, o.unitId())).toList());
        model.addAttribute("unitNames", units.all().stream()
                .collect(Collectors.toMap(org.zhifa.identity.OrgUnitView::id, org.zhifa.identity.OrgUnitView::name)));
        return "training/exams";
    }

    @PostMapping("/training/exams")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String recordExam(@Valid @ModelAttribute RecordForms.Exam form, BindingResult binding,
            RedirectAttributes redirect) {
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/training/exams";
        }
        try {
            records.recordExam(CurrentActor.require(), form.officerId(), form.examName(), form.examDate(), form.score(),
                    form.passed());
            redirect.addFlashAttribute("message", "已登记考试成绩");
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/training/exams";
    }

    @PostMapping("/training/exams/import")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String importExams(@Uploaded @Parameter(description = "成绩表文件") @RequestParam(name = "file", required = false)
            org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect) throws java.io.IOException {
        try {
            var result = examImport.run(CurrentActor.require(), file.getInputStream());
            if (result.errors().isEmpty()) {
                redirect.addFlashAttribute("message", "已导入考试成绩 " + result.imported() + " 条");
            } else {
                redirect.addFlashAttribute("error", "成绩表有错误，未导入任何数据");
                redirect.addFlashAttribute("importErrors", result.errors());
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/training/exams";
    }

    @GetMapping("/training/fitness")
    String fitness(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("result", records.fitness(actor, unitId, Math.max(0, page), 20, names(actor)));
        model.addAttribute("unitId", unitId);
        model.addAttribute("tree", tree(actor, false));
        model.addAttribute("officers", directory.inPost(access.unitsUnder(actor, null), true).stream()
                .filter(o -> access.edits(actor, o.unitId())).toList());
        model.addAttribute("unitNames", units.all().stream()
                .collect(Collectors.toMap(org.zhifa.identity.OrgUnitView::id, org.zhifa.identity.OrgUnitView::name)));
        return "training/fitness";
    }

    @PostMapping("/training/fitness")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String recordFitness(@Valid @ModelAttribute RecordForms.Fitness form, BindingResult binding,
            RedirectAttributes redirect) {
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/training/fitness";
        }
        try {
            records.recordFitness(CurrentActor.require(), form.officerId(), form.kind(), form.heldOn(), form.result(),
                    form.passed());
            redirect.addFlashAttribute("message", "已登记");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/training/fitness";
    }
}
