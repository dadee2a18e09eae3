package org.zhifa.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.draw.DrawAssignee;
import org.zhifa.draw.DrawConflict;
import org.zhifa.draw.DrawInput;
import org.zhifa.draw.DrawObject;
import org.zhifa.draw.StratumRule;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.inspection.InspectionProperties;
import org.zhifa.inspection.InspectionProperties.LastInspectionRecusal;
import org.zhifa.inspection.TargetKind;
import org.zhifa.personnel.EligibilityResult;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.OfficerEligibility;

/**
 * Freezes the candidate lists of a plan's draw (docs/random-draw.md §10): the active objects of the plan's units and
 * item kinds, stratified by credit class; the inspectors of the directory whose certificate covers every field of
 * the plan's items on the first and the last day of the window; the declared relations and, by the plan's recusal
 * mode, the inspectors or the unit of each object's last inspection.
 */
@Component
class DrawCandidates {

    private final TargetDirectory targets;
    private final InspectorDirectory inspectors;
    private final OfficerEligibility eligibility;
    private final InspectionAccess access;
    private final OrgUnits units;
    private final InspectionProperties settings;
    private final JdbcClient jdbc;

    DrawCandidates(TargetDirectory targets, InspectorDirectory inspectors, OfficerEligibility eligibility,
            InspectionAccess access, OrgUnits units, InspectionProperties settings, JdbcClient jdbc) {
        this.targets = targets;
        this.inspectors = inspectors;
        this.eligibility = eligibility;
        this.access = access;
        this.units = units;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** The frozen input and the inspectors of the directory left out, with the reason. */
    record Frozen(DrawInput input, List<Draw.Excluded> excluded) {
    }

    Frozen freeze(Plan plan, String reference) {
        List<Long> scope = units.descendantsAndSelf(plan.unitId()).stream().map(OrgUnitView::id).toList();
        Set<TargetKind> kinds = EnumSet.noneOf(TargetKind.class);
        Set<EnforcementCategory> fields = EnumSet.noneOf(EnforcementCategory.class);
        plan.items().forEach(i -> {
            kinds.add(i.targetKind());
            fields.add(i.category());
        });
        List<Target> objects = targets.candidates(scope, kinds);
        Map<Long, LastInspection> last = lastInspections(objects.stream().map(Target::id).toList());
        Map<Long, String> poolOf = new HashMap<>();
        Map<Long, String> codeOf = new HashMap<>();
        units.all().forEach(u -> {
            codeOf.put(u.id(), u.code());
            poolOf.put(u.id(), access.county(u.id()).code());
        });

        List<DrawAssignee> assignees = new ArrayList<>();
        List<Draw.Excluded> excluded = new ArrayList<>();
        Set<Long> assigneeIds = new HashSet<>();
        for (Inspector i : inspectors.activeOfficers(scope)) {
            String reason = reasonToExclude(i, fields, plan.windowStart(), plan.windowEnd());
            if (reason != null) {
                excluded.add(new Draw.Excluded(i.drawKey(), i.name(), reason));
                continue;
            }
            assignees.add(new DrawAssignee(i.drawKey(), poolOf.get(i.unitId()), codeOf.get(i.unitId())));
            assigneeIds.add(i.officerId());
        }

        List<DrawObject> drawObjects = new ArrayList<>();
        Set<DrawConflict> conflicts = new LinkedHashSet<>();
        for (Target t : objects) {
            LastInspection l = last.get(t.id());
            Set<String> blocked = new HashSet<>();
            if (l != null && plan.recusal() == LastInspectionRecusal.UNIT) {
                blocked.add(codeOf.get(l.unitId()));
            }
            if (l != null && plan.recusal() == LastInspectionRecusal.INSPECTORS) {
                for (long o : l.officerIds()) {
                    if (assigneeIds.contains(o)) {
                        conflicts.add(new DrawConflict(t.drawKey(), "P" + o));
                    }
                }
            }
            drawObjects.add(new DrawObject(t.drawKey(), t.creditClass(), poolOf.get(t.unitId()), blocked));
        }
        Set<Long> objectIds = new HashSet<>(objects.stream().map(Target::id).toList());
        for (InspectorDirectory.Relation r : inspectors.relations(null, null)) {
            if (objectIds.contains(r.targetId()) && assigneeIds.contains(r.officerId())) {
                conflicts.add(new DrawConflict("T" + r.targetId(), "P" + r.officerId()));
            }
        }
        List<StratumRule> rules = plan.strata().stream()
                .map(s -> new StratumRule(s.creditClass(), s.ratio(), s.minimum())).toList();
        return new Frozen(new DrawInput(reference, settings.inspectorsPerObject(), rules, drawObjects, assignees,
                conflicts), excluded);
    }

    /** Why an inspector cannot be drawn for this plan, or null: every field on the window's first and last day. */
    private String reasonToExclude(Inspector i, Set<EnforcementCategory> fields, LocalDate start, LocalDate end) {
        for (EnforcementCategory f : fields) {
            if (!i.categories().contains(f)) {
                return "名录库登记的执法门类不含“" + f.label() + "”";
            }
            for (LocalDate d : List.of(start, end)) {
                EligibilityResult r = eligibility.isEligible(i.officerId(), d, f);
                if (!r.eligible()) {
                    return d + "：" + String.join("；", r.reasons());
                }
            }
        }
        return null;
    }

    /** The last inspection of an object: its inspecting unit and its officers. */
    record LastInspection(long unitId, List<Long> officerIds) {
    }

    Map<Long, LastInspection> lastInspections(Collection<Long> targetIds) {
        Map<Long, LastInspection> out = new HashMap<>();
        if (targetIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select distinct on (target_id) target_id, unit_id, officer_ids from inspection
                where target_id = any(cast(:ids as bigint[])) order by target_id, inspected_on desc, id desc""")
                .param("ids", SqlArrays.bigints(targetIds))
                .query(rs -> {
                    out.put(rs.getLong("target_id"), new LastInspection(rs.getLong("unit_id"),
                            SqlArrays.longs(rs.getArray("officer_ids"))));
                });
        return out;
    }
}
