package org.zhifa.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.RateLimitedException;
import org.zhifa.identity.OrgUnits;
import org.zhifa.publicity.PublicityProperties;
import org.zhifa.publicity.internal.ComplaintCategory;
import org.zhifa.publicity.internal.ComplaintService;
import org.zhifa.publicity.internal.ComplaintService.Receipt;
import org.zhifa.publicity.internal.ComplaintService.Status;
import org.zhifa.publicity.internal.ComplaintService.Submission;
import org.zhifa.publicity.internal.ComplaintService.Upload;

/**
 * Complaint and report intake for the public (投诉举报, 方案 31). The HTML form works without JavaScript and is
 * protected by CSRF; the JSON API under /api/public is for apps and other portals.
 */
@Controller
@Tag(name = "投诉举报（公开）", description = "提交投诉举报、凭受理编号和查询码查询办理状态；无需登录")
class PublicComplaintController {

    private final ComplaintService complaints;
    private final OrgUnits units;
    private final PublicityProperties properties;

    PublicComplaintController(ComplaintService complaints, OrgUnits units, PublicityProperties properties) {
        this.complaints = complaints;
        this.units = units;
        this.properties = properties;
    }

    // ---- API

    @PostMapping(path = "/api/public/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(summary = "提交投诉举报（可带附件）", description = "附件仅限 JPG、PNG、PDF（按文件内容识别），单个不超过 5 MB，"
            + "最多 3 个；同一地址每小时最多 5 次。返回受理编号和查询码（只显示一次）")
    ResponseEntity<Receipt> apiSubmitMultipart(@RequestParam(required = false) String category,
            @RequestParam(required = false) String enterpriseName, @RequestParam(required = false) Long concernedUnitId,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String description,
            @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone,
            @RequestPart(name = "attachments", required = false) MultipartFile[] attachments,
            HttpServletRequest request) {
        Receipt r = complaints.submit(new Submission(category, enterpriseName, concernedUnitId, subject, description,
                contactName, contactPhone), uploads(attachments), request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(r);
    }

    @PostMapping(path = "/api/public/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "提交投诉举报（JSON，无附件）")
    ResponseEntity<Receipt> apiSubmitJson(@RequestBody Submission submission, HttpServletRequest request) {
        Receipt r = complaints.submit(submission, List.of(), request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(r);
    }

    @GetMapping("/api/public/complaints/{number}")
    @ResponseBody
    @Operation(summary = "查询投诉举报办理状态", description = "受理编号和查询码须同时正确；错误次数按地址限制")
    Status apiStatus(@PathVariable String number, @RequestParam(required = false) String code,
            HttpServletRequest request) {
        return complaints.status(number, code, request.getRemoteAddr());
    }

    @ExceptionHandler(RateLimitedException.class)
    Object rateLimited(RateLimitedException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
            problem.setTitle("请求过于频繁");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView mav = new ModelAndView("publicity/public/complaint-form");
        mav.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        mav.addObject("error", e.getMessage());
        mav.addObject("errors", Map.of());
        mav.addObject("form", new Submission(null, null, null, null, null, null, null));
        formModel(mav.getModel());
        mav.addObject("hotline", properties.hotline());
        return mav;
    }

    // ---- pages

    @GetMapping("/public/complaints")
    String form(Model model) {
        model.addAttribute("form", new Submission(null, null, null, null, null, null, null));
        model.addAttribute("errors", Map.of());
        formModel(model.asMap());
        return "publicity/public/complaint-form";
    }

    @PostMapping("/public/complaints")
    String submit(Submission form, @RequestParam(name = "attachments", required = false) MultipartFile[] attachments,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            Receipt r = complaints.submit(form, uploads(attachments), request.getRemoteAddr());
            redirect.addFlashAttribute("receipt", r);
            return "redirect:/public/complaints/receipt";
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("error", "请按提示修改后重新提交");
            formModel(model.asMap());
            return "publicity/public/complaint-form";
        }
    }

    @GetMapping("/public/complaints/receipt")
    String receipt(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/public/complaints/status";
        }
        return "publicity/public/complaint-receipt";
    }

    @GetMapping("/public/complaints/status")
    String statusForm(Model model) {
        return "publicity/public/complaint-status";
    }

    @PostMapping("/public/complaints/status")
    String status(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            HttpServletRequest request, Model model) {
        model.addAttribute("number", number);
        try {
            Status st = complaints.status(number, code, request.getRemoteAddr());
            model.addAttribute("status", st);
            model.addAttribute("receivedAt", Times.minute(st.receivedAt()));
        } catch (NotFoundException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "publicity/public/complaint-status";
    }

    private void formModel(Map<String, Object> model) {
        model.put("categories", Arrays.asList(ComplaintCategory.values()));
        model.put("units", units.all());
        model.put("maxAttachments", properties.maxAttachments());
        model.put("maxAttachmentMb", properties.maxAttachmentSize().toMegabytes());
        model.put("maxDescription", properties.maxDescriptionLength());
    }

    private static List<Upload> uploads(MultipartFile[] files) {
        List<Upload> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            try {
                out.add(new Upload(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
