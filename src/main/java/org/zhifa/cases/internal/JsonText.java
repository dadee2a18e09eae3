package org.zhifa.cases.internal;

import tools.jackson.databind.json.JsonMapper;

/** JSON text of small maps stored in jsonb columns (step payloads). */
final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonText() {
    }

    static String of(Object value) {
        return JSON.writeValueAsString(value);
    }
}
