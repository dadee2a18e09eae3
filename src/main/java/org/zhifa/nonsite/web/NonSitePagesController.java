package org.zhifa.nonsite.web;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.common.Uploaded;
import org.zhifa.identity.DataScope;
import org.zhifa.nonsite.OverLimitJudge;
import org.zhifa.nonsite.internal.DeviceStatistics;
import org.zhifa.nonsite.internal.HomeAuthorityNotices;
import org.zhifa.nonsite.internal.MonitoringDevices;
import org.zhifa.nonsite.internal.VehicleDirectory;
import org.zhifa.nonsite.internal.WatchList;

/** Statistics, vehicle directory import, watch list with the home-authority clock, and the judgement trial page. */
@Controller
class NonSitePagesController {

    private final DeviceStatistics statistics;
    private final VehicleDirectory vehicles;
    private final WatchList watch;
    private final HomeAuthorityNotices notices;
    private final MonitoringDevices devices;
    private final DataScope scope;
    private final OverLimitJudge judge;
    private final Clock clock;

    NonSitePagesController(DeviceStatistics statistics, VehicleDirectory vehicles, WatchList watch,
            HomeAuthorityNotices notices, MonitoringDevices devices, DataScope scope, OverLimitJudge judge,
            Clock clock) {
        this.statistics = statistics;
        this.vehicles = vehicles;
        this.watch = watch;
        this.notices = notices;
        this.devices = devices;
        this.scope = scope;
        this.judge = judge;
        this.clock = clock;
    }

    @GetMapping("/nonsite/stats")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    String stats(@RequestParam(required = false) Long deviceId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Actor actor = CurrentActor.require();
        LocalDate t = to == null ? LocalDate.now(clock) : to;
        LocalDate f = from == null ? t.minusDays(29) : from;
        if (f.isAfter(t) || f.plusYears(1).isBefore(t)) {
            throw new InvalidInputException("统计区间须为一年以内且起始日期不晚于截止日期");
        }
        model.addAttribute("rows", statistics.days(scope.visibleUnitIds(actor), deviceId, f, t));
        model.addAttribute("devices", devices.visible(scope.visibleUnitIds(actor)));
        model.addAttribute("deviceId", deviceId);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("source", UriComponentsBuilder.fromPath("/api/nonsite/stats").queryParam("from", f)
                .queryParam("to", t).queryParamIfPresent("deviceId", java.util.Optional.ofNullable(deviceId)).build().toUriString());
        model.addAttribute("csv", UriComponentsBuilder.fromPath("/nonsite/stats.csv").queryParam("from", f)
                .queryParam("to", t).queryParamIfPresent("deviceId", java.util.Optional.ofNullable(deviceId)).build().toUriString());
        return "nonsite/stats";
    }

    @GetMapping("/api/nonsite/stats")
    @ResponseBody
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    List<DeviceStatistics.DayRow> statsApi(@RequestParam(required = false) Long deviceId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from.isAfter(to) || from.plusYears(1).isBefore(to)) {
            throw new InvalidInputException("统计区间须为一年以内且起始日期不晚于截止日期");
        }
        return statistics.days(scope.visibleUnitIds(CurrentActor.require()), deviceId, from, to);
    }

    @GetMapping(path = "/nonsite/stats.csv", produces = "text/csv;charset=UTF-8")
    @ResponseBody
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    org.springframework.http.ResponseEntity<String> statsCsv(@RequestParam(required = false) Long deviceId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        StringBuilder s = new StringBuilder("\uFEFF日期,设备编号,位置,检测数,超限数,超限率%,线索数,已审核,已确认\n");
        for (var r : statsApi(deviceId, from, to)) {
            s.append(r.day()).append(',').append(r.deviceCode()).append(",\"").append(r.place().replace("\"", "\"\""))
                    .append("\",").append(r.detections()).append(',').append(r.overLimit()).append(',')
                    .append(BigDecimal.valueOf(r.overLimitRate()).setScale(2, java.math.RoundingMode.HALF_UP))
                    .append(',').append(r.clues()).append(',').append(r.reviewed()).append(',').append(r.confirmed()).append('\n');
        }
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"nonsite-stats-" + from + "-" + to + ".csv\"")
                .body(s.toString());
    }

    @GetMapping("/nonsite/vehicles")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String vehicles(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", vehicles.search(q, Math.max(0, page), 20));
        model.addAttribute("q", q);
        model.addAttribute("header", VehicleDirectory.HEADER);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/nonsite/vehicles")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(x -> !x.isBlank())).encode().build().toUriString());
        return "nonsite/vehicles";
    }

    @PostMapping("/nonsite/vehicles")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String importVehicles(@Uploaded @Parameter(description = "车辆目录 CSV 文件") @RequestParam(required = false)
            MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            var r = vehicles.importCsv(file.getInputStream(), CurrentActor.require());
            redirect.addFlashAttribute("message", "导入完成：新增 " + r.imported() + "，更新 " + r.updated() + "，错误 "
                    + r.errors().size() + " 行");
            redirect.addFlashAttribute("importErrors", r.errors());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/nonsite/vehicles";
    }

    @GetMapping("/nonsite/watch")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    String watch(@RequestParam(required = false) Integer year, Model model) {
        Actor actor = CurrentActor.require();
        int y = year == null ? Year.now(clock).getValue() : year;
        var units = scope.visibleUnitIds(actor);
        model.addAttribute("year", y);
        model.addAttribute("vehicles", watch.vehicles(units));
        model.addAttribute("enterprises", watch.enterprises(y, units));
        model.addAttribute("notices", notices.open(units));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canInform", actor.hasRole("OFFICER") || actor.hasRole("UNIT_HEAD"));
        return "nonsite/watch";
    }

    @PostMapping("/nonsite/notices/{caseId}/informed")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String informed(@PathVariable long caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate informedOn,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            notices.markInformed(caseId, informedOn, note, CurrentActor.require());
            redirect.addFlashAttribute("message", "已登记通报");
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/nonsite/watch";
    }

    @GetMapping("/nonsite/judge")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    String judgeForm(@Valid @ModelAttribute("judge") JudgeApiController.JudgeRequest form, BindingResult binding,
            @RequestParam Map<String, String> params, Model model) {
        model.addAttribute("p", params);
        FormErrors.none(model);
        if (params.containsKey("axles") && !FormErrors.reject(binding, model)) {
            try {
                model.addAttribute("verdict", judge.judge(JudgeApiController.measurement(form)));
            } catch (InvalidInputException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "nonsite/judge";
    }
}
