package org.zhifa.inspection.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Links of the 检查巡查 menu group. */
@Configuration
class InspectionNavigation {

    static final String GROUP = "检查巡查";
    private static final Set<String> READERS = Set.of("OFFICER", "AUXILIARY", "UNIT_HEAD", "LEGAL_REVIEWER", "SUPERVISOR");

    @Bean
    NavItem inspectionTasksNav() {
        return new NavItem(GROUP, "检查任务", "/inspection", 10, READERS);
    }

    @Bean
    NavItem inspectionPlansNav() {
        return new NavItem(GROUP, "抽查计划与抽取", "/inspection/plans", 20, READERS);
    }

    @Bean
    NavItem inspectionRecordsNav() {
        return new NavItem(GROUP, "检查台账", "/inspection/records", 30, READERS);
    }

    @Bean
    NavItem inspectionPublicationsNav() {
        return new NavItem(GROUP, "检查结果公示", "/inspection/publications", 35,
                Set.of("UNIT_HEAD", "SUPERVISOR", "LEGAL_REVIEWER"));
    }

    @Bean
    NavItem inspectionMonitorNav() {
        return new NavItem(GROUP, "多头/重复检查监测", "/inspection/monitor", 80,
                Set.of("UNIT_HEAD", "SUPERVISOR", "LEGAL_REVIEWER", "OFFICER"));
    }

    @Bean
    NavItem patrolLogsNav() {
        return new NavItem(GROUP, "巡查日志", "/patrol", 90, READERS);
    }

    @Bean
    NavItem patrolJournalNav() {
        return new NavItem(GROUP, "巡查日报", "/patrol/journal", 91, READERS);
    }

    @Bean
    NavItem patrolSchedulesNav() {
        return new NavItem(GROUP, "巡查计划", "/patrol/schedules", 92, READERS);
    }

    @Bean
    NavItem inspectionTargetsNav() {
        return new NavItem(GROUP, "检查对象名录", "/inspection/targets", 40, READERS);
    }

    @Bean
    NavItem inspectionItemsNav() {
        return new NavItem(GROUP, "随机抽查事项清单", "/inspection/items", 50, READERS);
    }

    @Bean
    NavItem inspectionInspectorsNav() {
        return new NavItem(GROUP, "执法检查人员名录", "/inspection/inspectors", 60, READERS);
    }

    @Bean
    NavItem inspectionSegmentsNav() {
        return new NavItem(GROUP, "路段管辖", "/inspection/segments", 70, READERS);
    }
}
