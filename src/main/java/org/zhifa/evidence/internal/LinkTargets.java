package org.zhifa.evidence.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.Rejection;
import org.zhifa.evidence.EvidenceTargetDirectory;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;

/**
 * Where evidence may be linked and whose evidence counts for a target. A record target (case, inspection, non-site
 * record) must exist — its module's {@link EvidenceTargetDirectory} finds it — and lie in the linking user's data
 * scope; otherwise the link is refused with one answer for both, so that another unit's records are not revealed.
 * A kind of record no module vouches for cannot be linked at all, and a record closed for links (an archived case
 * file) takes no more.
 */
@Component
public class LinkTargets {

    public static final String ARTICLE = "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）三级 访问控制（数据范围）";

    private final Map<EvidenceTargetType, EvidenceTargetDirectory> directories = new EnumMap<>(EvidenceTargetType.class);
    private final DataScope scope;
    private final OrgUnits units;
    private final AuditTrail audit;

    LinkTargets(List<EvidenceTargetDirectory> directories, DataScope scope, OrgUnits units, AuditTrail audit) {
        directories.forEach(d -> this.directories.put(d.type(), d));
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    /** The target as it will be stored (canonical id), if the actor may link evidence to it; 403 otherwise. */
    public EvidenceInput.ValidTarget require(EvidenceInput.ValidTarget target, Actor actor) {
        if (!target.type().record()) {
            return target;
        }
        Optional<EvidenceTargetDirectory.Target> found = find(target.type(), target.id());
        if (found.isPresent() && scope.canSee(actor, found.get().unitId())) {
            EvidenceTargetDirectory.Target t = found.get();
            Optional<Rejection> closed = directories.get(target.type()).refusesLinks(t);
            if (closed.isPresent()) {
                audit.refused("EVIDENCE_LINK_REFUSED", "EVIDENCE_LINK", target.type().name() + ":" + t.id(),
                        "证据关联被拒绝：" + closed.get().text());
                throw closed.get().exception();
            }
            // The module's name for it, else the reference the user gave when it differs from the stored id (a case
            // linked by its case number): the directory resolved exactly that reference to this target.
            String name = t.name() != null ? t.name() : target.id().strip().equals(t.id()) ? null : target.id().strip();
            return new EvidenceInput.ValidTarget(target.type(), t.id(), name);
        }
        String label = target.type().label();
        String why = directories.containsKey(target.type())
                ? "该" + label + "不存在或不在您的数据范围内，只能关联本单位数据范围内的" + label
                : "系统中尚无可核实的" + label + "记录，不能关联";
        audit.refused("EVIDENCE_LINK_REFUSED", "EVIDENCE_LINK", target.type().name() + ":" + target.id(),
                "证据关联被拒绝：" + label + " " + target.id() + "，" + why);
        throw new AccessRefusedException(Rejection.of(ARTICLE, "不能关联到" + label + " " + target.id() + "：" + why));
    }

    /** The recorded target, empty when it does not exist or no module vouches for its kind. */
    public Optional<EvidenceTargetDirectory.Target> find(EvidenceTargetType type, String id) {
        EvidenceTargetDirectory d = directories.get(type);
        if (d == null || id == null) {
            return Optional.empty();
        }
        return d.find(id.strip());
    }

    /**
     * The units whose evidence counts for a target of {@code unitId}: the unit, the units below it, the units above
     * it and the prefecture-level units — every unit that handles its records or oversees them. Evidence of a sibling
     * unit (another county) does not count, however it came to be linked.
     */
    public Set<Long> unitsInLineOf(long unitId) {
        Set<Long> line = new HashSet<>();
        units.descendantsAndSelf(unitId).forEach(u -> line.add(u.id()));
        Long parent = units.find(unitId).map(OrgUnitView::parentId).orElse(null);
        while (parent != null && line.add(parent)) {
            parent = units.find(parent).map(OrgUnitView::parentId).orElse(null);
        }
        units.all().stream().filter(OrgUnitView::prefectureLevel).forEach(u -> line.add(u.id()));
        return line;
    }
}
