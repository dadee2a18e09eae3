package org.zhifa.cases.web;

import java.util.List;

/**
 * One input of a step's form, derived from the step's input record: the binding path, the Chinese label (the same as
 * the OpenAPI description), how it is entered, whether it is required, the choices, and for a nested record or a list
 * of records the fields of one entry.
 *
 * @param kind text, textarea, list (comma-separated), date, time, datetime, number, select, multiselect, checkboxes,
 *             yesno, checkbox, group,
 *             rows, facts (the benchmark's discretion facts and factors)
 */
public record FormField(String name, String label, String kind, boolean required, List<Option> options,
        List<FormField> children) {

    public record Option(String value, String label) {
    }

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** The same field under a prefix (a nested record's field inside its parent, a row of a list). */
    FormField under(String prefix) {
        return new FormField(prefix + name, label, kind, required, options,
                children.stream().map(c -> c.under(prefix)).toList());
    }

    /** The path of a child of a row: {@code qa[2].question} from {@code qa} and {@code question}. */
    public String row(int index, FormField child) {
        return name + "[" + index + "]." + child.name();
    }
}
