package org.zhifa.catalog.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhifa.catalog.PartyType;

/**
 * The 试算 form of a violation's page, bound by Spring: party type, dates and the discretion factors chosen. The facts
 * ({@code fact.<key>}) are read by the recommendation engine, which knows their kinds.
 */
record TryForm(
        @Schema(description = "当事人类型") @NotNull PartyType partyType,
        @Schema(description = "违法行为发生日期") @NotNull LocalDate actDate,
        @Schema(description = "拟决定日期") LocalDate decisionDate,
        @Schema(description = "裁量情节") List<String> factor) {

    Set<String> factors() {
        return factor == null ? Set.of() : new LinkedHashSet<>(factor);
    }
}
