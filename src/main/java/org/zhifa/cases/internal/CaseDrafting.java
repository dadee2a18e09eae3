package org.zhifa.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.domain.ActFacts;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.PlateNumber;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/**
 * Builds a case not yet opened from the facts an officer entered: checks the facts that depend on each other (400 per
 * field: dates in order, coordinates in pairs, ID number and plate well-formed), resolves the violations from the
 * catalogue and the officers from personnel, within the actor's data scope.
 */
@Component
public class CaseDrafting {

    private final CatalogPort catalog;
    private final OfficerEligibility personnel;
    private final DataScope scope;

    CaseDrafting(CatalogPort catalog, OfficerEligibility personnel, DataScope scope) {
        this.catalog = catalog;
        this.personnel = personnel;
        this.scope = scope;
    }

    /**
     * @param prefix     the field path of the facts in the input (for messages), e.g. {@code "act."}
     * @param officerIds officers besides the registering one (he or she is listed when an officer)
     */
    public PenaltyCase draft(Procedure procedure, ActFacts f, String prefix, Long unitId, LocalDate on, Actor actor,
            List<Long> officerIds) {
        Map<String, String> e = new LinkedHashMap<>();
        if (f.actDate().isAfter(on)) {
            e.put(prefix + "actDate", "违法行为发生日期不能晚于办理日期（" + on + "）");
        }
        if (f.discoveredOn().isAfter(on)) {
            e.put(prefix + "discoveredOn", "发现日期不能晚于办理日期（" + on + "）");
        }
        if (f.actEndDate() != null && f.actEndDate().isBefore(f.actDate())) {
            e.put(prefix + "actEndDate", "行为终了日期不能早于发生日期");
        }
        coordinates(f.longitude(), f.latitude(), prefix, e);
        e.putAll(f.party().problems(prefix + "party."));
        if (f.plateNumber() != null && !f.plateNumber().isBlank() && PlateNumber.problem(f.plateNumber()) != null) {
            e.put(prefix + "plateNumber", PlateNumber.problem(f.plateNumber()));
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", e.values()), e);
        }
        long unit = unitId == null ? actor.unitId() : unitId;
        if (!scope.canSee(actor, unit)) {
            throw new AccessRefusedException(Rejection.of("数据范围", "不能为本单位数据范围以外的单位登记案件"));
        }
        List<ViolationRef> violations = new ArrayList<>();
        for (String code : new LinkedHashSet<>(f.violationCodes())) {
            violations.add(catalog.violation(code, prefix + "violationCodes"));
        }
        ActDetails act = new ActDetails(f.actDate(), f.actTime(), f.actEndDate(), f.place().trim(), f.longitude(),
                f.latitude(), f.discoveredOn(), f.facts().trim(), f.seriousHarm());
        String plate = f.plateNumber() == null || f.plateNumber().isBlank() ? null : PlateNumber.normalize(f.plateNumber());
        return PenaltyCase.draft(unit, procedure, f.source(), blankToNull(f.sourceNote()), f.category(), violations, act,
                f.party().toParty(), plate, officers(officerIds, actor, prefix), on, actor.userId());
    }

    private List<CaseOfficer> officers(List<Long> ids, Actor actor, String prefix) {
        Set<Long> wanted = new LinkedHashSet<>();
        personnel.findByUserId(actor.userId()).filter(o -> !o.auxiliary()).ifPresent(o -> wanted.add(o.id()));
        if (ids != null) {
            ids.stream().filter(i -> i != null).forEach(wanted::add);
        }
        List<CaseOfficer> result = new ArrayList<>();
        for (Long id : wanted) {
            OfficerView o = personnel.find(id).orElseThrow(() -> new InvalidInputException("执法人员不存在：" + id,
                    Map.of(prefix + "officerIds", "执法人员不存在")));
            if (!scope.canSee(actor, o.unitId())) {
                throw new InvalidInputException("执法人员不在本单位数据范围内：" + o.name(),
                        Map.of(prefix + "officerIds", "人员不在数据范围内"));
            }
            result.add(new CaseOfficer(o.id(), o.userId(), o.name(), o.auxiliary(), o.certificateNumber(), false));
        }
        return result;
    }

    private static void coordinates(BigDecimal lon, BigDecimal lat, String prefix, Map<String, String> e) {
        if (lon == null && lat == null) {
            return;
        }
        if (lon == null || lat == null || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0
                || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            e.put(prefix + "longitude", "经纬度应成对填写，经度 -180～180，纬度 -90～90");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
