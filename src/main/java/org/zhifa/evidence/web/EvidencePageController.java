package org.zhifa.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.common.RuleViolationException;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.evidence.internal.EvidenceInput;
import org.zhifa.evidence.internal.EvidenceItem;
import org.zhifa.evidence.internal.EvidenceRecords;
import org.zhifa.evidence.internal.EvidenceService;
import org.zhifa.evidence.internal.IntegrityChecker;
import org.zhifa.evidence.internal.StatedDigest;
import org.zhifa.evidence.internal.StoredCopies;
import org.zhifa.evidence.internal.TransparencyLog;
import org.zhifa.evidence.store.ContentDigest;

/** Evidence pages: list with filters, upload, detail with player, integrity and certificate, correction. */
@Controller
@PreAuthorize(EvidenceApiController.READERS)
class EvidencePageController {

    private final EvidenceService evidence;
    private final StoredCopies copies;
    private final IntegrityChecker checker;
    private final TransparencyLog log;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    EvidencePageController(EvidenceService evidence, StoredCopies copies, IntegrityChecker checker,
            TransparencyLog log, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.evidence = evidence;
        this.copies = copies;
        this.checker = checker;
        this.log = log;
        this.jdbc = jdbc;
    }

    @GetMapping("/evidence")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) EvidenceKind kind,
            @RequestParam(required = false) EvidenceTargetType targetType,
            @RequestParam(required = false) String targetId, @RequestParam(defaultValue = "false") boolean currentOnly,
            @RequestParam(defaultValue = "0") int page, Model model) {
        EvidenceRecords.Filter filter = new EvidenceRecords.Filter(q, kind, targetType, targetId, currentOnly);
        Actor actor = CurrentActor.require();
        PageResult<EvidenceItem> result = evidence.search(filter, actor, page, 20);
        model.addAttribute("hidden", evidence.hiddenCount(filter, actor));
        String base = UriComponentsBuilder.fromPath("/evidence").queryParamIfPresent("q", opt(q))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
                .queryParamIfPresent("targetType", java.util.Optional.ofNullable(targetType))
                .queryParamIfPresent("targetId", opt(targetId))
                .queryParamIfPresent("currentOnly", currentOnly ? java.util.Optional.of("true") : java.util.Optional.empty())
                .build().encode().toUriString();
        model.addAttribute("result", result);
        model.addAttribute("base", base);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind == null ? null : kind.name());
        model.addAttribute("targetType", targetType == null ? null : targetType.name());
        model.addAttribute("targetId", targetId);
        model.addAttribute("currentOnly", currentOnly);
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("targetTypes", EvidenceTargetType.values());
        return "evidence/list";
    }

    @GetMapping("/evidence/new")
    @PreAuthorize(EvidenceApiController.WRITERS)
    String newForm(@RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            Model model) {
        EvidenceForm form = new EvidenceForm();
        form.setTargetType(targetType == null ? "CASE" : targetType);
        form.setTargetId(targetId);
        // No default collection time: the officer states when the evidence was collected.
        prepareForm(model, form, Map.of());
        return "evidence/new";
    }

    /** The plain form for small files (the chunked uploader in evidence.js handles large ones). */
    @PostMapping("/evidence")
    @PreAuthorize(EvidenceApiController.WRITERS)
    String create(EvidenceForm form, @RequestParam(value = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        Actor actor = CurrentActor.require();
        try {
            EvidenceService.StoredFile stored = null;
            if (file != null && !file.isEmpty()) {
                evidence.check(form.toInput(), actor);
                ContentDigest digest;
                try (InputStream in = file.getInputStream()) {
                    digest = copies.put(in, StatedDigest.NONE);
                }
                stored = new EvidenceService.StoredFile(digest, file.getOriginalFilename(), file.getContentType());
            }
            EvidenceItem item = evidence.register(form.toInput(), stored, actor);
            redirect.addFlashAttribute("message", "证据已登记并写入防篡改日志");
            return "redirect:/evidence/" + item.id();
        } catch (AccessRefusedException e) {
            prepareForm(model, form, Map.of("targetId", e.rejection().message()));
            model.addAttribute("error", e.getMessage());
            return "evidence/new";
        } catch (InvalidInputException e) {
            prepareForm(model, form, e.fieldErrors());
            model.addAttribute("error", e.getMessage());
            return "evidence/new";
        }
    }

    @GetMapping("/evidence/{id}")
    String detail(@PathVariable long id, Model model) {
        EvidenceItem item = evidence.require(id, CurrentActor.require());
        model.addAttribute("item", item);
        model.addAttribute("links", evidence.links(id));
        List<IntegrityChecker.Finding> findings = checker.check(item, log.latestHead(), false);
        model.addAttribute("findings", findings);
        model.addAttribute("fileAlarms", jdbc.sql("""
                select kind, detail, detected_at from evidence_integrity_alarm where evidence_id = ?
                order by detected_at desc limit 5
                """).param(id).query((rs, n) -> Map.of("kind", rs.getString(1), "detail", rs.getString(2),
                        "detectedAt", rs.getTimestamp(3).toInstant())).list());
        model.addAttribute("fileIndex", log.indexOf(id, "FILE", null).orElse(null));
        model.addAttribute("metadataIndex", log.indexOf(id, "METADATA", null).orElse(null));
        model.addAttribute("head", log.latestHead());
        model.addAttribute("targetTypes", EvidenceTargetType.values());
        return "evidence/detail";
    }

    @PostMapping("/evidence/{id}/links")
    @PreAuthorize(EvidenceApiController.WRITERS)
    String link(@PathVariable long id, @RequestParam String targetType, @RequestParam String targetId,
            RedirectAttributes redirect) {
        try {
            evidence.link(id, EvidenceInput.ValidTarget.of(targetType, targetId), CurrentActor.require());
            redirect.addFlashAttribute("message", "已添加关联");
        } catch (InvalidInputException | AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/evidence/" + id;
    }

    @GetMapping("/evidence/{id}/supersede")
    @PreAuthorize(EvidenceApiController.WRITERS)
    String supersedeForm(@PathVariable long id, Model model) {
        EvidenceItem item = evidence.require(id, CurrentActor.require());
        EvidenceForm form = new EvidenceForm();
        form.setKind(item.kind().name());
        form.setTitle(item.title());
        form.setDescription(item.description());
        form.setCollectedAt(java.time.LocalDateTime.ofInstant(item.collectedAt(), ChinaTime.ZONE));
        form.setPlace(item.place());
        form.setDevice(item.device());
        form.setContinuousRecording(item.continuousRecording());
        model.addAttribute("item", item);
        prepareForm(model, form, Map.of());
        return "evidence/supersede";
    }

    @PostMapping("/evidence/{id}/supersede")
    @PreAuthorize(EvidenceApiController.WRITERS)
    String supersede(@PathVariable long id, EvidenceForm form, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        EvidenceItem item = evidence.require(id, actor);
        try {
            EvidenceItem created = evidence.supersede(id, form.toInput(), null, form.getReason(), actor);
            redirect.addFlashAttribute("message", "已登记更正后的证据，原证据 " + id + " 保留并标记为已更正");
            return "redirect:/evidence/" + created.id();
        } catch (InvalidInputException | RuleViolationException | AccessRefusedException e) {
            model.addAttribute("item", item);
            prepareForm(model, form, e instanceof InvalidInputException iie ? iie.fieldErrors() : Map.of());
            model.addAttribute("error", e.getMessage());
            return "evidence/supersede";
        }
    }

    private static void prepareForm(Model model, EvidenceForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("targetTypes", EvidenceTargetType.values());
    }

    private static java.util.Optional<String> opt(String s) {
        return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s);
    }
}
