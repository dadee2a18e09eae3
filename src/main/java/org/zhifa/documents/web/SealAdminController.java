package org.zhifa.documents.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.documents.internal.SealAdministration;
import org.zhifa.documents.internal.SealStore;
import org.zhifa.documents.internal.UnitSeal;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;

/**
 * The security administrator's page of the units' electronic seals: per unit the current version (key, certificate,
 * image), its history, and the forms to generate or import a key and to upload the image.
 */
@Controller
@RequestMapping("/admin/seals")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class SealAdminController {

    private final SealAdministration administration;
    private final SealStore store;
    private final OrgUnits units;
    private final DataScope scope;
    private final Clock clock;

    SealAdminController(SealAdministration administration, SealStore store, OrgUnits units, DataScope scope,
            Clock clock) {
        this.administration = administration;
        this.store = store;
        this.units = units;
        this.scope = scope;
        this.clock = clock;
    }

    /** A unit and its current seal (null when it has none). */
    record Row(OrgUnitView unit, UnitSeal seal, boolean usable) {
    }

    @GetMapping
    String list(Model model) {
        Set<Long> visible = scope.visibleUnitIds(CurrentActor.require());
        List<Row> rows = units.all().stream().filter(u -> u.active() && visible.contains(u.id()))
                .map(u -> row(u)).toList();
        model.addAttribute("rows", rows);
        return "documents/seals";
    }

    @GetMapping("/{unitId}")
    String detail(@PathVariable long unitId, Model model) {
        return detailPage(unitId, model, Map.of());
    }

    @PostMapping("/{unitId}/key")
    String generate(@PathVariable long unitId, RedirectAttributes redirect) {
        UnitSeal seal = administration.generateKey(unitId);
        redirect.addFlashAttribute("message", "已生成新的 SM2 密钥（第 " + seal.version() + " 版），此后出具的文书使用新密钥签章");
        return "redirect:/admin/seals/" + unitId;
    }

    @PostMapping("/{unitId}/key/import")
    String importKey(@PathVariable long unitId, @RequestParam(required = false) String privateKey,
            @RequestParam(required = false) String certificate, Model model, RedirectAttributes redirect) {
        try {
            UnitSeal seal = administration.importKey(unitId, privateKey, certificate);
            redirect.addFlashAttribute("message", "已导入密钥和证书（第 " + seal.version() + " 版）");
            return "redirect:/admin/seals/" + unitId;
        } catch (InvalidInputException e) {
            model.addAttribute("certificateText", certificate);
            return detailPage(unitId, model, e.fieldErrors());
        }
    }

    @PostMapping("/{unitId}/image")
    String image(@PathVariable long unitId, @RequestParam(name = "image", required = false) MultipartFile image,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            UnitSeal seal = administration.uploadImage(unitId, image == null ? null : image.getBytes());
            redirect.addFlashAttribute("message", "已上传印章图像（第 " + seal.version() + " 版）");
            return "redirect:/admin/seals/" + unitId;
        } catch (InvalidInputException e) {
            return detailPage(unitId, model, e.fieldErrors());
        }
    }

    @GetMapping("/versions/{id}/image.png")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        UnitSeal seal = visible(id);
        if (seal.image() == null) {
            throw new NotFoundException("该版本没有印章图像");
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(seal.image());
    }

    @GetMapping("/versions/{id}/certificate.pem")
    ResponseEntity<String> certificate(@PathVariable long id) {
        UnitSeal seal = visible(id);
        if (!seal.hasKey()) {
            throw new NotFoundException("该版本没有密钥证书");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("seal-" + seal.unitId() + "-v" + seal.version() + ".pem", StandardCharsets.UTF_8)
                        .build().toString())
                .body(seal.certificatePem());
    }

    private String detailPage(long unitId, Model model, Map<String, String> errors) {
        Actor actor = CurrentActor.require();
        scope.requireVisible(actor, unitId);
        OrgUnitView unit = units.find(unitId).orElseThrow(() -> new NotFoundException("单位不存在"));
        model.addAttribute("row", row(unit));
        model.addAttribute("history", store.history(unitId));
        model.addAttribute("errors", errors);
        return "documents/seal";
    }

    private Row row(OrgUnitView unit) {
        UnitSeal seal = store.current(unit.id()).orElse(null);
        return new Row(unit, seal, seal != null && seal.usableAt(clock.instant()));
    }

    private UnitSeal visible(long id) {
        UnitSeal seal = store.find(id).orElseThrow(() -> new NotFoundException("未找到该记录，或不在您的数据范围内"));
        scope.requireVisible(CurrentActor.require(), seal.unitId());
        return seal;
    }
}
