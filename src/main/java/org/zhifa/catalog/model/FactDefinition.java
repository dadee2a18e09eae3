package org.zhifa.catalog.model;

import java.util.List;

/**
 * A named fact the caller answers (e.g. {@code first_offence}, {@code excess_ratio_pct}, {@code harm}).
 *
 * @param choices allowed values for CHOICE facts
 */
public record FactDefinition(String key, String label, FactType type, String unit, List<String> choices) {

    public FactDefinition {
        choices = choices == null ? List.of() : List.copyOf(choices);
        unit = unit == null ? "" : unit;
    }
}
