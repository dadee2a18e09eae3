package org.zhifa.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.catalog.DiscretionRecommender;
import org.zhifa.catalog.ExemptionChecker;
import org.zhifa.catalog.ExemptionResult;
import org.zhifa.catalog.Recommendation;
import org.zhifa.catalog.RecommendationRequest;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.EnforcementMatter;
import org.zhifa.catalog.model.ExemptionItem;
import org.zhifa.catalog.model.Violation;
import org.zhifa.catalog.store.BenchmarkStore;
import org.zhifa.catalog.store.ExemptionStore;
import org.zhifa.catalog.store.MatterStore;
import org.zhifa.catalog.store.ViolationStore;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;

/** JSON API of the enforcement catalogue for every logged-in user (the catalogue is public law, not unit data). */
@RestController
@RequestMapping("/api/catalog")
@Tag(name = "执法事项与裁量基准", description = "执法事项清单、违法行为、裁量建议、免罚审查")
@PreAuthorize("isAuthenticated()")
class CatalogApiController {

    private final DiscretionRecommender recommender;
    private final ExemptionChecker exemptions;
    private final ViolationStore violations;
    private final MatterStore matters;
    private final BenchmarkStore benchmarks;
    private final ExemptionStore exemptionItems;

    CatalogApiController(DiscretionRecommender recommender, ExemptionChecker exemptions, ViolationStore violations,
            MatterStore matters, BenchmarkStore benchmarks, ExemptionStore exemptionItems) {
        this.recommender = recommender;
        this.exemptions = exemptions;
        this.violations = violations;
        this.matters = matters;
        this.benchmarks = benchmarks;
        this.exemptionItems = exemptionItems;
    }

    @PostMapping("/discretion/recommend")
    @Operation(summary = "裁量建议",
            description = "按违法行为、行为日期、决定日期、裁量事实和情节，返回阶次、建议幅度、建议金额（分）、说明过程和所用基准版本；"
                    + "基准在行为后变更时按《行政处罚法》第三十七条从旧兼从轻比较两个版本。车货总质量超限按62号令第四十三条计算。")
    Recommendation recommend(@RequestBody RecommendationRequest request) {
        return recommender.recommend(request);
    }

    /** Request of the exemption check. */
    @Schema(description = "免罚审查请求", example = """
            {"violationCode":"GLAQ-69","actDate":"2025-05-10","priorViolationDates":[],
             "answers":{"NO_OBSTRUCTION":true,"LOAD_SECURED":true,"MINOR_DAMAGE":true,"REPAIRED_IN_TIME":true,"COMMITMENT_SIGNED":true}}""")
    record ExemptionCheckRequest(
            @Schema(description = "违法行为编码") String violationCode,
            @Schema(description = "违法行为发生日期") LocalDate actDate,
            @Schema(description = "条件回答：条件键 → 是否满足；另可回答 MINOR、CORRECTED、NO_HARM、NO_FAULT（第三十三条）")
            Map<String, Boolean> answers,
            @Schema(description = "当事人此前同类违法行为日期（由调用方提供）") List<LocalDate> priorViolationDates) {
    }

    @PostMapping("/exemption/check")
    @Operation(summary = "免罚审查", description = "依《行政处罚法》第三十三条和免罚清单，返回应当不予处罚、可以不予处罚或不适用，以及未满足的条件")
    ExemptionResult check(@RequestBody ExemptionCheckRequest request) {
        return exemptions.check(request.violationCode(), request.answers(), request.priorViolationDates(),
                request.actDate());
    }

    /** A violation in lists. */
    record ViolationSummary(String code, String name, String matterCode, String matterName, String violatedRef,
            String penaltyRef, String rangeText, boolean exemptionListed, String status) {

        static ViolationSummary of(Violation v) {
            return new ViolationSummary(v.code(), v.name(), v.matterCode(), v.matterName(), v.violatedRef(),
                    v.penaltyRef(), v.rangeText(), v.exemptionListed(), v.status().name());
        }
    }

    @GetMapping("/violations")
    @Operation(summary = "检索违法行为", description = "按中文关键词、编码或条款检索，如“超限”“GLAQ-69”“第六十九条”")
    PageResult<ViolationSummary> search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageResult<Violation> r = violations.search(q, null, page, size);
        return new PageResult<>(r.items().stream().map(ViolationSummary::of).toList(), r.total(), r.page(), r.size());
    }

    /** A violation with its articles, benchmark versions and exemption items. */
    record ViolationDetail(Violation violation, List<BenchmarkVersion> benchmarkVersions,
            List<ExemptionItem> exemptionItems) {
    }

    @GetMapping("/violations/{code}")
    @Operation(summary = "违法行为详情", description = "含违法条款和处罚依据原文、来源版本、裁量基准各版本、免罚清单事项")
    ViolationDetail violation(@PathVariable String code) {
        Violation v = violations.findByCode(code).orElseThrow(() -> new NotFoundException("违法行为不存在：" + code));
        return new ViolationDetail(v, benchmarks.versions(v.id()), exemptionItems.forViolation(v.id()));
    }

    @GetMapping("/matters")
    @Operation(summary = "执法事项清单")
    List<EnforcementMatter> matters(@RequestParam(required = false) String q) {
        return matters.search(q, null);
    }
}
