package org.zhifa.catalog.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Small sets of codes are stored comma-separated (penalty kinds, party types, unit ids). */
final class Csv {

    private Csv() {
    }

    static <E extends Enum<E>> Set<E> enums(String csv, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (csv != null) {
            Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(s -> set.add(Enum.valueOf(type, s)));
        }
        return set;
    }

    static List<Long> longs(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    static String join(Collection<?> values) {
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).sorted()
                .collect(Collectors.joining(","));
    }
}
