package org.zhifa.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.catalog.model.ExemptionRules;
import org.zhifa.catalog.store.ExemptionStore;
import org.zhifa.catalog.store.ViolationStore;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;

/**
 * The exemption check (免罚, 处罚法 第三十三条; 告知承诺制, 方案 22): given the violation, the answers to the item's
 * conditions and the party's prior violations in the look-back window (supplied by the caller), it answers
 * MUST_NOT_PENALISE, MAY_WAIVE or NOT_APPLICABLE with the article and the unmet conditions in Chinese.
 */
@Service
public class ExemptionChecker {

    private final ExemptionStore items;
    private final ViolationStore violations;
    private final ExemptionRules rules;

    ExemptionChecker(ExemptionStore items, ViolationStore violations, CatalogProperties properties) {
        this.items = items;
        this.violations = violations;
        this.rules = new ExemptionRules(properties.exemptionLookback());
    }

    @Transactional(readOnly = true)
    public ExemptionResult check(String violationCode, Map<String, Boolean> answers,
            Collection<LocalDate> priorViolationDates, LocalDate actDate) {
        if (violationCode == null || violationCode.isBlank()) {
            throw new InvalidInputException("请选择违法行为", Map.of("violationCode", "请选择违法行为"));
        }
        if (actDate == null) {
            throw new InvalidInputException("请填写违法行为发生日期", Map.of("actDate", "请填写违法行为发生日期"));
        }
        violations.findByCode(violationCode).orElseThrow(() -> new NotFoundException("违法行为不存在：" + violationCode));
        return rules.check(items.activeFor(violationCode).orElse(null), answers, priorViolationDates, actDate);
    }
}
