package org.zhifa.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.reporting.internal.Ledger;
import org.zhifa.reporting.internal.ProgressFiles;

/** Files as evidence of a unit's progress in the action-plan ledger: uploaded by the unit's head, downloaded by readers. */
@Controller
@Tag(name = "三年行动台账", description = "任务进展的佐证材料（文件按 SM3 存储）")
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
class ProgressFileController {

    private final ProgressFiles files;
    private final Ledger ledger;

    ProgressFileController(ProgressFiles files, Ledger ledger) {
        this.files = files;
        this.ledger = ledger;
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null ? null : file.getBytes();
    }

    @PostMapping("/api/reporting/ledger/progress/{id}/files")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传佐证材料（本单位负责人，审核前）")
    ProgressFiles.File apiAdd(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        return files.add(CurrentActor.require(), id, file == null ? null : file.getOriginalFilename(), bytes(file));
    }

    @GetMapping("/api/reporting/ledger/progress/{id}/files")
    @ResponseBody
    @Operation(summary = "进展的佐证材料")
    List<ProgressFiles.File> apiList(@PathVariable long id) {
        return files.list(CurrentActor.require(), id);
    }

    @GetMapping({"/api/reporting/ledger/files/{fileId}", "/reporting/ledger/files/{fileId}"})
    @Operation(summary = "下载佐证材料")
    ResponseEntity<byte[]> download(@PathVariable long fileId) {
        var f = files.download(CurrentActor.require(), fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.getKey().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.getKey().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SM3", f.getKey().sm3()).body(f.getValue());
    }

    @PostMapping("/reporting/ledger/progress/{id}/files")
    String add(@PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        var p = ledger.progress(id);
        try {
            var added = files.add(CurrentActor.require(), id, file == null ? null : file.getOriginalFilename(),
                    bytes(file));
            redirect.addFlashAttribute("message", "已上传佐证材料：" + added.filename());
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/reporting/ledger?plan=" + ledger.task(p.taskId()).planId() + "&unitId=" + p.unitId()
                + "&year=" + p.year();
    }
}
