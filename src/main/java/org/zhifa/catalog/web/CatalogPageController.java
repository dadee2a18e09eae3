package org.zhifa.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.catalog.DiscretionRecommender;
import org.zhifa.catalog.Recommendation;
import org.zhifa.catalog.RecommendationRequest;
import org.zhifa.catalog.internal.CatalogMaintainers;
import org.zhifa.catalog.internal.VersionDiff;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.CatalogStatus;
import org.zhifa.catalog.model.FactDefinition;
import org.zhifa.catalog.model.FactType;
import org.zhifa.catalog.model.RecommendationEngine;
import org.zhifa.catalog.model.RangeKind;
import org.zhifa.catalog.model.Violation;
import org.zhifa.catalog.store.BenchmarkStore;
import org.zhifa.catalog.store.ExemptionStore;
import org.zhifa.catalog.store.MatterStore;
import org.zhifa.catalog.store.ViolationStore;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.OrgUnits;

/** Catalogue pages for officers and every business user: search, violation detail, 试算, matters, version diff. */
@Controller
@RequestMapping("/catalog")
@PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'SUPERVISOR')")
class CatalogPageController {

    private final ViolationStore violations;
    private final MatterStore matters;
    private final BenchmarkStore benchmarks;
    private final ExemptionStore exemptions;
    private final DiscretionRecommender recommender;
    private final CatalogMaintainers maintainers;
    private final OrgUnits units;
    private final Clock clock;

    CatalogPageController(ViolationStore violations, MatterStore matters, BenchmarkStore benchmarks,
            ExemptionStore exemptions, DiscretionRecommender recommender, CatalogMaintainers maintainers,
            OrgUnits units, Clock clock) {
        this.violations = violations;
        this.matters = matters;
        this.benchmarks = benchmarks;
        this.exemptions = exemptions;
        this.recommender = recommender;
        this.maintainers = maintainers;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping
    String index(@RequestParam(required = false) String q, @RequestParam(required = false) Long matter,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("matter", matter);
        model.addAttribute("matters", matters.all());
        model.addAttribute("result", violations.search(q, matter, page, 20));
        StringBuilder base = new StringBuilder("/catalog?q=").append(q == null ? "" : java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8));
        if (matter != null) {
            base.append("&matter=").append(matter);
        }
        model.addAttribute("base", base.toString());
        model.addAttribute("maintainer", maintainers.isMaintainer(CurrentActor.require()));
        return "catalog/index";
    }

    @GetMapping("/violations/{code}")
    String violation(@PathVariable String code, Model model) {
        Violation v = find(code);
        List<BenchmarkVersion> versions = benchmarks.versions(v.id());
        LocalDate today = LocalDate.now(clock);
        Optional<BenchmarkVersion> current = versions.stream().filter(b -> b.inForceOn(today)).findFirst()
                .or(() -> versions.stream().filter(BenchmarkVersion::published)
                        .max(Comparator.comparing(BenchmarkVersion::effectiveFrom)));
        model.addAttribute("v", v);
        model.addAttribute("versions", versions.stream()
                .sorted(Comparator.comparing(BenchmarkVersion::versionNo).reversed()).toList());
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("facts", tryFacts(v, versions));
        model.addAttribute("factors", current.map(BenchmarkVersion::factors).orElse(List.of()));
        model.addAttribute("exemptions", exemptions.forViolation(v.id()));
        model.addAttribute("partyTypes", v.partyTypes().stream().sorted().toList());
        model.addAttribute("today", today);
        model.addAttribute("maintainer", maintainers.isMaintainer(CurrentActor.require()));
        return "catalog/violation";
    }

    /** The facts the 试算 form asks for: every fact of every version, plus the over-limit inputs. */
    static List<FactDefinition> tryFacts(Violation v, List<BenchmarkVersion> versions) {
        return new ArrayList<>(RecommendationEngine.facts(v, versions));
    }

    /**
     * The 试算 fragment (htmx swaps it into the page, also a 400 or 422: the layout's {@code htmx-config}): bad input is a
     * 400 naming the field in Chinese, a refusal under law a 422 with its article.
     */
    @PostMapping("/violations/{code}/try")
    String tryRecommendation(@PathVariable String code, @Valid @ModelAttribute TryForm input, BindingResult binding,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        Violation v = find(code);
        if (FormErrors.reject(binding, model)) {
            model.addAttribute("tryError", "请检查填写的内容：" + String.join("；", FormErrors.of(binding).values()));
            return "catalog/try-result :: result";
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        form.forEach((k, values) -> {
            if (k.startsWith("fact.") && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
                facts.put(k.substring(5), values.get(0).trim());
            }
        });
        try {
            Recommendation r = recommender.recommend(new RecommendationRequest(v.code(), input.actDate(),
                    input.decisionDate(), input.partyType(), facts, input.factors()));
            model.addAttribute("r", r);
        } catch (InvalidInputException e) {
            FormErrors.put(model, e);
            model.addAttribute("tryError", e.getMessage());
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("tryError", e.rejection().text());
            model.addAttribute("tryArticle", e.rejection().article());
        }
        return "catalog/try-result :: result";
    }

    @GetMapping("/violations/{code}/diff")
    String diff(@PathVariable String code, @RequestParam int a, @RequestParam int b, Model model) {
        Violation v = find(code);
        List<BenchmarkVersion> versions = benchmarks.versions(v.id());
        BenchmarkVersion left = versions.stream().filter(x -> x.versionNo() == a).findFirst()
                .orElseThrow(() -> new NotFoundException("版本不存在：第" + a + "版"));
        BenchmarkVersion right = versions.stream().filter(x -> x.versionNo() == b).findFirst()
                .orElseThrow(() -> new NotFoundException("版本不存在：第" + b + "版"));
        model.addAttribute("v", v);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("diff", VersionDiff.of(left, right));
        return "catalog/diff";
    }

    @GetMapping("/matters")
    String matters(@RequestParam(required = false) String q, @RequestParam(required = false) CatalogStatus status,
            Model model) {
        var list = matters.search(q, status);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CatalogStatus.values());
        model.addAttribute("matters", list);
        Map<Long, Object> changes = new LinkedHashMap<>();
        list.forEach(m -> changes.put(m.id(), matters.changes(m.id())));
        model.addAttribute("changes", changes);
        Map<Long, String> unitNames = new LinkedHashMap<>();
        units.all().forEach(u -> unitNames.put(u.id(), u.name()));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("maintainer", maintainers.isMaintainer(CurrentActor.require()));
        return "catalog/matters";
    }

    private Violation find(String code) {
        return violations.findByCode(code).orElseThrow(() -> new NotFoundException("违法行为不存在：" + code));
    }
}
