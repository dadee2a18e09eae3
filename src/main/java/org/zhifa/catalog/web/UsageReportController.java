package org.zhifa.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhifa.catalog.CatalogProperties;
import org.zhifa.catalog.MatterUsageSource;
import org.zhifa.catalog.model.CatalogStatus;
import org.zhifa.catalog.model.EnforcementMatter;
import org.zhifa.catalog.store.MatterStore;

/**
 * Usage report (方案 28): cases per matter per year over the last five years, and matters with none as cleanup
 * candidates. The counts come from {@link MatterUsageSource}; without an implementation the page says that case
 * data is not yet available and shows no numbers.
 */
@Controller
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR', 'LEGAL_REVIEWER')")
class UsageReportController {

    private final MatterStore matters;
    private final ObjectProvider<MatterUsageSource> usage;
    private final CatalogProperties properties;
    private final Clock clock;

    UsageReportController(MatterStore matters, ObjectProvider<MatterUsageSource> usage, CatalogProperties properties,
            Clock clock) {
        this.matters = matters;
        this.usage = usage;
        this.properties = properties;
        this.clock = clock;
    }

    /** One line of the report. */
    record Line(EnforcementMatter matter, List<Long> counts, long total) {
    }

    @GetMapping("/catalog/usage")
    String report(Model model) {
        int to = LocalDate.now(clock).getYear();
        int from = to - properties.usageYears() + 1;
        List<Integer> years = IntStream.rangeClosed(from, to).boxed().toList();
        List<EnforcementMatter> inForce = matters.all().stream().filter(m -> m.status() != CatalogStatus.CANCELLED)
                .toList();
        MatterUsageSource source = usage.getIfAvailable();
        model.addAttribute("years", years);
        model.addAttribute("available", source != null);
        model.addAttribute("matters", inForce);
        if (source != null) {
            Map<String, Map<Integer, Long>> counts = source.casesPerYear(
                    inForce.stream().map(EnforcementMatter::code).toList(), from, to);
            List<Line> lines = new ArrayList<>();
            for (EnforcementMatter m : inForce) {
                Map<Integer, Long> perYear = counts.getOrDefault(m.code(), Map.of());
                List<Long> c = years.stream().map(y -> perYear.getOrDefault(y, 0L)).toList();
                lines.add(new Line(m, c, c.stream().mapToLong(Long::longValue).sum()));
            }
            model.addAttribute("lines", lines);
            model.addAttribute("unused", lines.stream().filter(l -> l.total() == 0).toList());
        }
        return "catalog/usage";
    }
}
