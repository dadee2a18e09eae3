package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.domain.CaseRepository;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.domain.Party;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.PlateNumber;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/** 案源登记 of an ordinary case; the simplified procedure is {@link FieldPenalty}. */
@Service
public class CaseRegistration {

    private final CaseRepository cases;
    private final CatalogPort catalog;
    private final OfficerEligibility personnel;
    private final CaseClocks clocks;
    private final DataScope scope;
    private final AuditTrail audit;
    private final StepGate gate;
    private final Clock clock;

    CaseRegistration(CaseRepository cases, CatalogPort catalog, OfficerEligibility personnel, CaseClocks clocks,
            DataScope scope, AuditTrail audit, StepGate gate, Clock clock) {
        this.gate = gate;
        this.cases = cases;
        this.catalog = catalog;
        this.personnel = personnel;
        this.clocks = clocks;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    public PenaltyCase register(CaseDraft d, Actor actor) {
        PenaltyCase c = gate.run(() -> {
            PenaltyCase built = build(d, actor, Procedure.ORDINARY);
            long id = cases.insert(built);
            LocalDate discovered = built.act().discoveredOn() == null ? built.registeredOn() : built.act().discoveredOn();
            clocks.start(id, ClockKind.FILING_DECISION, discovered);
            cases.setNextDue(id);
            return built;
        });
        long id = c.id();
        audit.success("CASE_REGISTER", "PENALTY_CASE", id, "案源登记：" + c.party().name() + "，" + CaseDocuments.cause(c));
        return c;
    }

    /** Validates the draft, resolves violations and officers, and builds the aggregate (not stored). */
    PenaltyCase build(CaseDraft d, Actor actor, Procedure procedure) {
        LocalDate today = LocalDate.now(clock);
        DraftValidator.validate(d, today);
        long unitId = d.unitId() == null ? actor.unitId() : d.unitId();
        if (!scope.canSee(actor, unitId)) {
            throw new AccessRefusedException(Rejection.of("数据范围", "不能为本单位数据范围以外的单位登记案件"));
        }
        PartyKind kind = PartyKind.valueOf(d.partyKind().trim());
        List<ViolationRef> violations = new ArrayList<>();
        for (String code : new LinkedHashSet<>(d.violationCodes())) {
            if (code != null && !code.isBlank()) {
                violations.add(catalog.violation(code.trim(), d.actDate(), kind, d.discretionFacts()));
            }
        }
        ActDetails act = new ActDetails(d.actDate(), d.actEndDate(), d.place().trim(), d.longitude(), d.latitude(),
                d.discoveredOn(), d.facts() == null ? null : d.facts().trim(), Boolean.TRUE.equals(d.seriousHarm()));
        Party party = new Party(kind, d.partyName().trim(), blankToNull(d.partyIdNumber(), true),
                blankToNull(d.partyAddress(), false), blankToNull(d.partyPhone(), false));
        String plate = DraftValidator.blank(d.plateNumber()) ? null : PlateNumber.normalize(d.plateNumber());
        PenaltyCase c = PenaltyCase.register(unitId, procedure, CaseSource.valueOf(d.source().trim()), d.sourceNote(),
                violations, act, party, plate, officers(d.officerIds(), actor, unitId),
                procedure == Procedure.ORDINARY && d.discoveredOn() != null ? d.discoveredOn() : today, actor.userId());
        org.zhifa.cases.domain.CaseSteps.discretionFacts(c, d.discretionFacts());
        return c;
    }

    private List<CaseOfficer> officers(List<Long> ids, Actor actor, long unitId) {
        Set<Long> wanted = new LinkedHashSet<>();
        personnel.findByUserId(actor.userId()).filter(o -> !o.auxiliary()).ifPresent(o -> wanted.add(o.id()));
        if (ids != null) {
            ids.stream().filter(i -> i != null).forEach(wanted::add);
        }
        List<CaseOfficer> result = new ArrayList<>();
        for (Long id : wanted) {
            OfficerView o = personnel.find(id).orElseThrow(() -> new InvalidInputException("执法人员不存在：" + id,
                    Map.of("officerIds", "执法人员不存在")));
            if (!scope.canSee(actor, o.unitId())) {
                throw new InvalidInputException("执法人员不在本单位数据范围内：" + o.name(), Map.of("officerIds", "人员不在数据范围内"));
            }
            result.add(new CaseOfficer(o.id(), o.userId(), o.name(), o.auxiliary(), o.certificateNumber(), false));
        }
        return result;
    }

    private static String blankToNull(String s, boolean upper) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return upper ? s.trim().toUpperCase() : s.trim();
    }
}
