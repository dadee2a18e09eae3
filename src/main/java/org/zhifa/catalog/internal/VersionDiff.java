package org.zhifa.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.DiscretionFactor;
import org.zhifa.catalog.model.DiscretionTier;

/** A tier-by-tier and factor-by-factor comparison of two benchmark versions, matched by name / code. */
public record VersionDiff(List<Row> tiers, List<Row> factors) {

    /** One compared line; a null side means absent in that version. */
    public record Row(String key, String left, String right, boolean changed) {
    }

    public static VersionDiff of(BenchmarkVersion a, BenchmarkVersion b) {
        Set<String> tierNames = new LinkedHashSet<>();
        a.tiers().forEach(t -> tierNames.add(t.name()));
        b.tiers().forEach(t -> tierNames.add(t.name()));
        List<Row> tiers = new ArrayList<>();
        for (String name : tierNames) {
            String l = tier(a, name).map(VersionDiff::describe).orElse(null);
            String r = tier(b, name).map(VersionDiff::describe).orElse(null);
            tiers.add(new Row(name, l, r, !Objects.equals(l, r)));
        }
        Set<String> codes = new LinkedHashSet<>();
        a.factors().forEach(f -> codes.add(f.code()));
        b.factors().forEach(f -> codes.add(f.code()));
        List<Row> factors = new ArrayList<>();
        for (String code : codes) {
            String l = a.factor(code).map(VersionDiff::describe).orElse(null);
            String r = b.factor(code).map(VersionDiff::describe).orElse(null);
            factors.add(new Row(code, l, r, !Objects.equals(l, r)));
        }
        return new VersionDiff(tiers, factors);
    }

    private static Optional<DiscretionTier> tier(BenchmarkVersion v, String name) {
        return v.tiers().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static String describe(DiscretionTier t) {
        return t.conditionText() + "｜" + t.rangeText()
                + (t.conditionExpr().isEmpty() ? "｜其他情形" : "｜" + t.conditionExpr())
                + (t.otherMeasures() == null ? "" : "｜" + t.otherMeasures());
    }

    private static String describe(DiscretionFactor f) {
        return f.name() + "｜" + f.direction().label() + "｜" + f.effect().label() + " " + f.shiftPercent() + "%｜"
                + f.legalBasis();
    }
}
