package org.zhifa.catalog.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.zhifa.catalog.BenchmarkVersionRef;

/**
 * A version of a violation's discretion benchmark. Once published it is never edited: a change is a new version
 * whose start ends this one (方案 18: 动态调整, 备案审查).
 *
 * @param effectiveTo last day in force (inclusive), null while current
 */
public record BenchmarkVersion(long id, long violationId, int versionNo, String title, LocalDate effectiveFrom,
        LocalDate effectiveTo, String approvedBy, LocalDate approvedOn, String filingRef, LocalDate filingDate,
        boolean published, String sourceNote, String changeReason, List<FactDefinition> facts,
        List<DiscretionTier> tiers, List<DiscretionFactor> factors, String createdBy, OffsetDateTime createdAt) {

    public BenchmarkVersion {
        facts = List.copyOf(facts);
        tiers = List.copyOf(tiers);
        factors = List.copyOf(factors);
    }

    public boolean inForceOn(LocalDate date) {
        return published && !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public Optional<FactDefinition> fact(String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public Optional<DiscretionFactor> factor(String code) {
        return factors.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public BenchmarkVersionRef ref() {
        return new BenchmarkVersionRef(id, versionNo, title, effectiveFrom, effectiveTo, approvedBy, filingRef,
                sourceNote);
    }

    public String label() {
        return "第" + versionNo + "版（" + effectiveFrom + " 起"
                + (effectiveTo == null ? "" : "，至 " + effectiveTo) + "）";
    }
}
