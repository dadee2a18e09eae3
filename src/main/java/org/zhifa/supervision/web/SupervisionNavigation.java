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
    NavItem complaintHandlingNavItem() {
        return new NavItem("执法监督", "投诉举报办理", "/supervision/complaints", 40, Set.of("SUPERVISOR", "UNIT_HEAD"));
    }

    @Bean
    NavItem alertsNavItem() {
        return new NavItem("执法监督", "监督预警与移送看板", "/supervision/alerts", 50, Set.of("SUPERVISOR", "UNIT_HEAD"));
    }

    @Bean
    NavItem disciplineCluesNavItem() {
        // the page itself answers only holders of the explicit right (DisciplineClues)
        return new NavItem("执法监督", "纪检监察线索", "/supervision/clues", 60, Set.of("SUPERVISOR", "UNIT_HEAD"));
    }

    @Bean
    NavItem clueRightsNavItem() {
        return new NavItem("系统管理", "纪检监察线索查阅权", "/supervision/clue-rights", 26, Set.of("SECURITY_ADMIN"));
    }

    @Bean
    NavItem mediationsNavItem() {
        return new NavItem("执法监督", "行政调解", "/supervision/mediations", 70,
                Set.of("OFFICER", "LEGAL_REVIEWER", "UNIT_HEAD", "SUPERVISOR"));
    }

    @Bean
    NavItem appraisalNavItem() {
        return new NavItem("执法监督", "评议考核", "/supervision/appraisal", 80, Set.of("SUPERVISOR"));
    }

    @Bean
    NavItem rectificationsNavItem() {
        return new NavItem("执法监督", "整改通知", "/supervision/rectifications", 30, Set.of("SUPERVISOR", "UNIT_HEAD"));
    }
}
