package org.zhifa.catalog.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Links of the 执法事项 menu group. */
@Configuration
class CatalogNavigation {

    private static final Set<String> BUSINESS = Set.of("OFFICER", "AUXILIARY", "LEGAL_REVIEWER", "UNIT_HEAD", "SUPERVISOR");

    @Bean
    NavItem catalogViolationsNav() {
        return new NavItem("执法事项", "违法行为与裁量基准", "/catalog", 10, BUSINESS);
    }

    @Bean
    NavItem catalogMattersNav() {
        return new NavItem("执法事项", "执法事项清单", "/catalog/matters", 20, BUSINESS);
    }

    @Bean
    NavItem catalogExemptionsNav() {
        return new NavItem("执法事项", "免罚清单", "/catalog/exemptions", 30, BUSINESS);
    }

    @Bean
    NavItem catalogUsageNav() {
        return new NavItem("执法事项", "事项使用情况", "/catalog/usage", 40,
                Set.of("UNIT_HEAD", "SUPERVISOR", "LEGAL_REVIEWER"));
    }
}
