package org.zhifa.personnel.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.common.Uploaded;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.CertificateChangeReason;
import org.zhifa.personnel.CertificateState;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;
import org.zhifa.personnel.internal.CertificateForm;
import org.zhifa.personnel.internal.Education;
import org.zhifa.personnel.internal.EmploymentType;
import org.zhifa.personnel.internal.Gender;
import org.zhifa.personnel.internal.OfficerDirectoryAccess;
import org.zhifa.personnel.internal.OfficerForm;
import org.zhifa.personnel.internal.OfficerProfile;
import org.zhifa.personnel.internal.OfficerStatus;
import org.zhifa.personnel.internal.PersonnelAccess;
import org.zhifa.personnel.internal.PersonnelService;
import org.zhifa.personnel.internal.Roster;
import org.zhifa.personnel.internal.StaffKind;

/** Roster pages: lists, detail, forms, certificate changes, leaving the post and cancellation. */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'SUPERVISOR')")
class PersonnelPageController {

    private final Roster roster;
    private final PersonnelService service;
    private final PersonnelAccess access;
    private final OfficerEligibility eligibility;
    private final OfficerDirectoryAccess directory;
    private final OrgUnits units;

    PersonnelPageController(Roster roster, PersonnelService service, PersonnelAccess access,
            OfficerEligibility eligibility, OfficerDirectoryAccess directory, OrgUnits units) {
        this.roster = roster;
        this.service = service;
        this.access = access;
        this.eligibility = eligibility;
        this.directory = directory;
        this.units = units;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("categories", EnforcementCategory.values());
        model.addAttribute("certStates", CertificateState.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("employmentTypes", EmploymentType.values());
        model.addAttribute("reasons", Arrays.stream(CertificateChangeReason.values())
                .filter(r -> r != CertificateChangeReason.ISSUE).toList());
    }

    @GetMapping("/personnel/me")
    String me() {
        Actor actor = CurrentActor.require();
        OfficerView me = eligibility.findByUserId(actor.userId())
                .orElseThrow(() -> new NotFoundException("您的账号尚未关联执法人员档案，请联系本单位负责人"));
        return "redirect:/personnel/officers/" + me.id();
    }

    @GetMapping("/personnel/officers")
    String officers(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String certState, @RequestParam(required = false) String progress,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        return list(StaffKind.OFFICER, q, unitId, certState, progress, status, page, model);
    }

    @GetMapping("/personnel/auxiliaries")
    String auxiliaries(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        return list(StaffKind.AUXILIARY, q, unitId, null, null, status, page, model);
    }

    private String list(StaffKind kind, String q, Long unitId, String certState, String progress, String status,
            int page, Model model) {
        Actor actor = CurrentActor.require();
        if (!access.readsRosters(actor)) {
            return "redirect:/personnel/me";
        }
        var criteria = PersonnelApiController.criteria(q, unitId, certState, progress, kind.name(), status);
        var result = roster.list(actor, criteria, page, 20);
        model.addAttribute("kind", kind);
        model.addAttribute("result", result);
        model.addAttribute("hours", roster.hoursThisYear(result.items().stream().map(r -> r.id()).toList()));
        model.addAttribute("target", roster.trainingTarget());
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("certState", certState);
        model.addAttribute("progress", progress);
        model.addAttribute("status", status);
        model.addAttribute("tree", units.tree().stream()
                .filter(e -> access.rosterUnits(actor).contains(e.getKey().id())).toList());
        model.addAttribute("unitNames", directory.unitNames());
        model.addAttribute("canEdit", actor.hasRole("UNIT_HEAD"));
        model.addAttribute("trainingAvailable", roster.trainingAvailable());
        return "personnel/list";
    }

    @GetMapping("/personnel/officers/{id}")
    String detail(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String category, Model model) {
        Actor actor = CurrentActor.require();
        OfficerProfile profile = service.profile(actor, id);
        model.addAttribute("p", profile);
        model.addAttribute("o", profile.officer());
        model.addAttribute("today", roster.today());
        LocalDate day = on == null ? roster.today() : on;
        EnforcementCategory c = category == null || category.isBlank() ? null
                : EnforcementCategory.parse(category).orElse(null);
        model.addAttribute("on", day);
        model.addAttribute("category", c == null ? null : c.name());
        model.addAttribute("eligibility", eligibility.isEligible(id, day, c));
        model.addAttribute("hours", roster.hoursThisYear(List.of(id)).get(id));
        model.addAttribute("target", roster.trainingTarget());
        model.addAttribute("trainingAvailable", roster.trainingAvailable());
        if (!model.containsAttribute("certificateForm")) {
            model.addAttribute("certificateForm", new CertificateForm());
        }
        return "personnel/detail";
    }

    @GetMapping("/personnel/officers/new")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String newOfficer(@RequestParam(defaultValue = "OFFICER") String kind, Model model) {
        OfficerForm form = new OfficerForm();
        form.setKind(StaffKind.parse(kind).orElse(StaffKind.OFFICER).name());
        form.setUnitId(CurrentActor.require().unitId());
        return form(form, null, Map.of(), model);
    }

    @PostMapping("/personnel/officers")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String create(@ModelAttribute("form") OfficerForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, null, FormErrors.of(binding), model);
        }
        try {
            long id = service.register(CurrentActor.require(), form);
            redirect.addFlashAttribute("message", "已登记");
            return "redirect:/personnel/officers/" + id;
        } catch (InvalidInputException e) {
            return form(form, null, e.fieldErrors(), model);
        } catch (RuleViolationException e) {
            return form(form, null, Map.of("_", e.getMessage()), model);
        }
    }

    @GetMapping("/personnel/officers/{id}/edit")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        OfficerProfile p = service.profile(actor, id);
        access.requireEditable(actor, p.officer().unitId());
        return form(OfficerForm.of(p.officer(), p.username()), id, Map.of(), model);
    }

    @PostMapping("/personnel/officers/{id}")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String update(@PathVariable long id, @ModelAttribute("form") OfficerForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(form, id, FormErrors.of(binding), model);
        }
        try {
            service.revise(CurrentActor.require(), id, form);
            redirect.addFlashAttribute("message", "已保存");
            return "redirect:/personnel/officers/" + id;
        } catch (InvalidInputException e) {
            return form(form, id, e.fieldErrors(), model);
        } catch (RuleViolationException e) {
            return form(form, id, Map.of("_", e.getMessage()), model);
        }
    }

    private String form(OfficerForm form, Long id, Map<String, String> errors, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        FormErrors.put(model, errors);
        model.addAttribute("auxiliary", StaffKind.AUXILIARY.name().equals(form.getKind()));
        model.addAttribute("tree", units.tree().stream()
                .filter(e -> access.edits(actor, e.getKey().id())).toList());
        model.addAttribute("responsibleOptions", directory.officersFor(actor));
        return "personnel/form";
    }

    @PostMapping("/personnel/officers/{id}/certificates")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String issue(@PathVariable long id, @ModelAttribute("certificateForm") CertificateForm form,
            RedirectAttributes redirect) {
        try {
            service.issueCertificate(CurrentActor.require(), id, form);
            redirect.addFlashAttribute("message", "已登记执法证");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("certificateForm", form);
            redirect.addFlashAttribute("certificateErrors", e.fieldErrors());
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/personnel/officers/" + id;
    }

    @PostMapping("/personnel/certificates/{certificateId}/changes")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String change(@PathVariable long certificateId, @RequestParam long officerId,
            @Parameter(description = "变更事由") @RequestParam CertificateChangeReason reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newExpiry,
            @RequestParam(required = false) String newNumber, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        try {
            service.changeCertificate(CurrentActor.require(), certificateId, reason, date, note, newExpiry, newNumber,
                    version);
            redirect.addFlashAttribute("message", "已登记" + reason.label());
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/personnel/officers/" + officerId;
    }

    @PostMapping("/personnel/officers/{id}/leave")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String leave(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            service.leave(CurrentActor.require(), id, leftOn, note);
            redirect.addFlashAttribute("message", "已登记离岗；如持有执法证，已启动注销（方案第6条）");
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/personnel/officers/" + id;
    }

    @PostMapping("/personnel/cancellations/{taskId}")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String cancellation(@PathVariable long taskId, @RequestParam long officerId, @RequestParam String step,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        try {
            if ("report".equals(step)) {
                service.reportCancellation(actor, taskId, date);
                redirect.addFlashAttribute("message", "已登记报送司法行政部门");
            } else {
                service.completeCancellation(actor, taskId, date);
                redirect.addFlashAttribute("message", "注销已办结，执法证已登记为注销");
            }
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/personnel/officers/" + officerId;
    }

    @GetMapping("/personnel/officers/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return service.photo(CurrentActor.require(), id)
                .map(p -> ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                        .cacheControl(CacheControl.noStore()).body(p.data()))
                .orElseThrow(() -> new NotFoundException("没有照片"));
    }

    @PostMapping("/personnel/officers/{id}/photo")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String uploadPhoto(@PathVariable long id,
            @Uploaded @Parameter(description = "照片文件") @RequestParam(name = "photo", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            service.uploadPhoto(CurrentActor.require(), id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("message", "照片已上传");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/personnel/officers/" + id;
    }
}
