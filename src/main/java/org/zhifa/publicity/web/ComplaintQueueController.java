package org.zhifa.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.common.RuleViolationException;
import org.zhifa.publicity.internal.ComplaintService;
import org.zhifa.publicity.internal.ComplaintService.Attachment;
import org.zhifa.publicity.internal.ComplaintService.Complaint;

/**
 * The supervision bureau's queue of received complaints: list, read, acknowledge (handling itself belongs to the
 * supervision module). Complaints concern every unit, so only the supervision bureau (SUPERVISOR) sees them.
 */
@Controller
@Tag(name = "投诉举报受理", description = "州执法监督局的投诉举报队列与受理确认")
@PreAuthorize("hasRole('SUPERVISOR')")
class ComplaintQueueController {

    private final ComplaintService complaints;

    ComplaintQueueController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    record AcknowledgeBody(int version, String reply) {
    }

    @GetMapping("/api/publicity/complaints")
    @ResponseBody
    @Operation(summary = "投诉举报队列", description = "绿色通道优先，未受理在前")
    PageResult<Complaint> api(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean green, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return complaints.queue(status(status), q, green, Math.max(0, page), PageResult.clampSize(size));
    }

    @PostMapping("/api/publicity/complaints/{id}/acknowledge")
    @ResponseBody
    @Operation(summary = "确认受理并答复投诉人")
    Map<String, Object> apiAcknowledge(@PathVariable long id, @RequestBody AcknowledgeBody body) {
        complaints.acknowledge(CurrentActor.require(), id, body.version(), body.reply());
        return Map.of("id", id, "status", "ACKNOWLEDGED");
    }

    @GetMapping("/publicity/complaints")
    String queue(@RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean green,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", complaints.queue(status(status), q, green, Math.max(0, page), 20));
        model.addAttribute("status", status);
        model.addAttribute("green", green);
        model.addAttribute("q", q);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/publicity/complaints").queryParam("green", green)
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status).filter(s -> !s.isBlank()))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .encode().build().toUriString());
        return "publicity/complaints";
    }

    /** The complaint ledger (.xlsx) of the queue's filter, up to the first 10,000, times in Beijing time. */
    @GetMapping("/publicity/complaints/export.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean green, @RequestParam(required = false) String q) {
        java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var items = complaints.queue(status(status), q, green, page, 200).items();
            items.forEach(c -> rows.add(java.util.Arrays.asList(c.number(), c.categoryLabel(),
                    c.greenChannel() ? "是" : "否", c.enterpriseName(), c.concernedUnitName(), c.subject(),
                    "ACKNOWLEDGED".equals(c.status()) ? "已受理" : "待受理",
                    org.zhifa.common.ChinaTime.dateTime(c.receivedAt()), org.zhifa.common.ChinaTime.dateTime(c.acknowledgedAt()),
                    c.acknowledgedBy())));
            if (items.size() < 200) {
                break;
            }
        }
        byte[] xlsx = org.zhifa.common.Spreadsheet.xlsx("投诉举报", java.util.List.of("编号", "类别", "民营企业绿色通道",
                "企业名称", "涉及单位", "事由", "状态", "收到时间", "受理时间", "受理人"), rows);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", org.zhifa.common.Spreadsheet.attachment("投诉举报台账.xlsx"))
                .contentType(org.springframework.http.MediaType.parseMediaType(org.zhifa.common.Spreadsheet.CONTENT_TYPE))
                .body(xlsx);
    }

    @GetMapping("/publicity/complaints/{id}")
    String detail(@PathVariable long id, Model model) {
        Complaint c = complaints.find(id);
        model.addAttribute("c", c);
        model.addAttribute("receivedAt", Times.minute(c.receivedAt()));
        model.addAttribute("acknowledgedAt", Times.minute(c.acknowledgedAt()));
        return "publicity/complaint";
    }

    @PostMapping("/publicity/complaints/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reply,
            RedirectAttributes redirect) {
        try {
            complaints.acknowledge(CurrentActor.require(), id, version, reply);
            redirect.addFlashAttribute("message", "已确认受理，投诉人可查询到答复");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/publicity/complaints/" + id;
    }

    @GetMapping("/publicity/complaints/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        Map.Entry<Attachment, byte[]> a = complaints.attachment(id, attachmentId);
        // served as a download with its detected type: never rendered inline from our origin
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.getKey().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.getKey().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(a.getValue());
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!status.equals("RECEIVED") && !status.equals("ACKNOWLEDGED")) {
            throw new InvalidInputException("状态无效", Map.of("status", "状态无效"));
        }
        return status;
    }
}
