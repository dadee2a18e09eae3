package org.zhifa.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;
import org.zhifa.reporting.Figure;
import org.zhifa.reporting.internal.WorkReportDocx;
import org.zhifa.reporting.internal.YearlyData;

/** Yearly data (computed, published on the portal) and the yearly work report as DOCX. */
@Controller
class YearlyController {

    private final YearlyData yearly;
    private final WorkReportDocx workReport;
    private final DataScope scope;
    private final OrgUnits units;
    private final Clock clock;

    YearlyController(YearlyData yearly, WorkReportDocx workReport, DataScope scope, OrgUnits units, Clock clock) {
        this.yearly = yearly;
        this.workReport = workReport;
        this.scope = scope;
        this.units = units;
        this.clock = clock;
    }

    static List<Figure> published() {
        return Arrays.stream(Figure.values()).filter(f -> f.kind() != Figure.Kind.ENTERED).toList();
    }

    @GetMapping("/reporting/yearly")
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
    String page(@RequestParam(required = false) Integer year, Model model) {
        Actor actor = CurrentActor.require();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("dueOn", yearly.dueOn(y));
        model.addAttribute("data", yearly.compute(y));
        model.addAttribute("figures", published());
        model.addAttribute("publication", yearly.published(y).orElse(null));
        model.addAttribute("publisher", scope.seesAll(actor));
        model.addAttribute("units", units.all().stream().filter(u -> scope.canSee(actor, u.id())).toList());
        model.addAttribute("unitId", actor.unitId());
        return "reporting/yearly";
    }

    @PostMapping("/reporting/yearly/{year}/publish")
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
    String publish(@PathVariable int year, RedirectAttributes redirect) {
        try {
            yearly.publish(CurrentActor.require(), year);
            redirect.addFlashAttribute("message", year + " 年度行政执法数据已在门户网站公开");
        } catch (AccessRefusedException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reporting/yearly?year=" + year;
    }

    @PostMapping("/api/reporting/yearly/{year}/publish")
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
    @ResponseBody
    YearlyData.Publication publishApi(@PathVariable int year) {
        return yearly.publish(CurrentActor.require(), year);
    }

    @GetMapping("/reporting/yearly/{year}/work-report.docx")
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
    ResponseEntity<byte[]> workReport(@PathVariable int year, @RequestParam long unitId) {
        byte[] docx = workReport.draft(CurrentActor.require(), unitId, year);
        String name = units.require(unitId).name() + year + "年度行政执法工作情况报告.docx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(docx);
    }

    @GetMapping("/public/statistics")
    String publicIndex(Model model) {
        model.addAttribute("years", yearly.publishedYears());
        return "reporting/public-index";
    }

    @GetMapping("/public/statistics/{year}")
    String publicYear(@PathVariable int year, Model model) {
        var p = yearly.published(year).orElseThrow(() -> new NotFoundException(year + " 年度行政执法数据尚未公开"));
        model.addAttribute("publication", p);
        model.addAttribute("figures", published());
        return "reporting/public-year";
    }

    @GetMapping("/api/public/statistics/{year}")
    @ResponseBody
    Map<String, Map<String, Long>> publicApi(@PathVariable int year) {
        return yearly.published(year).orElseThrow(() -> new NotFoundException(year + " 年度行政执法数据尚未公开")).figures();
    }
}
