package org.zhifa.catalog.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structured condition of a tier: clauses over named facts that must all hold, written
 * {@code key op value} and joined by {@code ;}, {@code ；} or {@code 且}; e.g.
 * {@code first_offence = true; excess_ratio_pct <= 10}. Operators: = != < <= > >=. An empty condition always holds.
 */
public final class TierCondition {

    private static final Pattern CLAUSE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(>=|<=|!=|=|<|>)\\s*(.+?)\\s*$");

    /** One clause of a condition. */
    public record Clause(String key, String op, String value) {

        boolean holds(String actual) {
            BigDecimal a = number(actual);
            BigDecimal v = number(value);
            if (a != null && v != null) {
                int c = a.compareTo(v);
                switch (op) {
                    case "=": return c == 0;
                    case "!=": return c != 0;
                    case "<": return c < 0;
                    case "<=": return c <= 0;
                    case ">": return c > 0;
                    case ">=": return c >= 0;
                    default: return false;
                }
            }
            String left = normalise(actual);
            String right = normalise(value);
            switch (op) {
                case "=": return left.equals(right);
                case "!=": return !left.equals(right);
                default: return false; // ordering needs numbers
            }
        }

        @Override
        public String toString() {
            return key + " " + op + " " + value;
        }
    }

    private final List<Clause> clauses;

    private TierCondition(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    public static TierCondition parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new TierCondition(clauses);
        }
        for (String part : text.split("[;；]|且")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = CLAUSE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("阶次条件格式不正确：“" + part.trim() + "”，应为“事实键 运算符 值”，如 first_offence = true");
            }
            clauses.add(new Clause(m.group(1), m.group(2), m.group(3)));
        }
        return new TierCondition(clauses);
    }

    public List<Clause> clauses() {
        return clauses;
    }

    public boolean isOtherwise() {
        return clauses.isEmpty();
    }

    /** Facts this condition reads that are not answered. */
    public List<String> missing(Map<String, String> facts) {
        return clauses.stream().map(Clause::key).filter(k -> !facts.containsKey(k)).distinct().toList();
    }

    /** Evaluates against normalised fact values; empty when a needed fact is missing. */
    public Optional<Boolean> holds(Map<String, String> facts) {
        for (Clause c : clauses) {
            String actual = facts.get(c.key());
            if (actual == null) {
                return Optional.empty();
            }
            if (!c.holds(actual)) {
                return Optional.of(false);
            }
        }
        return Optional.of(true);
    }

    /** Normalises a fact value from JSON or a form: booleans to true/false (是/否 too), numbers plain. */
    public static String normalise(Object value) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).trim();
        if (s.equalsIgnoreCase("true") || s.equals("是") || s.equalsIgnoreCase("on") || s.equalsIgnoreCase("yes")) {
            return "true";
        }
        if (s.equalsIgnoreCase("false") || s.equals("否") || s.equalsIgnoreCase("no")) {
            return "false";
        }
        BigDecimal n = number(s);
        return n == null ? s : n.stripTrailingZeros().toPlainString();
    }

    static BigDecimal number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return String.join("；", clauses.stream().map(Clause::toString).toList());
    }
}
