package org.zhifa.publicity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhifa.identity.OrgUnitKind;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.common.PageResult;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.publicity.internal.DecisionSearchIndex;

/**
 * Enforcement information published before enforcement (事前公示, legal-rules §6; 方案 8): bodies, duties and powers,
 * legal bases, the procedure, discretion benchmarks, remedies, contact and complaint channels. No login.
 */
@Controller
class PublicPortalController {

    private final OrgUnits units;
    private final PublicRoutes routes;
    private final DecisionSearchIndex index;
    private final OfficerDirectory officers;

    PublicPortalController(OrgUnits units, PublicRoutes routes, DecisionSearchIndex index, OfficerDirectory officers) {
        this.units = units;
        this.routes = routes;
        this.index = index;
        this.officers = officers;
    }

    /** What the public sees of an officer: name, unit and certificate number, nothing else (legal-rules §6). */
    record PublicOfficer(String name, String unitName, String certificateNumber) {
    }

    /** A statute the bodies apply, as listed on the page. */
    record LegalBasis(String title, String issuer, String note) {
    }

    static final List<LegalBasis> LEGAL_BASES = List.of(
            new LegalBasis("《中华人民共和国行政处罚法》", "全国人民代表大会常务委员会（2021年修订）", "处罚的设定、管辖、程序和执行"),
            new LegalBasis("《中华人民共和国行政强制法》", "全国人民代表大会常务委员会（2011年）", "行政强制措施和强制执行"),
            new LegalBasis("《中华人民共和国公路法》", "全国人民代表大会常务委员会", "公路路政管理、超限运输"),
            new LegalBasis("《中华人民共和国道路运输条例》", "国务院", "道路旅客、货物运输经营和站场管理"),
            new LegalBasis("《公路安全保护条例》", "国务院令第593号", "公路安全保护、车辆超限治理"),
            new LegalBasis("《超限运输车辆行驶公路管理规定》", "交通运输部令2016年第62号", "超限认定、非现场执法"),
            new LegalBasis("《交通运输行政执法程序规定》", "交通运输部令2019年第9号（2021年修正）", "交通运输行政执法的程序"));

    @GetMapping({"/public", "/public/"})
    String home(Model model) throws java.io.IOException {
        model.addAttribute("published", index.ready() ? index.count() : null);
        model.addAttribute("mattersUrl", routes.exists(PublicRoutes.MATTERS) ? PublicRoutes.MATTERS : null);
        model.addAttribute("devicesUrl", routes.exists(PublicRoutes.DEVICES) ? PublicRoutes.DEVICES : null);
        return "publicity/public/home";
    }

    @GetMapping("/public/bodies")
    String bodies(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Map<Long, String> names = new LinkedHashMap<>();
        units.all().forEach(u -> names.put(u.id(), u.name()));
        var ids = unitId == null ? names.keySet() : java.util.Set.of(unitId);
        String needle = q == null ? "" : q.strip();
        // only officers holding a certificate valid today may enforce, so only they are published
        List<PublicOfficer> list = officers.inPost(ids, false).stream()
                .filter(o -> !o.auxiliary() && o.certificateNumber() != null)
                .filter(o -> needle.isEmpty() || o.name().contains(needle) || o.certificateNumber().contains(needle))
                .map(o -> new PublicOfficer(o.name(), names.getOrDefault(o.unitId(), ""), o.certificateNumber()))
                .toList();
        int size = 50;
        int p = Math.max(0, page);
        int from = Math.min(list.size(), p * size);
        model.addAttribute("officers", new PageResult<>(list.subList(from, Math.min(list.size(), from + size)),
                list.size(), p, size));
        model.addAttribute("unitId", unitId);
        model.addAttribute("q", q);
        model.addAttribute("units", units.all());
        model.addAttribute("base", org.springframework.web.util.UriComponentsBuilder.fromPath("/public/bodies")
                .queryParamIfPresent("unitId", java.util.Optional.ofNullable(unitId))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(x -> !x.isBlank()))
                .encode().build().toUriString());
        // bodies grouped under their parent bureau
        Map<OrgUnitView, List<OrgUnitView>> tree = new LinkedHashMap<>();
        List<OrgUnitView> all = units.all().stream().filter(OrgUnitView::active).toList();
        for (OrgUnitView u : all) {
            if (u.parentId() == null || u.kind() == OrgUnitKind.SUPERVISION_BUREAU || u.kind() == OrgUnitKind.COUNTY_BUREAU) {
                tree.put(u, new ArrayList<>());
            }
        }
        for (OrgUnitView u : all) {
            if (!tree.containsKey(u)) {
                tree.entrySet().stream().filter(e -> e.getKey().id() == (u.parentId() == null ? -1 : u.parentId()))
                        .findFirst().ifPresentOrElse(e -> e.getValue().add(u), () -> tree.put(u, new ArrayList<>()));
            }
        }
        model.addAttribute("tree", tree);
        return "publicity/public/bodies";
    }

    @GetMapping("/public/info")
    String info(Model model) {
        model.addAttribute("bases", LEGAL_BASES);
        model.addAttribute("mattersUrl", routes.exists(PublicRoutes.MATTERS) ? PublicRoutes.MATTERS : null);
        model.addAttribute("procedureUrl", routes.exists(PublicRoutes.PROCEDURE) ? PublicRoutes.PROCEDURE : null);
        return "publicity/public/info";
    }
}
