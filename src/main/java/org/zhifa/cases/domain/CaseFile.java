package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.Articles;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.personnel.EnforcementCategory;

/**
 * What a penalty case holds — its identity, parties, acts and the records of each stage — and the one guard every
 * step passes through ({@link #guarded}): an archived case is read-only, a step must start from the current state and
 * every guard must have allowed it; only then does the change run and the state move. The steps themselves are the
 * methods of {@link PenaltyCase}.
 */
public abstract class CaseFile {

    Long id;
    int version;
    long unitId;
    Procedure procedure;
    String procedureVersion;
    CaseState state;
    String caseNumber;
    CaseSource source;
    String sourceNote;
    EnforcementCategory category;
    List<ViolationRef> violations = new ArrayList<>();
    ActDetails act;
    Party party;
    String plateNumber;
    List<CaseOfficer> officers = new ArrayList<>();
    FilingRecord filing = new FilingRecord();
    InvestigationRecord investigation = new InvestigationRecord();
    Proposal proposal;
    NoticeRecord notice = new NoticeRecord();
    ReviewRecord review = new ReviewRecord();
    DecisionRecord decision = new DecisionRecord();
    ExecutionRecord execution = new ExecutionRecord();
    ClosureRecord closure = new ClosureRecord();
    TransferRecord transfer = new TransferRecord();
    LocalDate registeredOn;
    LocalDate filedOn;
    LocalDate timeLimitDue;
    List<Extension> extensions = new ArrayList<>();
    List<AddressConfirmation> addressConfirmations = new ArrayList<>();
    LocalDate lastStepOn;
    long createdBy;
    Map<String, Object> discretionFacts = new LinkedHashMap<>();
    final transient List<java.util.function.Function<PenaltyCase, Object>> events = new ArrayList<>();
    private transient StepCheck applied;


    /** Applies one step: checks, then {@code change}, then the new state. */
    void guarded(StepCheck c, Runnable change) {
        Transition t = c.transition();
        if (state == CaseState.ARCHIVED) {
            throw org.zhifa.common.Rejection.of(Articles.CLOSURE_AND_ARCHIVE, "案件已归档，案卷只读，不得再作任何变更").exception();
        }
        if (t.opens() ? state != null : !t.startsFrom(state) || !t.procedures().contains(procedure)) {
            throw new ConflictException("当前环节为“" + (state == null ? "未登记" : state.label()) + "”，不能执行“" + t.label() + "”");
        }
        c.verdict().orThrow();
        CaseState target = t.returns() ? c.returnTarget() : t.opens() ? t.to() : t.target(state);
        if (t.returns() && (target == null || !procedure.isEarlier(target, state))) {
            throw new InvalidInputException("只能退回到之前的办案环节", Map.of("toState", "请选择之前的办案环节"));
        }
        change.run();
        state = target;
        lastStepOn = lastStepOn == null || c.actedOn().isAfter(lastStepOn) ? c.actedOn() : lastStepOn;
        applied = c;
    }

    /**
     * The events registered by the last step, made from the case as stored (an opening step's case has its id by
     * then), handed to the engine once; it publishes them after storing.
     */
    public List<Object> drainEvents() {
        List<Object> out = events.stream().map(e -> e.apply((PenaltyCase) this)).toList();
        events.clear();
        return out;
    }

    /** Whether {@code c} was applied to this case (the engine checks that every step called its method). */
    public boolean applied(StepCheck c) {
        return applied == c;
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
    public String procedureVersion() { return procedureVersion; }
    public CaseState state() { return state; }
    public String caseNumber() { return caseNumber; }
    public CaseSource source() { return source; }
    public String sourceNote() { return sourceNote; }
    public EnforcementCategory category() { return category; }
    public List<ViolationRef> violations() { return List.copyOf(violations); }
    public ActDetails act() { return act; }
    public Party party() { return party; }
    public String plateNumber() { return plateNumber; }
    public List<CaseOfficer> officers() { return List.copyOf(officers); }
    public FilingRecord filing() { return filing; }
    public InvestigationRecord investigation() { return investigation; }
    public Proposal proposal() { return proposal; }
    public NoticeRecord notice() { return notice; }
    public ReviewRecord review() { return review; }
    public DecisionRecord decision() { return decision; }
    public ExecutionRecord execution() { return execution; }
    public ClosureRecord closure() { return closure; }
    public TransferRecord transfer() { return transfer; }
    public LocalDate registeredOn() { return registeredOn; }
    public LocalDate filedOn() { return filedOn; }
    public LocalDate timeLimitDue() { return timeLimitDue; }
    public List<Extension> extensions() { return List.copyOf(extensions); }

    /** The 送达地址确认书 the party signed, in the order recorded. */
    public List<AddressConfirmation> addressConfirmations() { return List.copyOf(addressConfirmations); }

    /**
     * The latest confirmation signed on or before {@code day} (service relies on the one in force when it is made).
     */
    public java.util.Optional<AddressConfirmation> addressConfirmationOn(LocalDate day) {
        return addressConfirmations.stream().filter(a -> !a.signedOn().isAfter(day))
                .reduce((a, b) -> b.signedOn().isBefore(a.signedOn()) ? a : b);
    }
    public LocalDate lastStepOn() { return lastStepOn; }
    public long createdBy() { return createdBy; }
    public Map<String, Object> discretionFacts() { return Map.copyOf(discretionFacts); }
}
