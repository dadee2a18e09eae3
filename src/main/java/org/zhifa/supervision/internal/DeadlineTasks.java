package org.zhifa.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.common.ChinaTime;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;
import org.zhifa.supervision.SupervisionProperties;

/**
 * What the supervision tasks with a deadline to a unit share (complaints assigned to a unit, rectification tasks):
 * their records, the working-day calendar for the deadline, the data scope and units of the unit concerned, the audit
 * trail, the one clock and the settings.
 */
public abstract class DeadlineTasks {

    protected final JdbcClient jdbc;
    protected final WorkingDayCalendar calendar;
    protected final DataScope scope;
    protected final OrgUnits units;
    protected final AuditTrail audit;
    protected final Clock clock;
    protected final SupervisionProperties settings;

    DeadlineTasks(JdbcClient jdbc, WorkingDayCalendar calendar, DataScope scope, OrgUnits units, AuditTrail audit,
            Clock clock, SupervisionProperties settings) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** Today in Beijing time. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
