package org.zhifa.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.workbench.TodoItem;
import org.zhifa.workbench.TodoSource;

/**
 * From 1 November the security administrator (who loads it) and heads (whose deadlines depend on it) are told when
 * next year's official holiday schedule is not loaded: deadlines reaching into that year count weekends only and are
 * marked 待复核 until it is.
 */
@Component
class CalendarTodos implements TodoSource {

    /** The State Council publishes the next year's schedule in the autumn; from this day its absence is flagged. */
    static final MonthDay WARN_FROM = MonthDay.of(11, 1);

    static final String CATEGORY = "工作日历";

    private final CalendarRepository repository;
    private final Clock clock;

    CalendarTodos(CalendarRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todos(Actor actor) {
        boolean admin = actor.hasRole("SECURITY_ADMIN");
        if (!admin && !actor.hasRole("UNIT_HEAD")) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
        Set<Integer> loaded = repository.years().stream().map(CalendarRepository.YearRow::year).collect(Collectors.toSet());
        return missingNextYear(today, loaded).map(year -> List.of(admin
                ? TodoItem.waiting(CATEGORY, year + " 年节假日安排尚未载入", "粘贴国务院办公厅通知并核对保存",
                        "/admin/calendar/new?year=" + year, LocalDate.of(year - 1, 12, 31))
                : TodoItem.waiting(CATEGORY, year + " 年节假日安排尚未载入", "跨年期限暂按周末计算并标记待复核，请督促安全管理员载入",
                        "/cases/deadlines", LocalDate.of(year - 1, 12, 31))))
                .orElse(List.of());
    }

    /** Next year, when today is on or after 1 November and next year's schedule is not loaded. */
    static java.util.Optional<Integer> missingNextYear(LocalDate today, Set<Integer> loaded) {
        int next = today.getYear() + 1;
        return !MonthDay.from(today).isBefore(WARN_FROM) && !loaded.contains(next)
                ? java.util.Optional.of(next) : java.util.Optional.empty();
    }
}
