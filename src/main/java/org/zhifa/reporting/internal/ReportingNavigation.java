package org.zhifa.reporting.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Reporting pages in the 统计报送 menu. */
@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    static final String GROUP = "统计报送";
    static final Set<String> READERS = Set.of("UNIT_HEAD", "SUPERVISOR");

    @Bean
    NavItem reportingDashboardNav() {
        return new NavItem(GROUP, "数据看板", "/reporting/dashboard", 60, READERS);
    }

    @Bean
    NavItem reportingMonthlyNav() {
        return new NavItem(GROUP, "月度统计报表", "/reporting/monthly", 61, READERS);
    }

    @Bean
    NavItem reportingLedgerNav() {
        return new NavItem(GROUP, "三年行动台账", "/reporting/ledger", 62, READERS);
    }

    @Bean
    NavItem reportingUsageNav() {
        return new NavItem(GROUP, "系统使用率", "/reporting/usage", 63, READERS);
    }

    @Bean
    NavItem reportingYearlyNav() {
        return new NavItem(GROUP, "年度数据与工作报告", "/reporting/yearly", 64, READERS);
    }
}
