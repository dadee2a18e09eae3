package org.zhifa.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.MissingCalendarYearException;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.common.Actor;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;
import org.zhifa.supervision.SupervisionProperties;

/**
 * Rectification tasks (整改通知) from an evaluated file to its handling unit: the issues, a deadline of working days from
 * the official calendar, the unit head's reply, the supervision bureau's acceptance.
 */
@Service
public class Rectifications extends DeadlineTasks {

    public record Rectification(long id, String number, long campaignId, long fileId, long unitId, String unitName,
            String issues, LocalDate issuedOn, int workingDays, LocalDate dueOn, String dueNote, String state,
            String reply, LocalDate repliedOn, String repliedBy, String issuedBy, int version) {

        public String stateLabel() {
            return switch (state) {
                case "OPEN" -> "待整改";
                case "REPLIED" -> "已回复";
                default -> "已验收";
            };
        }

        public boolean overdue(LocalDate today) {
            return state.equals("OPEN") && dueOn != null && today.isAfter(dueOn);
        }
    }

    Rectifications(JdbcClient jdbc, WorkingDayCalendar calendar, DataScope scope, OrgUnits units, AuditTrail audit,
            Clock clock, SupervisionProperties settings) {
        super(jdbc, calendar, scope, units, audit, clock, settings);
    }

    /** Issues the task for a scored file (supervision bureau). */
    @Transactional
    public Rectification issue(Actor actor, Evaluations.EvalFile file, String issues) {
        if (!actor.hasRole("SUPERVISOR")) {
            throw new AccessDeniedException("只有执法监督人员可以下发整改通知");
        }
        if (!file.state().equals("SCORED")) {
            throw new ConflictException("案卷尚未评查，不能下发整改通知");
        }
        if (issues == null || issues.isBlank()) {
            throw new InvalidInputException("请填写需要整改的问题", Map.of("issues", "请填写需要整改的问题"));
        }
        LocalDate today = today();
        int days = settings.rectificationWorkingDays();
        LocalDate due = null;
        String note = null;
        try {
            due = calendar.addWorkingDays(today, days);
        } catch (MissingCalendarYearException e) {
            note = "工作日历未载入后续年度，整改期限（" + days + "个工作日）待日历载入后确定";
        }
        long seq = jdbc.sql("select nextval('rectification_number_seq')").query(Long.class).single();
        String number = "ZG-" + today.getYear() + "-" + seq;
        long id = jdbc.sql("""
                insert into rectification (number, campaign_id, file_id, unit_id, issues, issued_on, working_days, due_on,
                    due_note, state, issued_by, created_at)
                values (:number, :c, :f, :unit, :issues, :on, :days, :due, :note, 'OPEN', :by, :at) returning id""")
                .param("number", number).param("c", file.campaignId()).param("f", file.id())
                .param("unit", file.unitId()).param("issues", issues.strip()).param("on", today).param("days", days)
                .param("due", due).param("note", note).param("by", actor.displayName())
                .param("at", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        audit.success("RECTIFICATION_ISSUED", "RECTIFICATION", id, "下发整改通知 " + number + " 至单位 " + file.unitId()
                + "，期限 " + (due == null ? "待定" : due.toString()));
        return find(actor, id);
    }

    /** The unit head of the handling unit (or above) replies. */
    @Transactional
    public Rectification reply(Actor actor, long id, Integer version, String reply) {
        Rectification r = find(actor, id);
        if (!actor.hasRole("UNIT_HEAD") || !scope.canSee(actor, r.unitId())) {
            throw new AccessDeniedException("只有被评查单位的负责人可以回复整改情况");
        }
        if (reply == null || reply.isBlank()) {
            throw new InvalidInputException("请填写整改情况", Map.of("reply", "请填写整改情况"));
        }
        if (!r.state().equals("OPEN")) {
            throw new ConflictException("该整改通知已经回复");
        }
        int n = jdbc.sql("""
                update rectification set state = 'REPLIED', reply = :reply, replied_on = :on, replied_by = :by,
                    version = version + 1 where id = :id and version = :version""")
                .param("reply", reply.strip()).param("on", today()).param("by", actor.displayName()).param("id", id)
                .param("version", version == null ? -1 : version).update();
        if (n == 0) {
            throw new ConflictException("整改通知已被修改，请刷新后重试");
        }
        audit.success("RECTIFICATION_REPLIED", "RECTIFICATION", id, "回复整改通知 " + r.number());
        return find(actor, id);
    }

    /** The supervision bureau accepts the reply. */
    @Transactional
    public Rectification accept(Actor actor, long id, Integer version) {
        Rectification r = find(actor, id);
        if (!actor.hasRole("SUPERVISOR")) {
            throw new AccessDeniedException("只有执法监督人员可以验收整改");
        }
        if (!r.state().equals("REPLIED")) {
            throw new ConflictException("整改通知尚未回复，不能验收");
        }
        int n = jdbc.sql("""
                update rectification set state = 'ACCEPTED', version = version + 1 where id = :id and version = :v""")
                .param("id", id).param("v", version == null ? -1 : version).update();
        if (n == 0) {
            throw new ConflictException("整改通知已被修改，请刷新后重试");
        }
        audit.success("RECTIFICATION_ACCEPTED", "RECTIFICATION", id, "验收整改 " + r.number());
        return find(actor, id);
    }

    public Rectification find(Actor actor, long id) {
        Rectification r = jdbc.sql("select * from rectification where id = :id").param("id", id).query(this::map)
                .optional().orElseThrow(() -> new NotFoundException("整改通知不存在"));
        if (!actor.hasRole("SUPERVISOR") && !scope.canSee(actor, r.unitId())) {
            throw new NotFoundException("未找到该记录，或不在您的数据范围内");
        }
        return r;
    }

    public List<Rectification> ofFile(long fileId) {
        return jdbc.sql("select * from rectification where file_id = :f order by id").param("f", fileId)
                .query(this::map).list();
    }

    /** The tasks the actor may see: all for the supervision bureau, otherwise those of the visible units. */
    public PageResult<Rectification> list(Actor actor, String state, int page, int size) {
        boolean all = actor.hasRole("SUPERVISOR");
        Set<Long> visible = all ? Set.of(-1L) : scope.visibleUnitIds(actor);
        String where = " where (:all or unit_id in (:units))" + (state == null ? "" : " and state = :state");
        long total = jdbc.sql("select count(*) from rectification" + where).param("all", all)
                .param("units", visible).param("state", state).query(Long.class).single();
        List<Rectification> items = jdbc.sql("select * from rectification" + where
                + " order by state <> 'OPEN', due_on nulls last, id desc limit :size offset :off").param("all", all)
                .param("units", visible).param("state", state).param("size", size).param("off", page * size)
                .query(this::map).list();
        return new PageResult<>(items, total, page, size);
    }

    private Rectification map(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new Rectification(rs.getLong("id"), rs.getString("number"), rs.getLong("campaign_id"),
                rs.getLong("file_id"), unit, units.find(unit).map(u -> u.name()).orElse(String.valueOf(unit)),
                rs.getString("issues"), rs.getObject("issued_on", LocalDate.class), rs.getInt("working_days"),
                rs.getObject("due_on", LocalDate.class), rs.getString("due_note"), rs.getString("state"),
                rs.getString("reply"), rs.getObject("replied_on", LocalDate.class), rs.getString("replied_by"),
                rs.getString("issued_by"), rs.getInt("version"));
    }
}
