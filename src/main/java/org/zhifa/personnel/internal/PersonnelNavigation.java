package org.zhifa.personnel.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Roster pages in the 人员培训 menu. */
@Configuration(proxyBeanMethods = false)
class PersonnelNavigation {

    static final String GROUP = "人员培训";

    @Bean
    NavItem officersNav() {
        return new NavItem(GROUP, "执法人员", "/personnel/officers", 10, Set.of("UNIT_HEAD", "SUPERVISOR"));
    }

    @Bean
    NavItem auxiliariesNav() {
        return new NavItem(GROUP, "执法辅助人员", "/personnel/auxiliaries", 11, Set.of("UNIT_HEAD", "SUPERVISOR"));
    }

    @Bean
    NavItem alertsNav() {
        return new NavItem(GROUP, "证件预警", "/personnel/alerts", 12, Set.of("UNIT_HEAD", "SUPERVISOR"));
    }

    @Bean
    NavItem ratiosNav() {
        return new NavItem(GROUP, "法制审核人员配备", "/personnel/reviewer-ratios", 13, Set.of("UNIT_HEAD", "SUPERVISOR"));
    }

    @Bean
    NavItem importNav() {
        return new NavItem(GROUP, "名册导入", "/personnel/import", 14, Set.of("UNIT_HEAD"));
    }

    @Bean
    NavItem myRecordNav() {
        return new NavItem(GROUP, "我的执法档案", "/personnel/me", 15, Set.of("OFFICER", "AUXILIARY", "LEGAL_REVIEWER"));
    }
}
