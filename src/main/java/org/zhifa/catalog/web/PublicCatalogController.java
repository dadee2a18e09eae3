package org.zhifa.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.Violation;
import org.zhifa.catalog.store.BenchmarkStore;
import org.zhifa.catalog.store.MatterStore;
import org.zhifa.catalog.store.ViolationStore;
import org.zhifa.common.NotFoundException;
import org.zhifa.identity.OrgUnits;

/**
 * The published catalogue, readable without login (公示: 职责、依据、裁量基准, 方案 8; published benchmark versions are
 * public, 处罚法 第三十四条). Drafts are never shown here.
 */
@Controller
class PublicCatalogController {

    private final MatterStore matters;
    private final ViolationStore violations;
    private final BenchmarkStore benchmarks;
    private final OrgUnits units;

    PublicCatalogController(MatterStore matters, ViolationStore violations, BenchmarkStore benchmarks, OrgUnits units) {
        this.matters = matters;
        this.violations = violations;
        this.benchmarks = benchmarks;
        this.units = units;
    }

    @GetMapping("/public/catalog/matters")
    String matters(@RequestParam(required = false) String q, Model model) {
        var list = matters.search(q, null);
        Map<Long, List<Violation>> byMatter = new LinkedHashMap<>();
        list.forEach(m -> byMatter.put(m.id(), violations.byMatter(m.id())));
        Map<Long, String> unitNames = new LinkedHashMap<>();
        units.all().forEach(u -> unitNames.put(u.id(), u.name()));
        model.addAttribute("q", q);
        model.addAttribute("matters", list);
        model.addAttribute("violations", byMatter);
        model.addAttribute("unitNames", unitNames);
        return "catalog/public/matters";
    }

    @GetMapping("/public/catalog/violations/{code}")
    String violation(@PathVariable String code, Model model) {
        Violation v = violations.findByCode(code).orElseThrow(() -> new NotFoundException("违法行为不存在：" + code));
        List<BenchmarkVersion> published = benchmarks.versions(v.id()).stream().filter(BenchmarkVersion::published)
                .sorted((a, b) -> Integer.compare(b.versionNo(), a.versionNo())).toList();
        model.addAttribute("v", v);
        model.addAttribute("versions", published);
        return "catalog/public/violation";
    }
}
