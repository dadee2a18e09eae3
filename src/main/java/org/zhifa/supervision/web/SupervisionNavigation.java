package org.zhifa.supervision.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Links of the supervision module in the main navigation. */
@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

    @Bean
    NavItem evaluationCampaignsNavItem() {
        return new NavItem("执法监督", "案卷评查活动", "/supervision/campaigns", 10, Set.of("SUPERVISOR"));
    }

    @Bean
    NavItem myEvaluationsNavItem() {
        return new NavItem("执法监督", "我的评查任务", "/supervision/evaluations", 20,
                Set.of("OFFICER", "LEGAL_REVIEWER", "UNIT_HEAD", "SUPERVISOR"));
    }

    @Bean
    NavItem rectificationsNavItem() {
        return new NavItem("执法监督", "整改通知", "/supervision/rectifications", 30, Set.of("SUPERVISOR", "UNIT_HEAD"));
    }
}
