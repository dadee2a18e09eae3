package org.zhifa.calendar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.internal.CalendarRepository;
import org.zhifa.calendar.internal.CalendarRules;
import org.zhifa.calendar.internal.CalendarService;
import org.zhifa.calendar.internal.DayException;
import org.zhifa.common.InvalidInputException;

/** Read access to the working-day calendar for every logged-in user (legal-rules §1). */
@RestController
@RequestMapping("/api/calendar")
@PreAuthorize("isAuthenticated()")
@Tag(name = "工作日历", description = "法定节假日、调休上班日与期限计算")
class CalendarApiController {

    private final CalendarService calendar;
    private final CalendarRepository repository;

    CalendarApiController(CalendarService calendar, CalendarRepository repository) {
        this.calendar = calendar;
        this.repository = repository;
    }

    /** One day: whether it is a working day and why. */
    record DayView(LocalDate date, boolean working, DayKind kind, String name) {
    }

    /** A computed deadline; exactly one of workingDays and days is present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeadlineView(LocalDate from, LocalDate due, Integer workingDays, Integer days) {
    }

    /** A loaded year and the notice it comes from. */
    record YearView(int year, String source, String loadedBy, OffsetDateTime loadedAt, int holidays,
            int adjustedWorkdays, int localHolidays) {
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "查询某日是否为工作日", description = "返回日期类型（工作日、周末、法定节假日、调休上班日、地方节假日）及节日名称；"
            + "该年度安排未录入时返回 422")
    DayView day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        CalendarRules rules = calendar.rules();
        DayKind kind = rules.kindOf(date);
        String name = rules.exceptionOn(date).map(DayException::name).orElse(null);
        return new DayView(date, kind.working(), kind, name);
    }

    @GetMapping("/deadline")
    @Operation(summary = "计算期限届满日", description = "workingDays：按工作日计算（《行政处罚法》第八十五条、《行政强制法》第六十九条）；"
            + "days：按自然日计算，届满日为节假日的顺延至其后第一个工作日。起算日不计入。二者须且只能填一个")
    DeadlineView deadline(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(description = "起算日（不计入）") LocalDate from,
            @RequestParam(required = false) @Parameter(description = "工作日数") Integer workingDays,
            @RequestParam(required = false) @Parameter(description = "自然日数") Integer days) {
        if ((workingDays == null) == (days == null)) {
            throw new InvalidInputException("请在 workingDays（工作日数）和 days（自然日数）中填写且只填写一个");
        }
        if (workingDays != null) {
            return new DeadlineView(from, calendar.addWorkingDays(from, workingDays), workingDays, null);
        }
        return new DeadlineView(from, calendar.addCalendarDays(from, days), null, days);
    }

    @GetMapping("/years")
    @Operation(summary = "已录入的年度", description = "已录入国务院节假日安排的年度及其依据的通知")
    List<YearView> years() {
        return repository.years().stream()
                .map(y -> new YearView(y.year(), y.source(), y.loadedBy(), y.loadedAt(), y.holidays(),
                        y.adjustedWorkdays(), y.localHolidays()))
                .toList();
    }
}
