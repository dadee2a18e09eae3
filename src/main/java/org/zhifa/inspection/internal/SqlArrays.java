package org.zhifa.inspection.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals for large id sets ({@code = any(cast(:ids as bigint[]))} instead of an IN list, which is
 * limited to 32,767 bind parameters) and reading bigint[] columns.
 */
final class SqlArrays {

    private SqlArrays() {
    }

    static String bigints(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** A text[] literal: every element double-quoted, with backslashes and quotes escaped. */
    static String texts(Collection<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static List<Long> longs(Array array) throws SQLException {
        List<Long> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add(((Number) o).longValue());
            }
        }
        return out;
    }
}
