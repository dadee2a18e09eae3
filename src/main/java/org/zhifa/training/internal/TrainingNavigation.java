package org.zhifa.training.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Training pages in the 人员培训 menu. */
@Configuration(proxyBeanMethods = false)
class TrainingNavigation {

    static final String GROUP = "人员培训";
    static final Set<String> MANAGERS = Set.of("UNIT_HEAD", "SUPERVISOR");

    @Bean
    NavItem ledgerNav() {
        return new NavItem(GROUP, "培训台账", "/training/ledger", 20,
                Set.of("UNIT_HEAD", "SUPERVISOR", "OFFICER", "AUXILIARY", "LEGAL_REVIEWER"));
    }

    @Bean
    NavItem sessionsNav() {
        return new NavItem(GROUP, "培训课程与签到", "/training/sessions", 21, MANAGERS);
    }

    @Bean
    NavItem plansNav() {
        return new NavItem(GROUP, "年度培训计划", "/training/plans", 22, MANAGERS);
    }

    @Bean
    NavItem rotationsNav() {
        return new NavItem(GROUP, "全员轮训", "/training/rotations", 23, MANAGERS);
    }

    @Bean
    NavItem examsNav() {
        return new NavItem(GROUP, "考试成绩", "/training/exams", 24, MANAGERS);
    }

    @Bean
    NavItem fitnessNav() {
        return new NavItem(GROUP, "体能测试与练兵", "/training/fitness", 25, MANAGERS);
    }
}
