package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The scoring of one case file, bound by Spring: per item of the score sheet its finding, deduction and reason, keyed by
 * the item's code ({@code deduction[B3]}).
 */
record ScoreForm(
        @Schema(description = "评查结论") Map<String, String> finding,
        @Schema(description = "扣分") Map<String, BigDecimal> deduction,
        @Schema(description = "扣分理由") Map<String, String> reason,
        @Schema(description = "版本号") Integer version) {

    String finding(String code) {
        return finding == null ? null : finding.get(code);
    }

    BigDecimal deduction(String code) {
        return deduction == null ? null : deduction.get(code);
    }

    String reason(String code) {
        return reason == null ? null : reason.get(code);
    }
}
