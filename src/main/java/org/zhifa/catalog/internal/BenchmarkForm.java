package org.zhifa.catalog.internal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhifa.catalog.model.BenchmarkVersion;

/** Form for a draft benchmark version; facts, tiers and factors are edited as text (see {@link BenchmarkText}). */
public class BenchmarkForm {

    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    private String approvedBy;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvedOn;
    private String filingRef;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filingDate;
    private String sourceNote;
    private String changeReason;
    private String facts;
    private String tiers;
    private String factors;

    public static BenchmarkForm of(BenchmarkVersion v) {
        BenchmarkForm f = new BenchmarkForm();
        f.title = v.title();
        f.effectiveFrom = v.effectiveFrom();
        f.approvedBy = v.approvedBy();
        f.approvedOn = v.approvedOn();
        f.filingRef = v.filingRef();
        f.filingDate = v.filingDate();
        f.sourceNote = v.sourceNote();
        f.changeReason = v.changeReason();
        f.facts = BenchmarkText.facts(v.facts());
        f.tiers = BenchmarkText.tiers(v.tiers());
        f.factors = BenchmarkText.factors(v.factors());
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getApprovedBy() { return approvedBy; }
    public void setApprovedBy(String approvedBy) { this.approvedBy = approvedBy; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public void setApprovedOn(LocalDate approvedOn) { this.approvedOn = approvedOn; }
    public String getFilingRef() { return filingRef; }
    public void setFilingRef(String filingRef) { this.filingRef = filingRef; }
    public LocalDate getFilingDate() { return filingDate; }
    public void setFilingDate(LocalDate filingDate) { this.filingDate = filingDate; }
    public String getSourceNote() { return sourceNote; }
    public void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }
    public String getChangeReason() { return changeReason; }
    public void setChangeReason(String changeReason) { this.changeReason = changeReason; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public String getTiers() { return tiers; }
    public void setTiers(String tiers) { this.tiers = tiers; }
    public String getFactors() { return factors; }
    public void setFactors(String factors) { this.factors = factors; }
}
