package org.zhifa.cases.domain;

import tools.jackson.databind.JsonNode;

/** The stage records as JSON trees for the API (same shape as stored). */
public final class StageJson {

    private StageJson() {
    }

    public static JsonNode tree(Object stage) {
        return CaseRepository.JSON.valueToTree(stage);
    }
}
