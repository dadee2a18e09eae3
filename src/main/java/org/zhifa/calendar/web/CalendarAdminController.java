package org.zhifa.calendar.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.internal.CalendarAdministration;
import org.zhifa.calendar.internal.CalendarRepository;
import org.zhifa.calendar.internal.CalendarService;
import org.zhifa.calendar.internal.NoticeParser;
import org.zhifa.calendar.internal.YearForm;
import org.zhifa.common.FormErrors;
import org.zhifa.common.PageResult;

/** The security administrator's calendar pages: loaded years, a year's days, new schedules, local holidays. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class CalendarAdminController {

    private static final int PAGE_SIZE = 20;

    private final CalendarRepository repository;
    private final CalendarService calendar;
    private final CalendarAdministration administration;
    private final Clock clock;

    CalendarAdminController(CalendarRepository repository, CalendarService calendar,
            CalendarAdministration administration, Clock clock) {
        this.repository = repository;
        this.calendar = calendar;
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping
    String index(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) DayKind kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size, Model model) {
        List<CalendarRepository.YearRow> years = repository.years();
        model.addAttribute("years", years);
        Integer selected = year;
        if (selected == null) {
            int thisYear = Year.now(clock).getValue();
            selected = years.stream().anyMatch(y -> y.year() == thisYear) ? Integer.valueOf(thisYear)
                    : years.isEmpty() ? null : Integer.valueOf(years.get(0).year());
        }
        final Integer chosen = selected;
        Optional<CalendarRepository.YearRow> row = chosen == null ? Optional.empty()
                : years.stream().filter(y -> y.year() == chosen).findFirst();
        model.addAttribute("selected", row.orElse(null));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", List.of(DayKind.HOLIDAY, DayKind.ADJUSTED_WORKDAY, DayKind.LOCAL_HOLIDAY));
        if (row.isPresent()) {
            int size2 = PageResult.clampSize(size);
            PageResult<CalendarRepository.DayRow> days = repository.days(chosen, kind, q, Math.max(page, 0), size2);
            model.addAttribute("days", days);
            model.addAttribute("months", MonthView.year(calendar.rules(), chosen));
        } else if (chosen != null) {
            model.addAttribute("missingYear", chosen);
        }
        return "calendar/index";
    }

    @GetMapping("/new")
    String newYear(@RequestParam(required = false) Integer year, Model model) {
        YearForm form = new YearForm();
        form.setYear(year);
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        return "calendar/year-form";
    }

    /** The year a published notice is read for. */
    record NoticeYear(@NotNull @Schema(description = "通知对应的年度") Integer year) {
    }

    /** The notice as published, read into the form for confirmation: nothing is saved here. */
    @PostMapping("/new/notice")
    String readNotice(@Valid NoticeYear input, BindingResult binding, @RequestParam(required = false) String notice,
            Model model, HttpServletResponse response) {
        YearForm form = new YearForm();
        form.setYear(input == null ? null : input.year());
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        model.addAttribute("notice", notice);
        if (binding.hasErrors()) {
            // the year form below keeps its own messages; the notice's are shown beside the notice (400)
            model.addAttribute("noticeErrors", List.copyOf(FormErrors.of(binding).values()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "calendar/year-form";
        }
        NoticeParser.Result r = NoticeParser.parse(input.year(), notice);
        model.addAttribute("noticeErrors", r.errors());
        if (r.ok()) {
            form.setDaysOff(String.join("\n", r.daysOffLines()));
            form.setAdjustedWorkdays(String.join("\n", r.adjustedLines()));
            model.addAttribute("parsed", r.holidays());
        }
        return "calendar/year-form";
    }

    @PostMapping("/years")
    String addYear(@ModelAttribute("form") YearForm form, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> errors = administration.addYear(form);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "calendar/year-form";
        }
        redirect.addFlashAttribute("message", (form.isReplace() ? "已替换 " : "已录入 ") + form.getYear() + " 年节假日安排");
        return "redirect:/admin/calendar?year=" + form.getYear();
    }

    @PostMapping("/years/{year}/local-holidays")
    String addLocal(@PathVariable int year, @RequestParam(required = false) String line, RedirectAttributes redirect) {
        Map<String, List<String>> errors = administration.addLocalHoliday(year, line);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("message", "已增加地方节假日：" + line.trim());
        } else {
            redirect.addFlashAttribute("localErrors", errors.get(CalendarAdministration.LOCAL));
            redirect.addFlashAttribute("localLine", line);
        }
        return "redirect:/admin/calendar?year=" + year + "&kind=LOCAL_HOLIDAY";
    }

    @PostMapping("/years/{year}/local-holidays/{day}/delete")
    String removeLocal(@PathVariable int year, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        administration.removeLocalHoliday(year, day);
        redirect.addFlashAttribute("message", "已删除 " + day + " 的地方节假日");
        return "redirect:/admin/calendar?year=" + year + "&kind=LOCAL_HOLIDAY";
    }
}
