package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 调查取证: the records made (which document, on which day, by which officers present) and the measures taken on
 * property (先行登记保存, 查封扣押) with their clocks and release. The record's content is in its document and in the
 * step history. Mutated only by {@link PenaltyCase}.
 */
public class InvestigationRecord {

    List<Act> acts = new ArrayList<>();
    List<Measure> measures = new ArrayList<>();
    List<MeasureExtension> measureExtensions = new ArrayList<>();

    /** A record made during the investigation: its document type, day, document and the officers present. */
    public record Act(String documentType, LocalDate on, long documentId, String documentNumber,
            List<Long> officerIds) {
    }

    /**
     * A measure on property: 证据登记保存 (《行政处罚法》第五十六条) or a compulsory measure (《行政强制法》); its document
     * number, the clock of its handling period and, once released, when and why.
     */
    public record Measure(String clockKind, String documentType, String number, LocalDate startedOn, long clockId,
            List<GoodsLine> items, LocalDate releasedOn, String releaseReason, String kind) {

        Measure released(LocalDate on, String reason) {
            return new Measure(clockKind, documentType, number, startedOn, clockId, items, on, reason, kind);
        }

        public boolean open() {
            return releasedOn == null;
        }
    }

    /**
     * The extension of a compulsory measure's term (《行政强制法》第二十五条): which measure, the day the head approved
     * it and who, the reason (情况复杂的事实), the term before and after, the notice that told the party.
     */
    public record MeasureExtension(String number, LocalDate on, String approvedBy, String reason, LocalDate previousDue,
            LocalDate newDue, String noticeNumber) {
    }

    public List<Act> acts() { return List.copyOf(acts); }

    public List<MeasureExtension> measureExtensions() {
        return measureExtensions == null ? List.of() : List.copyOf(measureExtensions);
    }

    /** The extension of the measure with this document number, if its term was extended. */
    public Optional<MeasureExtension> extensionOf(String number) {
        return measureExtensions().stream().filter(e -> e.number().equals(number)).findFirst();
    }

    void extend(MeasureExtension e) {
        if (measureExtensions == null) {
            measureExtensions = new ArrayList<>();
        }
        measureExtensions.add(e);
    }
    public List<Measure> measures() { return List.copyOf(measures); }

    public Optional<Measure> openMeasure(String number) {
        return measures.stream().filter(m -> m.open() && m.number() != null && m.number().equals(number)).findFirst();
    }

    void add(Act act) {
        acts.add(act);
    }

    void add(Measure m) {
        measures.add(m);
    }

    void release(String number, LocalDate on, String reason) {
        measures.replaceAll(m -> m.open() && number.equals(m.number()) ? m.released(on, reason) : m);
    }
}
