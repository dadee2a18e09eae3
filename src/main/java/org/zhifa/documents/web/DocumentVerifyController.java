package org.zhifa.documents.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhifa.common.NotFoundException;
import org.zhifa.documents.internal.DocumentCheck;
import org.zhifa.documents.internal.DocumentsProperties;

/**
 * The public verification of documents, no login: the page the QR code of every document leads to (number, unit,
 * date, SM3 fingerprints, seal; no personal data), the seal certificate for offline checks, and a page where anyone
 * uploads a PDF or OFD to check it against the issued documents and, for an OFD, its electronic seal.
 */
@Controller
@RequestMapping("/public/documents/verify")
class DocumentVerifyController {

    private static final String NOT_FOUND = "未找到该文书：核验码不正确，或文书不存在";

    private final DocumentCheck check;
    private final DocumentsProperties settings;

    DocumentVerifyController(DocumentCheck check, DocumentsProperties settings) {
        this.check = check;
        this.settings = settings;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("maxMb", settings.verifyMaxBytes().toMegabytes());
        return "documents/check";
    }

    @PostMapping
    String checkFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        model.addAttribute("maxMb", settings.verifyMaxBytes().toMegabytes());
        String problem = problem(file);
        if (problem != null) {
            model.addAttribute("fileError", problem);
            return "documents/check";
        }
        model.addAttribute("result", check.check(file.getBytes()));
        model.addAttribute("fileName", file.getOriginalFilename());
        return "documents/check";
    }

    @GetMapping("/{token}")
    String view(@PathVariable String token, Model model) {
        model.addAttribute("doc", check.view(token).orElseThrow(() -> new NotFoundException(NOT_FOUND)));
        model.addAttribute("maxMb", settings.verifyMaxBytes().toMegabytes());
        return "documents/verify";
    }

    /** Compares a file with this document: the same SM3 as its PDF or OFD, and the seal check of an OFD. */
    @PostMapping("/{token}")
    String compare(@PathVariable String token, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model) throws IOException {
        DocumentCheck.PublicView doc = check.view(token).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        model.addAttribute("doc", doc);
        model.addAttribute("maxMb", settings.verifyMaxBytes().toMegabytes());
        String problem = problem(file);
        if (problem != null) {
            model.addAttribute("fileError", problem);
            return "documents/verify";
        }
        DocumentCheck.FileCheck result = check.check(file.getBytes());
        model.addAttribute("result", result);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("same", result.sm3().equals(doc.sm3Pdf()) || result.sm3().equals(doc.sm3Ofd()));
        return "documents/verify";
    }

    /** The certificate of the seal on this document's OFD, for {@code verify-document <file.ofd> <certificate.pem>}. */
    @GetMapping("/{token}/certificate.pem")
    ResponseEntity<String> certificate(@PathVariable String token) {
        String pem = check.certificatePem(token).orElseThrow(() -> new NotFoundException("该文书的 OFD 未加盖电子印章"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("seal-certificate.pem", StandardCharsets.UTF_8).build().toString())
                .body(pem);
    }

    private String problem(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return "请选择要核验的文件（PDF 或 OFD）";
        }
        if (file.getSize() > settings.verifyMaxBytes().toBytes()) {
            return "文件不得大于 " + settings.verifyMaxBytes().toMegabytes() + " MB";
        }
        return null;
    }
}
