package org.zhifa.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What the discretion benchmark of a violation asks, as the benchmark names it: the facts (with their Chinese label,
 * type, unit and choices) that select the tier, and the mitigating and aggravating factors with their legal basis.
 * A case answers exactly these; any other key, or a value of the wrong type, is refused.
 */
@Schema(description = "裁量基准需要回答的事实和可选情节")
public record DiscretionQuestions(String violationCode, List<Fact> facts, List<Factor> factors) {

    public DiscretionQuestions {
        facts = List.copyOf(facts);
        factors = List.copyOf(factors);
    }

    /**
     * A fact of the benchmark.
     *
     * @param type BOOLEAN (是/否), NUMBER (数值, with {@code unit}) or CHOICE (one of {@code choices})
     */
    public record Fact(String key, String label, String type, String unit, List<String> choices) {
    }

    /** A mitigating or aggravating factor and the provision that makes it one. */
    public record Factor(String code, String name, String direction, String legalBasis) {
    }
}
