package org.zhifa.publicity.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Links of the publicity module in the main navigation. */
@Configuration(proxyBeanMethods = false)
class PublicityNavigation {

    @Bean
    NavItem publicationBoardNavItem() {
        return new NavItem("公示与监督", "处罚决定公示", "/publicity/publications", 10,
                Set.of("OFFICER", "LEGAL_REVIEWER", "UNIT_HEAD", "SUPERVISOR"));
    }

    @Bean
    NavItem complaintQueueNavItem() {
        return new NavItem("公示与监督", "投诉举报受理", "/publicity/complaints", 20, Set.of("SUPERVISOR"));
    }

    @Bean
    NavItem publicPortalNavItem() {
        return new NavItem("公示与监督", "公众门户", "/public", 90, Set.of());
    }
}
