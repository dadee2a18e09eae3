package org.zhifa.cases.internal;

import java.util.List;

/** The answer to a step: the new state and what the caller may do next. */
public record StepResult(long caseId, String state, String stateLabel, int version, List<NextAction> nextActions) {
}
