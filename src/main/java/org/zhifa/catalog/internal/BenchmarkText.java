package org.zhifa.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.model.DiscretionFactor;
import org.zhifa.catalog.model.DiscretionTier;
import org.zhifa.catalog.model.FactDefinition;
import org.zhifa.catalog.model.FactType;
import org.zhifa.catalog.model.FactorDirection;
import org.zhifa.catalog.model.FactorEffect;
import org.zhifa.catalog.model.TierSanction;
import org.zhifa.common.InvalidInputException;

/**
 * The editable text form of a benchmark version's facts, tiers and factors: one item per line, fields separated
 * by "|". Amounts are in yuan in the text and fen in the model. Parse errors name the line, in Chinese.
 */
public final class BenchmarkText {

    private BenchmarkText() {
    }

    public static String facts(List<FactDefinition> facts) {
        StringBuilder sb = new StringBuilder();
        for (FactDefinition f : facts) {
            sb.append(String.join(" | ", f.key(), f.label(), f.type().name(), f.unit(), String.join(",", f.choices())))
                    .append('\n');
        }
        return sb.toString();
    }

    public static String tiers(List<DiscretionTier> tiers) {
        StringBuilder sb = new StringBuilder();
        for (DiscretionTier t : tiers) {
            sb.append(String.join(" | ", t.name(), t.conditionText(), t.conditionExpr(), t.sanction().name(),
                    t.minFen() == null ? "" : Money.yuan(t.minFen()), t.maxFen() == null ? "" : Money.yuan(t.maxFen()),
                    nz(t.multipleFact()), t.minMultiple() == null ? "" : t.minMultiple().stripTrailingZeros().toPlainString(),
                    t.maxMultiple() == null ? "" : t.maxMultiple().stripTrailingZeros().toPlainString(),
                    nz(t.otherMeasures()))).append('\n');
        }
        return sb.toString();
    }

    public static String factors(List<DiscretionFactor> factors) {
        StringBuilder sb = new StringBuilder();
        for (DiscretionFactor f : factors) {
            sb.append(String.join(" | ", f.code(), f.name(), f.direction().name(), f.effect().name(), f.legalBasis(),
                    f.reductionAllowed() ? "是" : "否", String.valueOf(f.shiftPercent()))).append('\n');
        }
        return sb.toString();
    }

    public static List<FactDefinition> parseFacts(String text, Map<String, String> errors) {
        List<FactDefinition> out = new ArrayList<>();
        int n = 0;
        for (String line : lines(text)) {
            n++;
            String[] p = split(line, 5);
            try {
                if (p[0].isEmpty() || !p[0].matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new IllegalArgumentException("事实键须为英文字母、数字或下划线");
                }
                out.add(new FactDefinition(p[0], required(p[1], "标签"), FactType.valueOf(p[2].toUpperCase()), p[3],
                        p[4].isEmpty() ? List.of() : Arrays.stream(p[4].split("[,，]")).map(String::trim).toList()));
            } catch (IllegalArgumentException e) {
                errors.put("facts", "第" + n + "行：" + message(e, "类型应为 BOOLEAN、NUMBER 或 CHOICE"));
            }
        }
        return out;
    }

    public static List<DiscretionTier> parseTiers(String text, Map<String, String> errors) {
        List<DiscretionTier> out = new ArrayList<>();
        int n = 0;
        for (String line : lines(text)) {
            n++;
            String[] p = split(line, 10);
            try {
                TierSanction s = TierSanction.valueOf(p[3].toUpperCase());
                out.add(new DiscretionTier(n, required(p[0], "阶次名称"), required(p[1], "适用情形"), p[2], s,
                        p[4].isEmpty() ? null : Money.fen(p[4]), p[5].isEmpty() ? null : Money.fen(p[5]),
                        p[6].isEmpty() ? null : p[6], p[7].isEmpty() ? null : new BigDecimal(p[7]),
                        p[8].isEmpty() ? null : new BigDecimal(p[8]), p[9].isEmpty() ? null : p[9]));
            } catch (IllegalArgumentException e) {
                errors.put("tiers", "第" + n + "行：" + message(e, "处罚应为 WARNING、FINE、FINE_MULTIPLE 或 NON_MONETARY"));
            }
        }
        return out;
    }

    public static List<DiscretionFactor> parseFactors(String text, Map<String, String> errors) {
        List<DiscretionFactor> out = new ArrayList<>();
        int n = 0;
        for (String line : lines(text)) {
            n++;
            String[] p = split(line, 7);
            try {
                out.add(new DiscretionFactor(n, required(p[0], "代码"), required(p[1], "名称"),
                        FactorDirection.valueOf(p[2].toUpperCase()), FactorEffect.valueOf(p[3].toUpperCase()),
                        required(p[4], "依据"), p[5].equals("是") || p[5].equalsIgnoreCase("true"),
                        p[6].isEmpty() ? 25 : Integer.parseInt(p[6])));
            } catch (IllegalArgumentException e) {
                errors.put("factors", "第" + n + "行：" + message(e,
                        "方向应为 MITIGATING 或 AGGRAVATING，效果应为 LOWER_WITHIN_RANGE、BELOW_RANGE 或 UPPER_PART_OF_RANGE"));
            }
        }
        return out;
    }

    private static String message(IllegalArgumentException e, String enumHint) {
        String m = e.getMessage();
        if (m == null || m.startsWith("No enum constant") || e instanceof NumberFormatException) {
            return e instanceof NumberFormatException ? "数字格式不正确" : enumHint;
        }
        return m;
    }

    private static String required(String s, String label) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("缺少" + label);
        }
        return s;
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String[] split(String line, int fields) {
        String[] raw = line.split("\\|", -1);
        String[] out = new String[fields];
        for (int i = 0; i < fields; i++) {
            out[i] = i < raw.length ? raw[i].trim() : "";
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Map<String, String> newErrors() {
        return new LinkedHashMap<>();
    }
}
