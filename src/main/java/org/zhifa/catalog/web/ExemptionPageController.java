package org.zhifa.catalog.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.catalog.CatalogProperties;
import org.zhifa.catalog.internal.CatalogMaintainers;
import org.zhifa.catalog.store.ExemptionStore;
import org.zhifa.common.CurrentActor;

/** The exemption list (免罚清单) for every business user. */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'SUPERVISOR')")
class ExemptionPageController {

    private final ExemptionStore exemptions;
    private final CatalogMaintainers maintainers;
    private final CatalogProperties properties;

    ExemptionPageController(ExemptionStore exemptions, CatalogMaintainers maintainers, CatalogProperties properties) {
        this.exemptions = exemptions;
        this.maintainers = maintainers;
        this.properties = properties;
    }

    @GetMapping("/catalog/exemptions")
    String list(@RequestParam(required = false) String q, Model model) {
        String needle = q == null ? "" : q.trim();
        model.addAttribute("q", q);
        model.addAttribute("items", exemptions.all().stream().filter(i -> needle.isEmpty() || i.code().contains(needle)
                || i.title().contains(needle) || i.violationCode().contains(needle) || i.basis().contains(needle)).toList());
        model.addAttribute("lookback", properties.exemptionLookback());
        model.addAttribute("maintainer", maintainers.isMaintainer(CurrentActor.require()));
        return "catalog/exemptions";
    }
}
