package org.zhifa.cases.web;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.cases.internal.FieldCapture;
import org.zhifa.common.CurrentActor;

/** 现场取证 on the case page: a photo from the phone's camera and the party's signature drawn on the screen. */
@Controller
@RequestMapping("/cases/{id}/field")
class FieldCaptureController {

    private final FieldCapture capture;

    FieldCaptureController(FieldCapture capture) {
        this.capture = capture;
    }

    @PostMapping("/photos")
    @PreAuthorize("hasRole('OFFICER')")
    String photo(@PathVariable long id, @RequestParam(value = "photo", required = false) MultipartFile photo,
            @ModelAttribute("photoForm") FieldCaptureForms.Photo form, RedirectAttributes redirect) throws IOException {
        byte[] bytes = photo == null ? null : photo.getBytes();
        long evidenceId = capture.photo(id, bytes, photo == null ? null : photo.getOriginalFilename(),
                photo == null ? null : photo.getContentType(), form.takenAt(), form.place(),
                CurrentActor.require());
        redirect.addFlashAttribute("message", "现场照片已登记为证据（编号 " + evidenceId + "），原始照片未作改动");
        return "redirect:/cases/" + id + "#field-capture";
    }

    @PostMapping("/signature")
    @PreAuthorize("hasRole('OFFICER')")
    String signature(@PathVariable long id, @ModelAttribute("signatureForm") FieldCaptureForms.Signature form,
            RedirectAttributes redirect) {
        long evidenceId = capture.signature(id, form.signature(), form.signer(), form.signedAt(),
                CurrentActor.require());
        redirect.addFlashAttribute("message", "当事人签名已登记为证据（编号 " + evidenceId + "）");
        return "redirect:/cases/" + id + "#field-capture";
    }

    @GetMapping("/photos/{evidenceId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'SUPERVISOR')")
    ResponseEntity<byte[]> watermarked(@PathVariable long id, @PathVariable long evidenceId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .body(capture.watermarked(id, evidenceId, CurrentActor.require()));
    }
}
