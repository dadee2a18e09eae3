package org.zhifa.personnel.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Uploaded;
import org.zhifa.personnel.internal.OfficerDirectoryAccess;
import org.zhifa.personnel.internal.PersonnelAccess;
import org.zhifa.personnel.internal.Roster;
import org.zhifa.personnel.internal.RosterImport;
import org.zhifa.personnel.internal.RosterWorkbook;

/** Roster import (template, upload with row-by-row checking) and export of the filtered list. */
@Controller
class RosterFileController {

    private final RosterImport rosterImport;
    private final Roster roster;
    private final PersonnelAccess access;
    private final OfficerDirectoryAccess directory;
    private final AuditTrail audit;

    RosterFileController(RosterImport rosterImport, Roster roster, PersonnelAccess access,
            OfficerDirectoryAccess directory, AuditTrail audit) {
        this.rosterImport = rosterImport;
        this.roster = roster;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping("/personnel/import")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String form() {
        return "personnel/import";
    }

    @GetMapping("/personnel/import/template")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    ResponseEntity<byte[]> template() {
        return xlsx(RosterWorkbook.template(), "执法人员名册导入模板.xlsx");
    }

    @PostMapping("/personnel/import")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String upload(@Uploaded @Parameter(description = "名册文件（.xlsx）") @RequestParam(name = "file", required = false)
            MultipartFile file, @RequestParam(defaultValue = "all") String mode, Model model) throws IOException {
        try {
            model.addAttribute("result", rosterImport.run(CurrentActor.require(), file.getInputStream(),
                    "validOnly".equals(mode)));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "personnel/import";
    }

    @GetMapping("/personnel/export")
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String certState,
            @RequestParam(required = false) String progress, @RequestParam(required = false) String status) {
        Actor actor = CurrentActor.require();
        var rows = roster.all(actor, PersonnelApiController.criteria(q, unitId, certState, progress,
                kind == null ? "OFFICER" : kind, status));
        audit.success("ROSTER_EXPORT", "OFFICER", null, "导出名册 " + rows.size() + " 人（身份证号已脱敏）");
        LocalDate today = roster.today();
        return xlsx(RosterWorkbook.export(rows, directory.unitNames(), today), "执法人员名册-" + today + ".xlsx");
    }

    static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(RosterWorkbook.CONTENT_TYPE)).body(body);
    }
}
