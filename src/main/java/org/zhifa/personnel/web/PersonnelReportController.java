package org.zhifa.personnel.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.personnel.PersonnelProperties;
import org.zhifa.personnel.internal.PersonnelAccess;
import org.zhifa.personnel.internal.PersonnelReports;
import org.zhifa.personnel.internal.ReviewerRatioPolicy;

/** Certificate alerts and the legal reviewer ratio, for unit heads and the supervision bureau. */
@Controller
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
class PersonnelReportController {

    private final PersonnelReports reports;
    private final PersonnelAccess access;
    private final PersonnelProperties properties;

    PersonnelReportController(PersonnelReports reports, PersonnelAccess access, PersonnelProperties properties) {
        this.reports = reports;
        this.access = access;
        this.properties = properties;
    }

    @GetMapping("/personnel/alerts")
    String alerts(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("alerts", reports.alerts(access.rosterUnits(actor)));
        return "personnel/alerts";
    }

    @GetMapping("/personnel/reviewer-ratios")
    String ratios(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("ratios", reports.reviewerRatios(access.rosterUnits(actor)));
        model.addAttribute("minimum", ReviewerRatioPolicy.percent(properties.reviewerRatioMinimum()));
        return "personnel/ratios";
    }
}
