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
import org.zhifa.supervision.ComplaintHandling;
import org.zhifa.supervision.SupervisionProperties;

/**
 * The complaint cycle after acceptance: the supervision bureau assigns (转办) the complaint to the unit concerned, the
 * unit's head handles it and replies to the complainant, the bureau calls back and records the satisfaction, then
 * closes it. Each stage is kept with its date and signer; the complainant sees each stage's public text.
 */
@Service
public class Complaints extends DeadlineTasks implements ComplaintHandling {

    public enum Stage {
        ACCEPTED("已受理"), ASSIGNED("已转办"), HANDLED("已办理"), REPLIED("已答复"), FOLLOWED_UP("已回访"), CLOSED("已办结");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Satisfaction {
        SATISFIED("满意"), BASICALLY("基本满意"), UNSATISFIED("不满意");

        private final String label;

        Satisfaction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Handling(long id, long complaintId, String number, String categoryLabel, boolean greenChannel,
            String subject, String concernedUnitName, Long unitId, String unitName, LocalDate acceptedOn, LocalDate dueOn, String dueNote,
            String state, String satisfaction, LocalDate closedOn, int version) {

        public String stateLabel() {
            return Stage.valueOf(state).label();
        }

        public String satisfactionLabel() {
            return satisfaction == null ? null : Satisfaction.valueOf(satisfaction).label();
        }

        public boolean overdue(LocalDate today) {
            return dueOn != null && today.isAfter(dueOn)
                    && List.of("ACCEPTED", "ASSIGNED", "HANDLED").contains(state);
        }
    }

    public record StageRecord(String stage, String label, LocalDate actedOn, String actorName, String unitName,
            String publicText, String internalText) {
    }

    /** One action on the cycle: which stage, its texts, the unit (转办) and satisfaction (回访). */
    public record Action(Integer version, String stage, Long unitId, String publicText, String internalText,
            String satisfaction) {
    }

    Complaints(JdbcClient jdbc, WorkingDayCalendar calendar, DataScope scope, OrgUnits units, AuditTrail audit,
            Clock clock, SupervisionProperties settings) {
        super(jdbc, calendar, scope, units, audit, clock, settings);
    }

    @Override
    @Transactional
    public void accepted(Accepted c) {
        LocalDate due = null;
        String note = null;
        try {
            due = c.greenChannel() ? calendar.addWorkingDays(c.acceptedOn(), settings.greenChannelWorkingDays())
                    : calendar.addCalendarDays(c.acceptedOn(), settings.complaintDays());
        } catch (MissingCalendarYearException e) {
            note = "工作日历未载入后续年度，办理期限（" + (c.greenChannel() ? settings.greenChannelWorkingDays() + "个工作日"
                    : settings.complaintDays() + "日") + "）待日历载入后确定";
        }
        jdbc.sql("""
                insert into complaint_handling (complaint_id, number, category, category_label, green_channel, subject,
                    concerned_unit_id, accepted_on, due_on, due_note, state)
                values (:id, :number, :cat, :label, :green, :subject, :unit, :on, :due, :note, 'ACCEPTED')
                on conflict (complaint_id) do nothing""")
                .param("id", c.complaintId()).param("number", c.number()).param("cat", c.category())
                .param("label", c.categoryLabel()).param("green", c.greenChannel()).param("subject", c.subject())
                .param("unit", c.concernedUnitId()).param("on", c.acceptedOn()).param("due", due).param("note", note)
                .update();
    }

    @Override
    public List<PublicStage> publicStages(String number) {
        return jdbc.sql("""
                select s.stage, s.acted_on, s.public_text from complaint_stage s
                join complaint_handling h on h.id = s.handling_id where h.number = :n order by s.id""")
                .param("n", number).query((rs, i) -> new PublicStage(rs.getString(1),
                        Stage.valueOf(rs.getString(1)).label(), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    /** Supervisors see every complaint; a unit head or officer those assigned to (or naming) their units. */
    public Handling find(Actor actor, long id) {
        Handling h = jdbc.sql("select * from complaint_handling where id = :id").param("id", id).query(this::map)
                .optional().orElseThrow(() -> new NotFoundException("投诉举报不存在"));
        if (!actor.hasRole("SUPERVISOR") && (h.unitId() == null || !scope.canSee(actor, h.unitId()))) {
            throw new NotFoundException("未找到该记录，或不在您的数据范围内");
        }
        return h;
    }

    public List<StageRecord> stages(long handlingId) {
        return jdbc.sql("select * from complaint_stage where handling_id = :h order by id").param("h", handlingId)
                .query((rs, i) -> {
                    Long unit = (Long) rs.getObject("unit_id");
                    return new StageRecord(rs.getString("stage"), Stage.valueOf(rs.getString("stage")).label(),
                            rs.getObject("acted_on", LocalDate.class), rs.getString("actor_name"),
                            unit == null ? null : units.find(unit).map(u -> u.name()).orElse(null),
                            rs.getString("public_text"), rs.getString("internal_text"));
                }).list();
    }

    public PageResult<Handling> list(Actor actor, String state, boolean overdueOnly, String q, int page, int size) {
        boolean all = actor.hasRole("SUPERVISOR");
        Set<Long> visible = all ? Set.of(-1L) : scope.visibleUnitIds(actor);
        StringBuilder where = new StringBuilder(" where (:all or unit_id in (:units))");
        if (state != null) {
            where.append(" and state = :state");
        }
        if (overdueOnly) {
            where.append(" and due_on < :today and state in ('ACCEPTED', 'ASSIGNED', 'HANDLED')");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (number ilike :q or subject ilike :q)");
        }
        String like = q == null ? null : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("select count(*) from complaint_handling" + where).param("all", all)
                .param("units", visible).param("state", state).param("today", today()).param("q", like)
                .query(Long.class).single();
        List<Handling> items = jdbc.sql("select * from complaint_handling" + where
                + " order by state = 'CLOSED', green_channel desc, due_on nulls last, id desc limit :size offset :off")
                .param("all", all).param("units", visible).param("state", state).param("today", today())
                .param("q", like).param("size", size).param("off", page * size).query(this::map).list();
        return new PageResult<>(items, total, page, size);
    }

    /** The next stage: the order is fixed; who may act depends on the stage. */
    @Transactional
    public Handling act(Actor actor, long id, Action a) {
        Handling h = find(actor, id);
        Stage stage;
        try {
            stage = Stage.valueOf(a.stage() == null ? "" : a.stage());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("请指定办理环节", Map.of("stage", "请指定办理环节"));
        }
        Stage current = Stage.valueOf(h.state());
        Stage expected = switch (current) {
            case ACCEPTED -> Stage.ASSIGNED;
            case ASSIGNED -> Stage.HANDLED;
            case HANDLED -> Stage.REPLIED;
            case REPLIED -> Stage.FOLLOWED_UP;
            case FOLLOWED_UP -> Stage.CLOSED;
            case CLOSED -> null;
        };
        if (stage != expected) {
            throw new ConflictException("当前环节为“" + current.label() + "”，下一环节应为"
                    + (expected == null ? "（已办结）" : "“" + expected.label() + "”"));
        }
        boolean supervisor = actor.hasRole("SUPERVISOR");
        boolean unitHead = actor.hasRole("UNIT_HEAD") && h.unitId() != null && scope.canSee(actor, h.unitId());
        boolean allowed = switch (stage) {
            case ASSIGNED, FOLLOWED_UP, CLOSED -> supervisor;
            case HANDLED, REPLIED -> unitHead || supervisor;
            default -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException("无权办理“" + stage.label() + "”环节");
        }
        String pub = text(a.publicText());
        String internal = text(a.internalText());
        Long unit = h.unitId();
        String satisfaction = null;
        switch (stage) {
            case ASSIGNED -> {
                if (a.unitId() == null || units.find(a.unitId()).isEmpty()) {
                    throw new InvalidInputException("请选择承办单位", Map.of("unitId", "请选择承办单位"));
                }
                if (internal == null) {
                    throw new InvalidInputException("请填写转办意见", Map.of("internalText", "请填写转办意见"));
                }
                unit = a.unitId();
            }
            case HANDLED -> {
                if (internal == null) {
                    throw new InvalidInputException("请填写调查核实及处理情况", Map.of("internalText", "请填写调查核实及处理情况"));
                }
            }
            case REPLIED -> {
                if (pub == null) {
                    throw new InvalidInputException("请填写给投诉人的答复", Map.of("publicText", "请填写给投诉人的答复"));
                }
            }
            case FOLLOWED_UP -> {
                try {
                    satisfaction = Satisfaction.valueOf(a.satisfaction() == null ? "" : a.satisfaction()).name();
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("请选择投诉人的满意度", Map.of("satisfaction", "请选择投诉人的满意度"));
                }
                if (internal == null) {
                    throw new InvalidInputException("请填写回访记录（回访时间、方式、投诉人意见）",
                            Map.of("internalText", "请填写回访记录"));
                }
            }
            default -> {
            }
        }
        LocalDate today = today();
        int n = jdbc.sql("""
                update complaint_handling set state = :state, unit_id = :unit,
                    satisfaction = coalesce(:sat, satisfaction), closed_on = :closed, version = version + 1
                where id = :id and version = :version""")
                .param("state", stage.name()).param("unit", unit).param("sat", satisfaction)
                .param("closed", stage == Stage.CLOSED ? today : null).param("id", id)
                .param("version", a.version() == null ? -1 : a.version()).update();
        if (n == 0) {
            throw new ConflictException("投诉举报已被修改，请刷新后重试");
        }
        String shown = switch (stage) {
            case ASSIGNED -> "已转" + units.find(unit).map(u -> u.name()).orElse("承办单位") + "办理";
            case FOLLOWED_UP -> "已回访，满意度：" + Satisfaction.valueOf(satisfaction).label();
            default -> pub;
        };
        jdbc.sql("""
                insert into complaint_stage (handling_id, stage, acted_on, actor_user_id, actor_name, unit_id,
                    public_text, internal_text, recorded_at)
                values (:h, :stage, :on, :uid, :name, :unit, :pub, :internal, :at)""")
                .param("h", id).param("stage", stage.name()).param("on", today).param("uid", actor.userId())
                .param("name", actor.displayName()).param("unit", unit).param("pub", shown)
                .param("internal", internal).param("at", java.sql.Timestamp.from(clock.instant())).update();
        audit.success("COMPLAINT_" + stage.name(), "COMPLAINT", h.number(), "投诉举报" + stage.label());
        return find(actor, id);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Handling map(ResultSet rs, int row) throws SQLException {
        Long unit = (Long) rs.getObject("unit_id");
        Long concerned = (Long) rs.getObject("concerned_unit_id");
        return new Handling(rs.getLong("id"), rs.getLong("complaint_id"), rs.getString("number"),
                rs.getString("category_label"), rs.getBoolean("green_channel"), rs.getString("subject"),
                concerned == null ? null : units.find(concerned).map(u -> u.name()).orElse(null), unit,
                unit == null ? null : units.find(unit).map(u -> u.name()).orElse(null),
                rs.getObject("accepted_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("due_note"), rs.getString("state"), rs.getString("satisfaction"),
                rs.getObject("closed_on", LocalDate.class), rs.getInt("version"));
    }
}
