package org.zhifa.nonsite.internal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.catalog.CatalogProperties;
import org.zhifa.catalog.OverLimitMassPenalty;
import org.zhifa.common.NavItem;
import org.zhifa.nonsite.OverLimitJudge;

/** The judgement bean (with the catalogue's part-ton setting) and the "非现场执法" navigation group. */
@Configuration(proxyBeanMethods = false)
class NonSiteConfiguration {

    static final String GROUP = "非现场执法";
    static final Set<String> READERS = Set.of("OFFICER", "UNIT_HEAD", "LEGAL_REVIEWER", "SUPERVISOR");

    @Bean
    OverLimitJudge overLimitJudge(CatalogProperties catalog) {
        return new OverLimitJudge(new OverLimitMassPenalty(catalog.overlimitPartialTon()));
    }

    @Bean
    NavItem nonsiteCluesNav() {
        return new NavItem(GROUP, "线索审核", "/nonsite/clues", 300, Set.of("OFFICER", "UNIT_HEAD"));
    }

    @Bean
    NavItem nonsiteDevicesNav() {
        return new NavItem(GROUP, "监测设备", "/nonsite/devices", 301, READERS);
    }

    @Bean
    NavItem nonsiteStatsNav() {
        return new NavItem(GROUP, "设备统计", "/nonsite/stats", 302, READERS);
    }

    @Bean
    NavItem nonsiteVehiclesNav() {
        return new NavItem(GROUP, "车辆信息导入", "/nonsite/vehicles", 303, Set.of("OFFICER", "UNIT_HEAD"));
    }

    @Bean
    NavItem nonsiteRepeatNav() {
        return new NavItem(GROUP, "重点监管与车籍地通报", "/nonsite/watch", 304, READERS);
    }

    @Bean
    NavItem nonsiteJudgeNav() {
        return new NavItem(GROUP, "超限判定试算", "/nonsite/judge", 305, READERS);
    }
}
