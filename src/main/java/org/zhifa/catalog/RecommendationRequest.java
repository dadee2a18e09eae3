package org.zhifa.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the recommender needs: the violation, the dates that decide which benchmark version applies (从旧兼从轻,
 * 处罚法 第三十七条), the party type, the facts that select a tier (fact key → value, e.g. {@code excess_kg: 6000},
 * {@code first_offence: true}) and the mitigating or aggravating factors present (factor codes).
 */
@Schema(description = "裁量建议请求", example = """
        {"violationCode":"GLAQ-69","actDate":"2025-03-01","decisionDate":"2025-04-10","partyType":"CITIZEN",
         "facts":{"damage_area_m2":3,"traffic_affected":false},"factors":["ELIMINATED_HARM"]}""")
public record RecommendationRequest(
        @Schema(description = "违法行为编码", example = "CX-43-M", requiredMode = Schema.RequiredMode.REQUIRED)
        String violationCode,
        @Schema(description = "违法行为发生日期", example = "2025-03-01", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate actDate,
        @Schema(description = "拟作出处罚决定日期，缺省为今天", example = "2025-04-10")
        LocalDate decisionDate,
        @Schema(description = "当事人类型", example = "ORGANISATION", requiredMode = Schema.RequiredMode.REQUIRED)
        PartyType partyType,
        @Schema(description = "裁量事实：事实键 → 值（数字、true/false 或文字）", example = "{\"excess_kg\": 6000}")
        Map<String, Object> facts,
        @Schema(description = "存在的从轻/从重情节代码", example = "[\"ELIMINATED_HARM\"]")
        Set<String> factors) {

    public RecommendationRequest {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        factors = factors == null ? Set.of() : Set.copyOf(factors);
    }
}
