package org.zhifa.cases.steps;

import org.zhifa.cases.procedure.StepInput;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.StepCheck;
import org.zhifa.cases.internal.CaseClocks;
import org.zhifa.cases.internal.CaseDocuments;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.Actor;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.IssuedDocument;

/**
 * One step being performed: the case, the typed input, who, the day of the act, the check the guards produced; issues
 * the documents and starts the per-record clocks the step declares (anything else is a programming error), and
 * collects what the history should show besides the input.
 */
public final class StepRun<I extends StepInput> {

    private final PenaltyCase kase;
    private final I input;
    private final Actor actor;
    private final StepCheck check;
    private final CaseDocuments documents;
    private final CaseClocks clocks;
    private final Consumer<PenaltyCase> persist;
    private final Map<String, Object> notes = new LinkedHashMap<>();

    public StepRun(PenaltyCase kase, I input, Actor actor, StepCheck check, CaseDocuments documents,
            CaseClocks clocks, Consumer<PenaltyCase> persist) {
        this.kase = kase;
        this.input = input;
        this.actor = actor;
        this.check = check;
        this.documents = documents;
        this.clocks = clocks;
        this.persist = persist;
    }

    public PenaltyCase kase() { return kase; }
    public I input() { return input; }
    public Actor actor() { return actor; }
    public StepCheck check() { return check; }
    public Transition transition() { return check.transition(); }
    public LocalDate on() { return check.actedOn(); }

    /** The moment of the act on its day ({@code on()} at {@code time}). */
    public LocalDateTime at(java.time.LocalTime time) {
        return on().atTime(time);
    }

    /** Stores a case an opening step has just opened, so that its documents and clocks can refer to it. */
    public void persistNew() {
        if (kase.id() == null) {
            persist.accept(kase);
        }
    }

    /** The next number of a numbered document type (drawn in the step's transaction). */
    public String nextNumber(DocumentType type) {
        declared(type);
        return documents.nextNumber(kase.unitId(), type, on().getYear());
    }

    public IssuedDocument issue(DocumentType type, Map<String, Object> fields) {
        return issue(type, fields, null);
    }

    /** Issues one of the documents the step declares, dated the day of the act. */
    public IssuedDocument issue(DocumentType type, Map<String, Object> fields, String number) {
        declared(type);
        IssuedDocument d = documents.issue(kase, type, on(), fields, number);
        notes.put(type.name(), d.number() == null ? d.id() : d.number());
        return d;
    }

    /** The case's documents of a type issued so far (current versions: a corrected one counts once). */
    public List<IssuedDocument> issued(DocumentType type) {
        return kase.id() == null ? List.of() : documents.list(kase.id()).stream()
                .filter(d -> d.type() == type && d.current()).toList();
    }

    /** A clock of one record (a measure's handling period, an instalment) that the step declares it starts. */
    public long startClock(ClockKind kind, LocalDate from, LocalDate due) {
        if (!transition().starts().contains(kind)) {
            throw new IllegalStateException(transition().name() + " does not declare clock " + kind);
        }
        return clocks.start(kase.id(), kind, from, due, false);
    }

    public CaseClocks clocks() {
        return clocks;
    }

    /** Something the history shows besides the input (numbers drawn, amounts computed). */
    public void note(String key, Object value) {
        if (value != null) {
            notes.put(key, value);
        }
    }

    public Map<String, Object> notes() {
        return Map.copyOf(notes);
    }

    private void declared(DocumentType type) {
        if (!transition().issues().contains(type)) {
            throw new IllegalStateException(transition().name() + " does not declare document " + type);
        }
    }
}
