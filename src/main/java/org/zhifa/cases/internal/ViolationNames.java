package org.zhifa.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The violation names of a case from its stored jsonb list. */
final class ViolationNames {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ViolationNames() {
    }

    static String of(String json) {
        if (json == null) {
            return "";
        }
        List<Map<String, Object>> list = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
        return list.stream().map(m -> String.valueOf(m.get("name"))).collect(Collectors.joining("；"));
    }
}
