package org.zhifa.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.Rejection;
import org.zhifa.publicity.PublicationMasking;

/**
 * Publication of inspection results (一公开): each result is due within the configured number of working days of the
 * inspection (国办发〔2015〕58号; 方案第8条); a unit head releases the public text, masked by publicity's rules; late
 * ones stay flagged on the board and on the published record.
 */
@Service
public class ResultPublications {

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final InspectionQueries queries;
    private final TargetDirectory targets;
    private final SpotCheckItems items;
    private final AuditTrail audit;
    private final Clock clock;

    ResultPublications(JdbcClient jdbc, InspectionAccess access, InspectionQueries queries, TargetDirectory targets,
            SpotCheckItems items, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.queries = queries;
        this.targets = targets;
        this.items = items;
        this.audit = audit;
        this.clock = clock;
    }

    /** The public text of a result: date, unit, object (masked), items, outcome; no officer, no representative. */
    public String publicText(Inspection i) {
        Target t = targets.require(i.targetId());
        var known = new PublicationMasking.KnownPersonalData(t.naturalPerson(), t.name(), null, t.address(), null,
                t.plateNumber());
        String name = PublicNames.of(t);
        StringBuilder s = new StringBuilder();
        s.append(i.inspectedOn()).append("，").append(i.unitName()).append("对").append(name).append("开展")
                .append(i.kindLabel()).append("（");
        s.append(String.join("；", items.byIds(i.itemIds()).stream().map(SpotCheckItem::name).toList())).append("）。");
        s.append("检查结果：").append(i.outcome().label());
        if (i.correctionRequirement() != null) {
            s.append("，责令于 ").append(i.correctionDeadline()).append(" 前改正：")
                    .append(PublicationMasking.text(i.correctionRequirement(), known));
        }
        s.append("。");
        return s.toString();
    }

    @Transactional
    public Inspection publish(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.HEADS);
        Inspection i = queries.find(id, actor);
        access.requireVisible(actor, i.unitId());
        if (i.published()) {
            throw Rejection.of(ResultPublicationDeadline.ARTICLE, "该检查结果已公示").exception();
        }
        LocalDate today = LocalDate.now(clock);
        String note = i.publicationNote();
        if (ResultPublicationDeadline.late(i.publicationDue(), today)) {
            note = note + "；逾期公示（应于 " + i.publicationDue() + " 前公示）";
        }
        jdbc.sql("""
                update inspection set publication_state = 'PUBLISHED', public_summary = :s, published_at = now(),
                       published_by = :by, publication_note = :note, version = version + 1
                where id = :id""")
                .param("s", publicText(i)).param("by", actor.username()).param("note", note).param("id", id).update();
        audit.success("INSPECTION_RESULT_PUBLISHED", "INSPECTION", id, "公示检查结果：" + i.targetName()
                + (ResultPublicationDeadline.late(i.publicationDue(), today) ? "（逾期）" : ""));
        return queries.require(id);
    }

    /** A result waiting for publication, with its due date and whether it is already late. */
    public record Pending(Inspection inspection, boolean late, String preview) {
    }

    public List<Pending> pending(Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        LocalDate today = LocalDate.now(clock);
        List<Pending> out = new ArrayList<>();
        for (Inspection i : jdbc.sql("""
                select * from inspection where publication_state = 'PENDING' and unit_id in (:u)
                order by publication_due nulls first, id limit 200""")
                .param("u", access.visibleUnits(actor)).query(queries::row).list()) {
            out.add(new Pending(i, ResultPublicationDeadline.late(i.publicationDue(), today), publicText(i)));
        }
        return out;
    }

    /** One published result as the portal shows it. */
    public record PublicResult(long id, LocalDate inspectedOn, String unitName, String summary, String outcome,
            OffsetDateTime publishedAt, String note) {
    }

    /** Published results, newest first, keyset-paged on (published_at, id). */
    public InspectionQueries.Slice<PublicResult> published(String cursor, int size) {
        size = Math.max(1, Math.min(size, 100));
        Map<String, Object> p = new LinkedHashMap<>();
        String where = " where publication_state = 'PUBLISHED'";
        if (cursor != null && !cursor.isBlank()) {
            String[] c = cursor.split("_", 2);
            try {
                p.put("ca", OffsetDateTime.parse(c[0]));
                p.put("ci", Long.valueOf(c[1]));
            } catch (RuntimeException e) {
                throw new org.zhifa.common.InvalidInputException("翻页参数不正确", Map.of("cursor", "翻页参数不正确"));
            }
            where += " and (published_at, id) < (:ca, :ci)";
        }
        List<PublicResult> rows = jdbc.sql("select * from inspection" + where + " order by published_at desc, id desc limit :n")
                .params(p).param("n", size + 1)
                .query((rs, n) -> new PublicResult(rs.getLong("id"), rs.getObject("inspected_on", LocalDate.class),
                        access.unitName(rs.getLong("unit_id")), rs.getString("public_summary"),
                        org.zhifa.inspection.InspectionOutcome.valueOf(rs.getString("outcome")).label(),
                        rs.getObject("published_at", OffsetDateTime.class), rs.getString("publication_note")))
                .list();
        String next = null;
        if (rows.size() > size) {
            PublicResult last = rows.get(size - 1);
            next = last.publishedAt().toString() + "_" + last.id();
            rows = new ArrayList<>(rows.subList(0, size));
        }
        return new InspectionQueries.Slice<>(rows, next);
    }
}
