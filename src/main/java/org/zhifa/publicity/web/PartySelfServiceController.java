package org.zhifa.publicity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.cases.PartyStatementInbox;
import org.zhifa.cases.PartyStatementInbox.PartyView;
import org.zhifa.common.RateLimitedException;
import org.zhifa.common.RateLimiter;
import org.zhifa.common.RuleViolationException;
import org.zhifa.publicity.internal.ComplaintService;
import org.zhifa.publicity.PublicityProperties;

/**
 * A party's own non-site record (《行政处罚法》第四十一条): with the plate and the notice number the party sees the
 * record, its evidence summary and where the device stands, and states and defends online. The data comes from the
 * cases module; without it the page says so instead of showing anything made up.
 */
@Controller
class PartySelfServiceController {

    static final String LOOKUP_BUCKET = "party-lookup";

    private final ObjectProvider<PartyStatementInbox> inbox;
    private final RateLimiter rateLimit;
    private final PublicityProperties properties;
    private final PublicRoutes routes;

    PartySelfServiceController(ObjectProvider<PartyStatementInbox> inbox, RateLimiter rateLimit,
            PublicityProperties properties, PublicRoutes routes) {
        this.inbox = inbox;
        this.rateLimit = rateLimit;
        this.properties = properties;
        this.routes = routes;
    }

    /** The non-site module's page of published device locations, when this build has it. */
    @org.springframework.web.bind.annotation.ModelAttribute("devicesUrl")
    String devicesUrl() {
        return routes.exists(PublicRoutes.DEVICES) ? PublicRoutes.DEVICES : null;
    }

    @GetMapping("/public/nonsite")
    String form(Model model) {
        model.addAttribute("available", inbox.getIfAvailable() != null);
        return "publicity/public/nonsite";
    }

    @PostMapping("/public/nonsite")
    String lookup(@RequestParam(required = false) String plateNumber, @RequestParam(required = false) String noticeNumber,
            HttpServletRequest request, Model model) {
        PartyStatementInbox service = inbox.getIfAvailable();
        model.addAttribute("available", service != null);
        model.addAttribute("plateNumber", plateNumber);
        model.addAttribute("noticeNumber", noticeNumber);
        if (service == null) {
            return "publicity/public/nonsite";
        }
        Optional<PartyView> view = find(service, plateNumber, noticeNumber, request);
        if (view.isEmpty()) {
            model.addAttribute("error", "未找到记录：请核对车牌号和通知书编号");
        } else {
            show(model, view.get());
        }
        return "publicity/public/nonsite";
    }

    @PostMapping("/public/nonsite/statement")
    String statement(@RequestParam(required = false) String plateNumber,
            @RequestParam(required = false) String noticeNumber, @RequestParam(required = false) String statement,
            @RequestParam(required = false) String contactPhone, HttpServletRequest request, Model model) {
        PartyStatementInbox service = inbox.getIfAvailable();
        model.addAttribute("available", service != null);
        model.addAttribute("plateNumber", plateNumber);
        model.addAttribute("noticeNumber", noticeNumber);
        if (service == null) {
            return "publicity/public/nonsite";
        }
        Optional<PartyView> view = find(service, plateNumber, noticeNumber, request);
        if (view.isEmpty()) {
            model.addAttribute("error", "未找到记录：请核对车牌号和通知书编号");
            return "publicity/public/nonsite";
        }
        show(model, view.get());
        if (statement == null || statement.strip().length() < 5 || statement.strip().length() > 5000) {
            model.addAttribute("statementError", "请填写陈述申辩内容（5 至 5000 字）");
            model.addAttribute("statement", statement);
            return "publicity/public/nonsite";
        }
        try {
            model.addAttribute("receipt", service.submit(noticeNumber.strip(), plateNumber.strip(), statement.strip(),
                    contactPhone == null ? null : contactPhone.strip()));
        } catch (RuleViolationException e) {
            model.addAttribute("statementError", e.rejection().text());
            model.addAttribute("statement", statement);
        }
        return "publicity/public/nonsite";
    }

    private static void show(Model model, PartyView view) {
        model.addAttribute("view", view);
        model.addAttribute("actTime", Times.day(view.actTime()));
    }

    private Optional<PartyView> find(PartyStatementInbox service, String plate, String notice,
            HttpServletRequest request) {
        String client = ComplaintService.clientKey(request.getRemoteAddr());
        if (plate == null || plate.isBlank() || notice == null || notice.isBlank()) {
            return Optional.empty();
        }
        // guessing notice numbers is limited like guessing complaint codes: a failed attempt keeps its use
        rateLimit.require(LOOKUP_BUCKET, client, properties.lookupFailuresPerHour(), Duration.ofHours(1), "查询");
        Optional<PartyView> v = service.lookup(notice.strip(), plate.strip().toUpperCase());
        if (v.isPresent()) {
            rateLimit.giveBack(LOOKUP_BUCKET, client);
        }
        return v;
    }

    @ExceptionHandler(RateLimitedException.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS)
    String rateLimited(RateLimitedException e, Model model) {
        model.addAttribute("available", true);
        model.addAttribute("error", e.getMessage());
        model.addAttribute("hotline", properties.hotline());
        return "publicity/public/nonsite";
    }
}
