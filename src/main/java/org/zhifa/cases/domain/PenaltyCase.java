package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.Rejection;

/**
 * The penalty case aggregate (行政处罚案件). It owns its state: every change goes through {@link #enter} with a
 * transition of its procedure, and the step-specific methods in {@link CaseSteps} record what the step established.
 * Optimistic locking: {@link #version()} is checked when stored.
 */
public class PenaltyCase {

    Long id;
    int version;
    long unitId;
    Procedure procedure;
    CaseState state;
    String caseNumber;
    CaseSource source;
    String sourceNote;
    List<ViolationRef> violations = new ArrayList<>();
    ActDetails act;
    Party party;
    String plateNumber;
    List<CaseOfficer> officers = new ArrayList<>();
    Proposal proposal;
    NoticeRecord notice = new NoticeRecord();
    ReviewRecord review = new ReviewRecord();
    DecisionRecord decision = new DecisionRecord();
    ExecutionRecord execution = new ExecutionRecord();
    LocalDate registeredOn;
    LocalDate filedOn;
    LocalDate timeLimitDue;
    List<Extension> extensions = new ArrayList<>();
    boolean criminalSuspected;
    LocalDate lastStepOn;
    long createdBy;
    java.util.Map<String, Object> discretionFacts = new java.util.LinkedHashMap<>();

    PenaltyCase() {
    }

    /** A new ordinary case at 案源登记, or a simplified case decided on the spot. */
    public static PenaltyCase register(long unitId, Procedure procedure, CaseSource source, String sourceNote,
            List<ViolationRef> violations, ActDetails act, Party party, String plateNumber, List<CaseOfficer> officers,
            LocalDate registeredOn, long createdBy) {
        PenaltyCase c = new PenaltyCase();
        c.unitId = unitId;
        c.procedure = procedure;
        c.state = procedure.definition().initial();
        c.source = source;
        c.sourceNote = sourceNote;
        c.violations = new ArrayList<>(violations);
        c.act = act;
        c.party = party;
        c.plateNumber = plateNumber;
        c.officers = new ArrayList<>(officers);
        c.registeredOn = registeredOn;
        c.lastStepOn = registeredOn;
        c.createdBy = createdBy;
        return c;
    }

    /**
     * Moves along {@code t}. Refuses a transition that does not start from the current state, a return to a state
     * that is not earlier, any change to an archived case, and a step dated before the previous one.
     */
    public CaseState enter(Transition t, CaseState returnTarget, LocalDate on) {
        if (state == CaseState.ARCHIVED) {
            throw Rejection.of("《交通运输行政执法程序规定》第九十一条", "案件已归档，案卷只读，不得再作任何变更").exception();
        }
        if (!t.startsFrom(state)) {
            throw Rejection.of("《交通运输行政执法程序规定》", "当前环节为“" + state.label() + "”，不能执行“" + t.label() + "”")
                    .exception();
        }
        if (on.isBefore(lastStepOn)) {
            throw Rejection.of("《交通运输行政执法程序规定》", "办理日期不得早于上一环节的日期（" + lastStepOn + "）").exception();
        }
        CaseState target;
        if (t.returns()) {
            if (returnTarget == null || !procedure.definition().isEarlier(returnTarget, state)) {
                throw Rejection.of("《交通运输行政执法程序规定》", "只能退回到之前的办案环节").exception();
            }
            target = returnTarget;
        } else {
            target = t.target(state);
        }
        state = target;
        lastStepOn = on;
        return target;
    }

    public boolean handledBy(Long officerId) {
        return officerId != null && officers.stream().anyMatch(o -> o.acting() && o.officerId() == officerId);
    }

    public boolean handledByUser(long userId) {
        return officers.stream().anyMatch(o -> o.acting() && o.userId() != null && o.userId() == userId);
    }

    public List<CaseOfficer> actingOfficers() {
        return officers.stream().filter(CaseOfficer::acting).toList();
    }

    public boolean readOnly() {
        return state == CaseState.ARCHIVED;
    }

    public Long id() { return id; }
    public int version() { return version; }
    public long unitId() { return unitId; }
    public Procedure procedure() { return procedure; }
    public CaseState state() { return state; }
    public String caseNumber() { return caseNumber; }
    public CaseSource source() { return source; }
    public String sourceNote() { return sourceNote; }
    public List<ViolationRef> violations() { return List.copyOf(violations); }
    public ActDetails act() { return act; }
    public Party party() { return party; }
    public String plateNumber() { return plateNumber; }
    public List<CaseOfficer> officers() { return List.copyOf(officers); }
    public Proposal proposal() { return proposal; }
    public NoticeRecord notice() { return notice; }
    public ReviewRecord review() { return review; }
    public DecisionRecord decision() { return decision; }
    public ExecutionRecord execution() { return execution; }
    public LocalDate registeredOn() { return registeredOn; }
    public LocalDate filedOn() { return filedOn; }
    public LocalDate timeLimitDue() { return timeLimitDue; }
    public List<Extension> extensions() { return List.copyOf(extensions); }
    public boolean criminalSuspected() { return criminalSuspected; }
    public LocalDate lastStepOn() { return lastStepOn; }
    public long createdBy() { return createdBy; }
    public java.util.Map<String, Object> discretionFacts() { return java.util.Map.copyOf(discretionFacts); }
}
