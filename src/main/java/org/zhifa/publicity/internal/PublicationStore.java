package org.zhifa.publicity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.common.PageResult;
import org.zhifa.publicity.PublicationState;

/** Tables {@code publication} and {@code publication_version}. */
@Repository
public class PublicationStore {

    /** Serialises publication writes so that search_seq order is commit order (see V60__publicity.sql). */
    static final long WRITE_LOCK = 0x7075626c69636974L;

    private static final String COLUMNS = """
            p.id, p.case_id, p.unit_id, p.natural_person, p.penalty_decision, p.decision_date, p.state,
            p.draft_version_id, p.public_version_id, p.publish_basis, p.publish_due, p.published_at, p.released_by,
            p.revoked_on, p.withdraw_due, p.withdraw_reason, p.withdrawn_at, p.retention_until, p.taken_down_at,
            p.version""";

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockForWrite() {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(WRITE_LOCK).query(Integer.class).single();
    }

    public Optional<Publication> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from publication p where p.id = ?").param(id)
                .query(PublicationStore::publication).optional();
    }

    Optional<Publication> findLiveByCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from publication p where p.case_id = ? "
                + "and p.state in ('DRAFT','PUBLISHED','UPDATED')").param(caseId)
                .query(PublicationStore::publication).optional();
    }

    long insert(long caseId, long unitId, boolean naturalPerson, boolean penaltyDecision, LocalDate decisionDate,
            String basis, LocalDate due) {
        return jdbc.sql("""
                insert into publication (case_id, unit_id, natural_person, penalty_decision, decision_date, state,
                                         publish_basis, publish_due)
                values (:case, :unit, :natural, :penalty, :date, 'DRAFT', :basis, :due) returning id
                """).param("case", caseId).param("unit", unitId).param("natural", naturalPerson)
                .param("penalty", penaltyDecision).param("date", decisionDate).param("basis", basis)
                .param("due", due).query(Long.class).single();
    }

    long addVersion(long publicationId, String action, PublicText t, String note, String actor) {
        return jdbc.sql("""
                insert into publication_version (publication_id, version_no, action, document_number, unit_name, party,
                    party_kind, category, outcome, conclusion, facts, decision_date, note, actor)
                values (:p, (select coalesce(max(version_no), 0) + 1 from publication_version where publication_id = :p),
                    :action, :doc, :unit, :party, :kind, :category, :outcome, :conclusion, :facts, :date, :note, :actor)
                returning id
                """).param("p", publicationId).param("action", action).param("doc", t.documentNumber())
                .param("unit", t.unitName()).param("party", t.party()).param("kind", t.partyKind())
                .param("category", t.category()).param("outcome", t.outcome()).param("conclusion", t.conclusion())
                .param("facts", t.facts()).param("date", t.decisionDate()).param("note", note).param("actor", actor)
                .query(Long.class).single();
    }

    /**
     * Applies a change under optimistic locking and moves the record to the end of the search feed.
     *
     * @return false when the record changed meanwhile
     */
    boolean update(long id, int expectedVersion, String setClause, Object... params) {
        var spec = jdbc.sql("update publication set " + setClause
                + ", search_seq = nextval('publication_search_seq'), version = version + 1 where id = ? and version = ?");
        int i = 0;
        for (Object p : params) {
            spec = spec.param(++i, p);
        }
        return spec.param(++i, id).param(++i, expectedVersion).update() == 1;
    }

    public Optional<PublicationVersion> version(Long versionId) {
        if (versionId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from publication_version where id = ?").param(versionId)
                .query(PublicationStore::versionRow).optional();
    }

    public List<PublicationVersion> history(long publicationId) {
        return jdbc.sql("select * from publication_version where publication_id = ? order by version_no")
                .param(publicationId).query(PublicationStore::versionRow).list();
    }

    /** Filtered list for the deadline board and the publication list, newest decisions first. */
    public PageResult<Row> list(Collection<Long> unitIds, String state, boolean onlyOpen, String q, int page,
            int size) {
        StringBuilder where = new StringBuilder(" where p.unit_id in (:units)");
        if (state != null && !state.isBlank()) {
            where.append(" and p.state = :state");
        }
        if (onlyOpen) {
            // unpublished drafts, pending updates and pending withdrawals: what the board is for
            where.append(" and ((p.draft_version_id is not null and p.state in ('DRAFT','PUBLISHED','UPDATED') "
                    + "and p.revoked_on is null) or (p.revoked_on is not null and p.state in ('PUBLISHED','UPDATED')))");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (v.document_number like :q or v.party like :q or v.category like :q)");
        }
        String from = " from publication p join publication_version v "
                + "on v.id = coalesce(p.draft_version_id, p.public_version_id, "
                + "(select max(id) from publication_version x where x.publication_id = p.id))";
        var count = jdbc.sql("select count(*)" + from + where).param("units", unitIds);
        var rows = jdbc.sql("select " + COLUMNS + ", v.document_number, v.party, v.category, v.unit_name" + from + where
                + " order by coalesce(p.withdraw_due, p.publish_due) nulls last, p.id desc limit :limit offset :offset")
                .param("units", unitIds).param("limit", size).param("offset", (long) page * size);
        if (state != null && !state.isBlank()) {
            count = count.param("state", state);
            rows = rows.param("state", state);
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            count = count.param("q", like);
            rows = rows.param("q", like);
        }
        long total = count.query(Long.class).single();
        List<Row> items = rows.query((rs, n) -> new Row(publication(rs, n), rs.getString("document_number"),
                rs.getString("party"), rs.getString("category"), rs.getString("unit_name"))).list();
        return new PageResult<>(items, total, page, size);
    }

    /** Publicly visible records whose retention has ended on {@code today}. */
    List<Publication> retentionEnded(LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + " from publication p where p.state in ('PUBLISHED','UPDATED','WITHDRAWN') "
                + "and p.retention_until < ? order by p.id limit ?").param(today).param(limit)
                .query(PublicationStore::publication).list();
    }

    /** Withdrawal notices (Art. 48) still within retention, newest first. */
    public List<Row> withdrawalNotices(int limit) {
        return jdbc.sql("select " + COLUMNS + ", v.document_number, v.party, v.category, v.unit_name "
                + "from publication p join publication_version v on v.id = p.public_version_id "
                + "where p.state = 'WITHDRAWN' order by p.withdrawn_at desc limit ?").param(limit)
                .query((rs, n) -> new Row(publication(rs, n), rs.getString("document_number"),
                        rs.getString("party"), rs.getString("category"), rs.getString("unit_name"))).list();
    }

    /** A list row: the record and the headline of its current text. */
    public record Row(Publication publication, String documentNumber, String party, String category,
            String unitName) {
    }

    static Publication publication(ResultSet rs, int n) throws SQLException {
        return new Publication(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("unit_id"),
                rs.getBoolean("natural_person"), rs.getBoolean("penalty_decision"),
                rs.getObject("decision_date", LocalDate.class), PublicationState.valueOf(rs.getString("state")),
                (Long) rs.getObject("draft_version_id"), (Long) rs.getObject("public_version_id"),
                rs.getString("publish_basis"), rs.getObject("publish_due", LocalDate.class),
                instant(rs, "published_at"), rs.getString("released_by"), rs.getObject("revoked_on", LocalDate.class),
                rs.getObject("withdraw_due", LocalDate.class), rs.getString("withdraw_reason"),
                instant(rs, "withdrawn_at"), rs.getObject("retention_until", LocalDate.class),
                instant(rs, "taken_down_at"), rs.getInt("version"));
    }

    static PublicText text(ResultSet rs) throws SQLException {
        return new PublicText(rs.getString("document_number"), rs.getString("unit_name"), rs.getString("party"),
                rs.getString("party_kind"), rs.getString("category"), rs.getString("outcome"),
                rs.getString("conclusion"), rs.getString("facts"), rs.getObject("decision_date", LocalDate.class));
    }

    static PublicationVersion versionRow(ResultSet rs, int n) throws SQLException {
        return new PublicationVersion(rs.getLong("id"), rs.getLong("publication_id"), rs.getInt("version_no"),
                rs.getString("action"), text(rs), rs.getString("note"), rs.getString("actor"), instant(rs, "at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static List<Long> ids(Collection<Long> c) {
        return new ArrayList<>(c);
    }
}
