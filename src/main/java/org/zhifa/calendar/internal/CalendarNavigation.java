package org.zhifa.calendar.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** The calendar's link in the main navigation: only the security administrator maintains the calendar. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavItem calendarNavItem() {
        return new NavItem("系统管理", "工作日历", "/admin/calendar", 30, Set.of("SECURITY_ADMIN"));
    }
}
