package org.zhifa.cases.web;

import java.util.Arrays;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;

/** Chinese labels of the case codes a page shows ({@code ${@caseLabels.outcome(x)}}): never the raw code. */
@Component("caseLabels")
public class CaseLabels {

    public String outcome(String code) {
        return label(DecisionOutcome.values(), code, DecisionOutcome::label);
    }

    private static <E extends Enum<E>> String label(E[] values, String code, Function<E, String> label) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return Arrays.stream(values).filter(v -> v.name().equals(code)).findFirst().map(label).orElse("其他");
    }
}
