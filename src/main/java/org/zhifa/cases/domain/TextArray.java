package org.zhifa.cases.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A PostgreSQL text[] literal (named parameters would expand a Java array into a list). */
public final class TextArray {

    private TextArray() {
    }

    public static String of(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
