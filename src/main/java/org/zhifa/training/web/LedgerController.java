package org.zhifa.training.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.NotFoundException;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerView;
import org.zhifa.training.internal.LedgerService;
import org.zhifa.training.internal.LedgerWorkbook;
import org.zhifa.training.internal.TrainingAccess;
import org.zhifa.training.internal.TrainingTargetPolicy;

/** 培训台账: the ledger page, one officer's ledger, the xlsx export and the JSON API. */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'SUPERVISOR')")
class LedgerController {

    private final LedgerService ledger;
    private final TrainingAccess access;
    private final OrgUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    LedgerController(LedgerService ledger, TrainingAccess access, OrgUnits units, AuditTrail audit, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    static int year(Integer year, Clock clock) {
        return year == null ? java.time.LocalDate.now(clock).getYear() : year;
    }

    @GetMapping("/training/ledger")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "false") boolean below, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        if (!access.readsUnits(actor)) {
            OfficerView self = access.self(actor)
                    .orElseThrow(() -> new NotFoundException("您的账号尚未关联执法人员档案，请联系本单位负责人"));
            return "redirect:/training/ledger/officers/" + self.id() + (year == null ? "" : "?year=" + year);
        }
        int y = year(year, clock);
        model.addAttribute("l", ledger.ledger(actor, y, unitId, below, q, Math.max(0, page), 20));
        model.addAttribute("year", y);
        model.addAttribute("unitId", unitId);
        model.addAttribute("below", below);
        model.addAttribute("q", q);
        model.addAttribute("tree", units.tree().stream().filter(e -> access.units(actor).contains(e.getKey().id()))
                .toList());
        return "training/ledger";
    }

    @GetMapping("/training/ledger/officers/{id}")
    String officer(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        Actor actor = CurrentActor.require();
        OfficerView o = access.requireReadableOfficer(actor, id);
        int y = year(year, clock);
        var line = ledger.line(o, y);
        model.addAttribute("o", o);
        model.addAttribute("year", y);
        model.addAttribute("line", line);
        model.addAttribute("decision", TrainingTargetPolicy.check(line.hours(), line.target()));
        model.addAttribute("sessions", ledger.attended(id, y));
        model.addAttribute("unitName", access.unitName(o.unitId()));
        return "training/officer-ledger";
    }

    @GetMapping("/training/ledger/export")
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean below) {
        Actor actor = CurrentActor.require();
        int y = year(year, clock);
        var lines = ledger.lines(actor, y, unitId).stream().filter(l -> !below || l.belowTarget()).toList();
        audit.success("TRAINING_LEDGER_EXPORT", "TRAINING_LEDGER", y, "导出 " + y + " 年培训台账 " + lines.size() + " 人");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(y + "年培训台账.xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(LedgerWorkbook.CONTENT_TYPE))
                .body(LedgerWorkbook.export(y, lines));
    }

    /** JSON: the ledger of the actor's scope for a year, with the officers below target first-class. */
    @GetMapping("/api/training/ledger")
    @ResponseBody
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
    LedgerService.Ledger api(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "false") boolean below, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return ledger.ledger(CurrentActor.require(), year(year, clock), unitId, below, q, Math.max(0, page),
                org.zhifa.common.PageResult.clampSize(size));
    }

    @GetMapping("/api/training/ledger/officers/{id}")
    @ResponseBody
    java.util.Map<String, Object> apiOfficer(@PathVariable long id, @RequestParam(required = false) Integer year) {
        Actor actor = CurrentActor.require();
        OfficerView o = access.requireReadableOfficer(actor, id);
        var line = ledger.line(o, year(year, clock));
        return java.util.Map.of("officerId", id, "name", o.name(), "year", year(year, clock), "hours", line.hours(),
                "counted", line.counted(), "target", line.target(), "missing", line.missing(),
                "belowTarget", line.belowTarget());
    }
}
