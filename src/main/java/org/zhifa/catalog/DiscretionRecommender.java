package org.zhifa.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.catalog.model.RecommendationEngine;
import org.zhifa.catalog.model.Violation;
import org.zhifa.catalog.store.BenchmarkStore;
import org.zhifa.catalog.store.ViolationStore;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;

/**
 * The discretion recommendation service (裁量建议, 处罚法 第三十四条; 方案 33 "裁量基准嵌入系统"), used by the cases and
 * non-site modules: tier, range, suggested amount in fen, explanation trail, the benchmark version used, and
 * 从旧兼从轻 across a version change (处罚法 第三十七条).
 */
@Service
public class DiscretionRecommender {

    private final ViolationStore violations;
    private final BenchmarkStore benchmarks;
    private final RecommendationEngine engine;
    private final Clock clock;

    DiscretionRecommender(ViolationStore violations, BenchmarkStore benchmarks, CatalogProperties properties,
            Clock clock) {
        this.violations = violations;
        this.benchmarks = benchmarks;
        this.engine = new RecommendationEngine(properties);
        this.clock = clock;
    }

    /**
     * The facts and factors the benchmark versions in force on the act date and on the decision date ask for (both,
     * because 从旧兼从轻 compares them), with the measured inputs of the over-limit formulas.
     */
    @Transactional(readOnly = true)
    public DiscretionQuestions questions(String violationCode, LocalDate actDate, LocalDate decisionDate) {
        Violation violation = violations.findByCode(violationCode)
                .orElseThrow(() -> new NotFoundException("违法行为不存在：" + violationCode));
        LocalDate decision = decisionDate == null ? LocalDate.now(clock) : decisionDate;
        var versions = RecommendationEngine.applicable(benchmarks.versions(violation.id()), actDate, decision);
        return new DiscretionQuestions(violation.code(), RecommendationEngine.facts(violation, versions).stream()
                .map(f -> new DiscretionQuestions.Fact(f.key(), f.label(), f.type().name(), f.unit(), f.choices()))
                .toList(),
                versions.stream().flatMap(v -> v.factors().stream()).map(f -> new DiscretionQuestions.Factor(f.code(),
                        f.name(), f.direction().label(), f.legalBasis())).distinct().toList());
    }

    @Transactional(readOnly = true)
    public Recommendation recommend(RecommendationRequest request) {
        if (request == null || request.violationCode() == null || request.violationCode().isBlank()) {
            throw new InvalidInputException("请选择违法行为", Map.of("violationCode", "请选择违法行为"));
        }
        Violation violation = violations.findByCode(request.violationCode().trim())
                .orElseThrow(() -> new NotFoundException("违法行为不存在：" + request.violationCode()));
        return engine.recommend(violation, benchmarks.versions(violation.id()), request, LocalDate.now(clock));
    }
}
