package org.zhifa.cases.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** The 案件办理 menu. */
@Configuration
class CaseNavigation {

    static final String GROUP = "案件办理";

    @Bean
    NavItem caseListNav() {
        return new NavItem(GROUP, "案件列表", "/cases", 300,
                Set.of("OFFICER", "AUXILIARY", "LEGAL_REVIEWER", "UNIT_HEAD", "SUPERVISOR"));
    }

    @Bean
    NavItem caseNewNav() {
        return new NavItem(GROUP, "案源登记", "/cases/new", 301, Set.of("OFFICER"));
    }

    @Bean
    NavItem caseFieldNav() {
        return new NavItem(GROUP, "当场处罚", "/cases/field", 302, Set.of("OFFICER"));
    }

    @Bean
    NavItem caseDeadlinesNav() {
        return new NavItem(GROUP, "期限看板", "/cases/deadlines", 303,
                Set.of("OFFICER", "LEGAL_REVIEWER", "UNIT_HEAD", "SUPERVISOR"));
    }

    @Bean
    NavItem caseFilingsNav() {
        return new NavItem(GROUP, "重大决定备案", "/cases/filings", 304, Set.of("UNIT_HEAD", "SUPERVISOR"));
    }
}
