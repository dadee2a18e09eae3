package org.zhifa.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.inspection.InspectionOutcome;

/** Reads of inspections: one record, its answers and evidence, and the ledger with keyset paging. */
@Service
public class InspectionQueries {

    private final JdbcClient jdbc;
    private final InspectionAccess access;

    InspectionQueries(JdbcClient jdbc, InspectionAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** A record the actor may see: inspected by one of their units, or of an object of one of their units. */
    public Inspection find(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        Inspection i = require(id);
        if (!access.canSee(actor, i.unitId()) && !access.canSee(actor, i.targetUnitId())) {
            throw new NotFoundException("检查记录不存在，或不在您的数据范围内");
        }
        return i;
    }

    public Inspection require(long id) {
        return jdbc.sql("select * from inspection where id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("检查记录不存在"));
    }

    public List<Inspection.Answer> answers(long id) {
        return jdbc.sql("select * from inspection_answer where inspection_id = :id order by position").param("id", id)
                .query((rs, n) -> new Inspection.Answer(rs.getInt("position"), rs.getLong("item_id"),
                        rs.getLong("checklist_item_id"), rs.getString("text"), rs.getString("article"),
                        rs.getString("answer"), rs.getString("note"))).list();
    }

    public List<Inspection.EvidenceRef> evidence(long id) {
        return jdbc.sql("select * from inspection_evidence where inspection_id = :id order by evidence_id")
                .param("id", id).query((rs, n) -> new Inspection.EvidenceRef(rs.getLong("evidence_id"),
                        rs.getString("kind"), rs.getString("title"))).list();
    }

    /** A filter of the ledger. */
    public record Filter(LocalDate from, LocalDate to, String outcome, String kind, String q, Long unitId) {
    }

    /** One page of a keyset-paged list and the cursor of the next page (null on the last page). */
    public record Slice<T>(List<T> items, String next) {
    }

    /**
     * The ledger of the actor's units, newest first, 20 (up to 200) at a time; {@code cursor} is the {@code next} of
     * the previous page. Keyset paging on (inspected_on, id) keeps every page as fast as the first.
     */
    public Slice<Inspection> list(Filter f, String cursor, int size, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        size = Math.max(1, Math.min(size, 200));
        StringBuilder where = new StringBuilder(" where unit_id in (:units)");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("units", f.unitId() == null ? access.visibleUnits(actor)
                : access.canSee(actor, f.unitId()) ? List.of(f.unitId()) : List.of(-1L));
        if (f.from() != null) {
            where.append(" and inspected_on >= :from");
            p.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and inspected_on <= :to");
            p.put("to", f.to());
        }
        if (f.outcome() != null && !f.outcome().isBlank()) {
            where.append(" and outcome = :outcome");
            p.put("outcome", f.outcome());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            where.append(" and kind = :kind");
            p.put("kind", f.kind());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and target_name like :q");
            p.put("q", TargetDirectory.like(f.q().strip()) + "%");
        }
        if (cursor != null && !cursor.isBlank()) {
            Object[] c = cursor(cursor);
            where.append(" and (inspected_on, id) < (:cd, :ci)");
            p.put("cd", c[0]);
            p.put("ci", c[1]);
        }
        List<Inspection> rows = jdbc.sql("select * from inspection" + where + " order by inspected_on desc, id desc limit :n")
                .params(p).param("n", size + 1).query(this::row).list();
        String next = null;
        if (rows.size() > size) {
            Inspection last = rows.get(size - 1);
            next = last.inspectedOn() + "_" + last.id();
            rows = new ArrayList<>(rows.subList(0, size));
        }
        return new Slice<>(rows, next);
    }

    static Object[] cursor(String cursor) {
        try {
            String[] parts = cursor.split("_", 2);
            return new Object[] {LocalDate.parse(parts[0]), Long.valueOf(parts[1])};
        } catch (RuntimeException e) {
            throw new InvalidInputException("翻页参数不正确", Map.of("cursor", "翻页参数不正确"));
        }
    }

    Inspection row(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new Inspection(rs.getLong("id"), unit, access.unitName(unit), rs.getLong("target_unit_id"),
                rs.getString("kind"), (Long) rs.getObject("task_id"), (Long) rs.getObject("plan_id"),
                (Long) rs.getObject("follow_up_of"), rs.getLong("target_id"), rs.getString("target_name"),
                rs.getString("target_kind"), SqlArrays.longs(rs.getArray("item_ids")),
                rs.getObject("inspected_on", LocalDate.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class), rs.getString("place"), rs.getString("road_code"),
                (Integer) rs.getObject("stake_m"), rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"),
                SqlArrays.longs(rs.getArray("officer_ids")), rs.getString("officer_names"),
                rs.getString("auxiliary_names"), rs.getString("representative_name"),
                rs.getString("representative_role"), rs.getString("signature"),
                (Long) rs.getObject("signature_evidence_id"), rs.getString("refusal_reason"),
                rs.getString("refusal_witness"), rs.getString("findings"),
                InspectionOutcome.valueOf(rs.getString("outcome")), (Long) rs.getObject("document_id"),
                rs.getString("correction_requirement"), (Integer) rs.getObject("correction_working_days"),
                rs.getObject("correction_deadline", LocalDate.class), (Long) rs.getObject("correction_document_id"),
                rs.getString("correction_state"), rs.getObject("correction_closed_on", LocalDate.class),
                (Long) rs.getObject("follow_up_id"), (Long) rs.getObject("case_id"), rs.getString("publication_state"),
                rs.getObject("publication_due", LocalDate.class), rs.getString("publication_note"),
                rs.getString("public_summary"), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("published_by"), rs.getString("recorded_by_name"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
