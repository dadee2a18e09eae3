package org.zhifa.personnel.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.CertificateState;
import org.zhifa.personnel.TrainingProgress;

/** Roster reads for the web and API, limited to what the actor may see. */
@Component
@Transactional(readOnly = true)
public class Roster {

    /** Training progress filter values. */
    public static final String BELOW_TARGET = "BELOW";
    public static final String TARGET_MET = "MET";

    private final OfficerQueries queries;
    private final PersonnelAccess access;
    private final OrgUnits units;
    private final ObjectProvider<TrainingProgress> training;
    private final Clock clock;

    Roster(OfficerQueries queries, PersonnelAccess access, OrgUnits units, ObjectProvider<TrainingProgress> training,
            Clock clock) {
        this.queries = queries;
        this.access = access;
        this.units = units;
        this.training = training;
        this.clock = clock;
    }

    /** Search criteria as typed in the list form or the API query string. */
    public record Criteria(String q, Long unitId, String certState, String progress, StaffKind kind,
            OfficerStatus status) {

        public Criteria {
            if (certState != null && !certState.isBlank() && !Set.of("NONE", "EXPIRING").contains(certState)
                    && java.util.Arrays.stream(CertificateState.values()).noneMatch(s -> s.name().equals(certState))) {
                throw new InvalidInputException("证件状态不正确：" + certState);
            }
            if (progress != null && !progress.isBlank() && !Set.of(BELOW_TARGET, TARGET_MET).contains(progress)) {
                throw new InvalidInputException("培训进度筛选不正确：" + progress);
            }
        }
    }

    public PageResult<OfficerRow> list(Actor actor, Criteria c, int page, int size) {
        OfficerFilter filter = filter(actor, c);
        if (filter == null) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        return queries.search(filter, Math.max(0, page), PageResult.clampSize(size));
    }

    public List<OfficerRow> all(Actor actor, Criteria c) {
        OfficerFilter filter = filter(actor, c);
        return filter == null ? List.of() : queries.all(filter);
    }

    private OfficerFilter filter(Actor actor, Criteria c) {
        Collection<Long> unitIds = null;
        Long own = null;
        if (access.readsRosters(actor)) {
            Set<Long> visible = access.rosterUnits(actor);
            if (c.unitId() != null) {
                if (!visible.contains(c.unitId())) {
                    return null;
                }
                unitIds = units.descendantsAndSelf(c.unitId()).stream().map(OrgUnitView::id)
                        .filter(visible::contains).toList();
            } else {
                unitIds = visible;
            }
        } else {
            own = actor.userId();
            if (c.unitId() != null) {
                unitIds = units.descendantsAndSelf(c.unitId()).stream().map(OrgUnitView::id).toList();
            }
        }
        OfficerFilter base = new OfficerFilter(c.q(), unitIds, own, c.kind(), c.certState(), c.status(), null);
        if (c.progress() == null || c.progress().isBlank() || training.getIfAvailable() == null) {
            return base;
        }
        TrainingProgress progress = training.getObject();
        List<Long> ids = queries.ids(new OfficerFilter(c.q(), unitIds, own, StaffKind.OFFICER, c.certState(),
                c.status(), null));
        Map<Long, BigDecimal> hours = progress.countedHours(today().getYear(), ids);
        BigDecimal target = progress.annualTarget();
        boolean below = BELOW_TARGET.equals(c.progress());
        List<Long> only = ids.stream()
                .filter(id -> hours.getOrDefault(id, BigDecimal.ZERO).compareTo(target) < 0 == below).toList();
        return new OfficerFilter(c.q(), unitIds, own, StaffKind.OFFICER, c.certState(), c.status(), only);
    }

    /** Counted training hours this year for the given officers, when the training module is present. */
    public Map<Long, BigDecimal> hoursThisYear(Collection<Long> officerIds) {
        TrainingProgress progress = training.getIfAvailable();
        if (progress == null || officerIds.isEmpty()) {
            return Map.of();
        }
        return progress.countedHours(today().getYear(), officerIds);
    }

    public BigDecimal trainingTarget() {
        TrainingProgress progress = training.getIfAvailable();
        return progress == null ? null : progress.annualTarget();
    }

    public boolean trainingAvailable() {
        return training.getIfAvailable() != null;
    }

    public static String unitNames(OrgUnits units, Collection<Long> ids) {
        return ids.stream().map(id -> units.find(id).map(OrgUnitView::name).orElse("")).collect(Collectors.joining("、"));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
