package org.zhifa.nonsite.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.MissingCalendarYearException;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.CaseClosed;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.nonsite.NonSiteProperties;

/**
 * 62号令: the result of a non-site over-limit case goes to the vehicle's home road-transport authority within 7
 * working days after the case closes. The clock starts when the cases module announces the closure.
 */
@Service
public class HomeAuthorityNotices {

    public static final String ARTICLE = "《超限运输车辆行驶公路管理规定》（交通运输部令2016年第62号）";
    private static final Logger log = LoggerFactory.getLogger(HomeAuthorityNotices.class);

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final NonSiteProperties properties;
    private final DataScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    HomeAuthorityNotices(JdbcClient jdbc, WorkingDayCalendar calendar, NonSiteProperties properties, DataScope scope,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.properties = properties;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** A running clock. */
    public record Notice(long caseId, String caseNumber, Long clueId, String plate, long unitId, LocalDate closedOn,
            LocalDate dueOn, LocalDate informedOn, String informedBy, String note) {

        public boolean overdue(LocalDate today) {
            return informedOn == null && dueOn != null && today.isAfter(dueOn);
        }
    }

    /**
     * After the closing transaction commits, in its own transaction. The event is kept in Spring Modulith's event
     * publication registry until this returns, so a failure or a crash here does not lose the notice clock: the
     * delivery is repeated (common.cluster.EventRedelivery), and a repeat adds nothing (on conflict do nothing).
     */
    @ApplicationModuleListener
    public void on(CaseClosed event) {
        Long clueId = jdbc.sql("select id from nonsite_clue where case_id = :c").param("c", event.caseId())
                .query(Long.class).optional().orElse(null);
        if (clueId == null && !"NONSITE".equals(event.source())) {
            return;
        }
        LocalDate due = null;
        try {
            due = calendar.addWorkingDays(event.closedOn(), properties.homeAuthorityWorkingDays());
        } catch (MissingCalendarYearException e) {
            log.warn("结案 {} 的车籍地通报期限无法计算：{}", event.caseNumber(), e.getMessage());
        }
        jdbc.sql("""
                insert into nonsite_home_notice (case_id, case_number, clue_id, plate, unit_id, closed_on, due_on)
                values (:c, :n, :clue, :p, :u, :closed, :due) on conflict (case_id) do nothing
                """).param("c", event.caseId()).param("n", event.caseNumber()).param("clue", clueId)
                .param("p", event.plateNumber()).param("u", event.unitId()).param("closed", event.closedOn())
                .param("due", due).update();
    }

    public List<Notice> open(Set<Long> units) {
        return jdbc.sql("""
                select * from nonsite_home_notice where unit_id in (:u)
                order by informed_on is not null, due_on nulls first, case_id limit 200
                """).param("u", units.isEmpty() ? List.of(-1L) : units)
                .query((rs, n) -> new Notice(rs.getLong("case_id"), rs.getString("case_number"),
                        (Long) rs.getObject("clue_id"), rs.getString("plate"), rs.getLong("unit_id"),
                        rs.getObject("closed_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("informed_on", LocalDate.class), rs.getString("informed_by"), rs.getString("note")))
                .list();
    }

    @Transactional
    public void markInformed(long caseId, LocalDate on, String note, Actor actor) {
        Long unit = jdbc.sql("select unit_id from nonsite_home_notice where case_id = :c").param("c", caseId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("没有该案件的通报记录"));
        scope.requireVisible(actor, unit);
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("请填写通报日期（不晚于今天）", Map.of("informedOn", "请填写通报日期"));
        }
        String n = note == null ? null : note.strip();
        if (n != null && n.length() > 500) {
            throw new InvalidInputException("说明不超过 500 字", Map.of("note", "说明不超过 500 字"));
        }
        int updated = jdbc.sql("""
                update nonsite_home_notice set informed_on = :on, informed_by = :by, note = :note
                where case_id = :c and informed_on is null
                """).param("on", on).param("by", actor.username()).param("note", n).param("c", caseId).update();
        if (updated == 0) {
            throw Rejection.of(ARTICLE, "该案件已登记通报").exception();
        }
        audit.success("NONSITE_HOME_INFORMED", "CASE", caseId, "登记已向车籍地道路运输管理机构通报案件处理结果（" + on + "）");
    }
}
