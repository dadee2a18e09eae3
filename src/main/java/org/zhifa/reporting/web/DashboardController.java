package org.zhifa.reporting.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhifa.common.CurrentActor;
import org.zhifa.reporting.internal.Dashboard;

/** The head's and the supervisor's dashboard: ECharts drawn from /api/reporting/dashboard, each point a link. */
@Controller
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/reporting/dashboard")
    String page(Model model) {
        model.addAttribute("charts", dashboard.charts(CurrentActor.require()));
        return "reporting/dashboard";
    }

    @GetMapping("/api/reporting/dashboard")
    @ResponseBody
    List<Dashboard.Chart> api() {
        return dashboard.charts(CurrentActor.require());
    }
}
