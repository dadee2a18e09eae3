package org.zhifa.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerView;
import org.zhifa.training.TrainingCategory;
import org.zhifa.training.TrainingFormat;

/** Sessions and their attendance; every change audited. */
@Service
@Transactional
public class SessionService {

    private final JdbcClient jdbc;
    private final TrainingAccess access;
    private final OfficerDirectory directory;
    private final OrgUnits units;
    private final AuditTrail audit;
    private final LedgerQueries ledger;
    private final Clock clock;

    SessionService(JdbcClient jdbc, TrainingAccess access, OfficerDirectory directory, OrgUnits units,
            AuditTrail audit, LedgerQueries ledger, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.access = access;
        this.directory = directory;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public long create(Actor actor, SessionForm f) {
        Map<String, String> errors = f.check(LocalDate.now(clock));
        if (f.getUnitId() != null) {
            access.requireEditable(actor, f.getUnitId());
        }
        checkCampaign(f, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        long id = jdbc.sql("""
                insert into training_session (unit_id, title, held_on, hours, category, form, organizer, location,
                    campaign_id, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(f.getUnitId(), f.getTitle().trim(), f.getHeldOn(), f.getHours(),
                TrainingCategory.parse(f.getCategory()).orElseThrow().name(),
                TrainingFormat.parse(f.getForm()).orElseThrow().name(), blank(f.getOrganizer()),
                blank(f.getLocation()), f.getCampaignId(), actor.username())
                .query(Long.class).single();
        audit.success("TRAINING_SESSION_CREATED", "TRAINING_SESSION", id,
                "登记培训 " + f.getTitle().trim() + "（" + f.getHours() + " 学时）");
        return id;
    }

    private void checkCampaign(SessionForm f, Map<String, String> errors) {
        if (f.getCampaignId() != null && jdbc.sql("select count(*) from rotation_campaign where id = ?")
                .param(f.getCampaignId()).query(Long.class).single() == 0) {
            errors.put("campaignId", "轮训活动不存在");
        }
    }

    public void update(Actor actor, long id, SessionForm f, int version) {
        TrainingSession s = read(actor, id);
        access.requireEditable(actor, s.unitId());
        Map<String, String> errors = f.check(LocalDate.now(clock));
        if (f.getUnitId() != null) {
            access.requireEditable(actor, f.getUnitId());
        }
        checkCampaign(f, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        TrainingCategory category = TrainingCategory.parse(f.getCategory()).orElseThrow();
        int n = jdbc.sql("""
                update training_session set unit_id = ?, title = ?, held_on = ?, hours = ?, category = ?, form = ?,
                    organizer = ?, location = ?, campaign_id = ?, version = version + 1
                where id = ? and version = ?
                """).params(f.getUnitId(), f.getTitle().trim(), f.getHeldOn(), f.getHours(), category.name(),
                TrainingFormat.parse(f.getForm()).orElseThrow().name(), blank(f.getOrganizer()),
                blank(f.getLocation()), f.getCampaignId(), id, version).update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("training_session " + id);
        }
        // Keep the ledger's copies and totals in step with the session (old and new year).
        jdbc.sql("update training_attendance set year = ?, category = ?, hours = ? where session_id = ?")
                .params(f.getHeldOn().getYear(), category.name(), f.getHours(), id).update();
        Set<Long> attendees = attendees(id);
        ledger.refresh(s.heldOn().getYear(), attendees);
        ledger.refresh(f.getHeldOn().getYear(), attendees);
        audit.success("TRAINING_SESSION_UPDATED", "TRAINING_SESSION", id, "修改培训 " + f.getTitle().trim());
    }

    @Transactional(readOnly = true)
    public TrainingSession read(Actor actor, long id) {
        TrainingSession s = find(id).orElseThrow(() -> new NotFoundException("未找到该培训"));
        access.requireReadableUnit(actor, s.unitId());
        return s;
    }

    public Optional<TrainingSession> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SessionService::map).optional();
    }

    private static final String SELECT = """
            select s.*, (select count(*) from training_attendance a where a.session_id = s.id) as attendees
            from training_session s
            """;

    @Transactional(readOnly = true)
    public PageResult<TrainingSession> list(Actor actor, Long unitId, Integer year, String q, String category,
            int page, int size) {
        List<Long> unitIds = access.unitsUnder(actor, unitId);
        if (unitIds.isEmpty()) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        List<String> where = new ArrayList<>(List.of("s.unit_id in (:units)"));
        Map<String, Object> p = new HashMap<>();
        p.put("units", unitIds);
        if (year != null) {
            where.add("s.held_on between :from and :to");
            p.put("from", LocalDate.of(year, 1, 1));
            p.put("to", LocalDate.of(year, 12, 31));
        }
        if (q != null && !q.isBlank()) {
            where.add("s.title like :q");
            p.put("q", "%" + q.trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (category != null && !category.isBlank()) {
            where.add("s.category = :category");
            p.put("category", TrainingCategory.parse(category)
                    .orElseThrow(() -> new InvalidInputException("培训类别不正确")).name());
        }
        String w = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from training_session s where " + w).params(p).query(Long.class)
                .single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<TrainingSession> items = jdbc.sql(SELECT + " where " + w
                + " order by s.held_on desc, s.id desc limit :limit offset :offset").params(p)
                .query(SessionService::map).list();
        return new PageResult<>(items, total, page, size);
    }

    /** Officers and auxiliary staff who may attend: people in post in the session's unit and the units below. */
    @Transactional(readOnly = true)
    public List<OfficerView> candidates(TrainingSession s) {
        return directory.inPost(units.descendantsAndSelf(s.unitId()).stream().map(OrgUnitView::id).toList(), true);
    }

    @Transactional(readOnly = true)
    public Set<Long> attendees(long sessionId) {
        return Set.copyOf(jdbc.sql("select officer_id from training_attendance where session_id = ?")
                .param(sessionId).query(Long.class).list());
    }

    /** Replaces the attendance list of a session. */
    public void setAttendance(Actor actor, long sessionId, Collection<Long> officerIds) {
        TrainingSession s = read(actor, sessionId);
        access.requireEditable(actor, s.unitId());
        Set<Long> allowed = candidates(s).stream().map(OfficerView::id).collect(Collectors.toSet());
        List<Long> bad = officerIds.stream().filter(id -> !allowed.contains(id)).toList();
        if (!bad.isEmpty()) {
            throw new InvalidInputException("参训人员须为组织单位（含下属单位）的在岗人员");
        }
        Set<Long> before = attendees(sessionId);
        jdbc.sql("delete from training_attendance where session_id = ?").param(sessionId).update();
        for (Long officerId : Set.copyOf(officerIds)) {
            jdbc.sql("""
                    insert into training_attendance (session_id, officer_id, year, category, hours)
                    values (?, ?, ?, ?, ?)
                    """).params(sessionId, officerId, s.heldOn().getYear(), s.category().name(), s.hours()).update();
        }
        Set<Long> affected = new java.util.HashSet<>(before);
        affected.addAll(officerIds);
        ledger.refresh(s.heldOn().getYear(), affected);
        audit.success("TRAINING_ATTENDANCE_RECORDED", "TRAINING_SESSION", sessionId,
                "登记参训人员：" + before.size() + " → " + Set.copyOf(officerIds).size() + " 人（" + s.title() + "）");
    }

    static TrainingSession map(ResultSet rs, int n) throws SQLException {
        return new TrainingSession(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), rs.getBigDecimal("hours"),
                TrainingCategory.valueOf(rs.getString("category")), TrainingFormat.valueOf(rs.getString("form")),
                rs.getString("organizer"), rs.getString("location"), (Long) rs.getObject("campaign_id"),
                rs.getInt("attendees"), rs.getInt("version"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
