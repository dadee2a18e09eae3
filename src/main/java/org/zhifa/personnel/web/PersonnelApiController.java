package org.zhifa.personnel.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.CertificateChangeReason;
import org.zhifa.personnel.EligibilityResult;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.internal.CertificateForm;
import org.zhifa.personnel.internal.OfficerForm;
import org.zhifa.personnel.internal.OfficerRepository;
import org.zhifa.personnel.internal.OfficerStatus;
import org.zhifa.personnel.internal.PersonnelAccess;
import org.zhifa.personnel.internal.PersonnelReports;
import org.zhifa.personnel.internal.PersonnelService;
import org.zhifa.personnel.internal.Roster;
import org.zhifa.personnel.internal.StaffKind;

/** JSON API of the roster, for other systems and the mobile pages. */
@RestController
@RequestMapping("/api/personnel")
@PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'SUPERVISOR')")
class PersonnelApiController {

    private final Roster roster;
    private final PersonnelService service;
    private final OfficerEligibility eligibility;
    private final OfficerRepository officers;
    private final PersonnelAccess access;
    private final PersonnelReports reports;
    private final OrgUnits units;

    PersonnelApiController(Roster roster, PersonnelService service, OfficerEligibility eligibility,
            OfficerRepository officers, PersonnelAccess access, PersonnelReports reports, OrgUnits units) {
        this.roster = roster;
        this.service = service;
        this.eligibility = eligibility;
        this.officers = officers;
        this.access = access;
        this.reports = reports;
        this.units = units;
    }

    @GetMapping("/officers")
    PageResult<OfficerJson.Line> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String certState,
            @RequestParam(required = false) String progress, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var result = roster.list(CurrentActor.require(), criteria(q, unitId, certState, progress, kind, status),
                page, size);
        return new PageResult<>(result.items().stream().map(r -> OfficerJson.line(r, units)).toList(),
                result.total(), result.page(), result.size());
    }

    static Roster.Criteria criteria(String q, Long unitId, String certState, String progress, String kind,
            String status) {
        StaffKind k = blank(kind) ? null : StaffKind.parse(kind)
                .orElseThrow(() -> new InvalidInputException("人员类别不正确：" + kind));
        OfficerStatus s = blank(status) ? null : OfficerStatus.parse(status)
                .orElseThrow(() -> new InvalidInputException("在岗状态不正确：" + status));
        return new Roster.Criteria(blank(q) ? null : q, unitId, blank(certState) ? null : certState,
                blank(progress) ? null : progress, k, s);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @GetMapping("/officers/{id}")
    OfficerJson.Detail detail(@PathVariable long id) {
        return OfficerJson.detail(service.profile(CurrentActor.require(), id), roster.today());
    }

    @GetMapping("/officers/{id}/eligibility")
    EligibilityResult eligibility(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String category) {
        Actor actor = CurrentActor.require();
        var officer = officers.find(id).orElseThrow(() -> new NotFoundException("未找到该人员，或不在您的数据范围内"));
        access.requireEligibilityVisible(actor, officer);
        EnforcementCategory c = blank(category) ? null : EnforcementCategory.parse(category)
                .orElseThrow(() -> new InvalidInputException("执法门类不正确：" + category));
        return eligibility.isEligible(id, on == null ? roster.today() : on, c);
    }

    @PostMapping("/officers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('UNIT_HEAD')")
    Map<String, Object> create(@RequestBody OfficerForm form) {
        return Map.of("id", service.register(CurrentActor.require(), form));
    }

    @PutMapping("/officers/{id}")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    OfficerJson.Detail update(@PathVariable long id, @RequestBody OfficerForm form) {
        Actor actor = CurrentActor.require();
        service.revise(actor, id, form);
        return OfficerJson.detail(service.profile(actor, id), roster.today());
    }

    @PostMapping("/officers/{id}/leave")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    OfficerJson.Detail leave(@PathVariable long id, @Valid @RequestBody Leave body) {
        Actor actor = CurrentActor.require();
        service.leave(actor, id, body.leftOn(), body.note());
        return OfficerJson.detail(service.profile(actor, id), roster.today());
    }

    @PostMapping("/officers/{id}/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('UNIT_HEAD')")
    Map<String, Object> issue(@PathVariable long id, @RequestBody CertificateForm form) {
        return Map.of("id", service.issueCertificate(CurrentActor.require(), id, form));
    }

    /** A certificate change: {"reason": "SUSPENSION" or "暂扣", "date": "2025-03-01", "note", "newExpiry", "newNumber"}. */
    @PostMapping("/certificates/{id}/changes")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    Map<String, Object> change(@PathVariable long id, @Valid @RequestBody CertificateChange body) {
        service.changeCertificate(CurrentActor.require(), id, body.reason(), body.date(), body.note(), body.newExpiry(),
                body.newNumber(), body.version());
        return Map.of("id", id, "reason", body.reason().name());
    }

    /** 方案第6条 cancellation: {"date": "…"} reported to the justice bureau, then completed. */
    @PostMapping("/cancellations/{taskId}/{step}")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    Map<String, Object> cancellation(@PathVariable long taskId, @PathVariable String step,
            @Valid @RequestBody CancellationStep body) {
        Actor actor = CurrentActor.require();
        LocalDate date = body.date();
        if ("report".equals(step)) {
            service.reportCancellation(actor, taskId, date);
        } else if ("complete".equals(step)) {
            service.completeCancellation(actor, taskId, date);
        } else {
            throw new NotFoundException("未知的办理环节：" + step);
        }
        return Map.of("id", taskId, "step", step, "date", date.toString());
    }

    @GetMapping("/alerts")
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
    PersonnelReports.Alerts alerts() {
        return reports.alerts(access.rosterUnits(CurrentActor.require()));
    }

    @GetMapping("/reviewer-ratios")
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
    List<Map<String, Object>> ratios() {
        return reports.reviewerRatios(access.rosterUnits(CurrentActor.require())).stream()
                .map(r -> Map.<String, Object>of("unitId", r.unitId(), "unitName", r.unitName(), "officers",
                        r.officers(), "reviewers", r.reviewers(), "ratio", r.ratio(), "flagged", r.flagged(),
                        "findings", r.findings().stream().map(org.zhifa.common.Rejection::text).toList()))
                .toList();
    }

    /** Leaving the post: the date is the head's fact, never defaulted. */
    record Leave(@NotNull @Schema(description = "离岗日期") LocalDate leftOn, @Schema(description = "备注") String note) {
    }

    /** A change of a certificate; the reason by its code or its Chinese label ({@link CertificateChangeReason#of}). */
    record CertificateChange(
            @NotNull @Schema(description = "变更事由", example = "SUSPENSION") CertificateChangeReason reason,
            @NotNull @Schema(description = "变更日期") LocalDate date, @Schema(description = "说明") String note,
            @Schema(description = "新的有效期至") LocalDate newExpiry, @Schema(description = "新证号") String newNumber,
            @Schema(description = "版本号") Integer version) {
    }

    /** A step of a cancellation (报告司法局 / 办结) on the date it happened. */
    record CancellationStep(@NotNull @Schema(description = "办理日期") LocalDate date) {
    }
}
