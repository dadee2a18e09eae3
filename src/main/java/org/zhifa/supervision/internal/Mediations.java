package org.zhifa.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;

/**
 * Administrative mediation (行政调解, 方案 24): the supervision bureau keeps the published list of mediable matters;
 * a unit records a mediation case (matter, parties, dispute), each session held (date, place, mediator, attendees,
 * record), and its outcome — an agreement after at least one session, or the failure with its reason.
 */
@Service
public class Mediations {

    public record Matter(long id, String name, String scope, String basis, boolean published) {
    }

    public record MediationCase(long id, String number, long unitId, String unitName, long matterId, String matterName,
            String applicant, String respondent, String dispute, LocalDate appliedOn, String state, String agreement,
            String failureReason, LocalDate closedOn, String recordedBy, int version) {

        public String stateLabel() {
            return switch (state) {
                case "OPEN" -> "调解中";
                case "AGREED" -> "达成协议";
                default -> "调解不成";
            };
        }
    }

    public record Session(long id, LocalDate heldOn, String place, String mediator, String attendees, String record,
            String recordedBy) {
    }

    public record MatterInput(String name, String scope, String basis) {
    }

    public record CaseInput(Long unitId, Long matterId, String applicant, String respondent, String dispute,
            LocalDate appliedOn) {
    }

    public record SessionInput(LocalDate heldOn, String place, String mediator, String attendees, String record) {
    }

    public record Outcome(Integer version, String outcome, String agreement, String failureReason) {
    }

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final OrgUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    Mediations(JdbcClient jdbc, DataScope scope, OrgUnits units, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void check(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.values().iterator().next(), errors);
        }
    }

    // —— the published list ——

    public List<Matter> publishedMatters() {
        return jdbc.sql("select * from mediable_matter where published order by id").query(Mediations::matter).list();
    }

    @Transactional
    public Matter addMatter(Actor actor, MatterInput in) {
        if (!actor.hasRole("SUPERVISOR")) {
            throw new AccessDeniedException("可调解事项清单由执法监督局维护");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (text(in.name()) == null) {
            errors.put("name", "请填写事项名称");
        }
        if (text(in.scope()) == null) {
            errors.put("scope", "请填写调解范围");
        }
        if (text(in.basis()) == null) {
            errors.put("basis", "请填写依据");
        }
        check(errors);
        long id = jdbc.sql("""
                insert into mediable_matter (name, scope, basis, created_by, created_at)
                values (:n, :s, :b, :by, :at) returning id""").param("n", in.name().strip())
                .param("s", in.scope().strip()).param("b", in.basis().strip()).param("by", actor.username())
                .param("at", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        audit.success("MEDIABLE_MATTER_ADDED", "MEDIABLE_MATTER", id, "公布可调解事项：" + in.name().strip());
        return jdbc.sql("select * from mediable_matter where id = :id").param("id", id).query(Mediations::matter)
                .single();
    }

    @Transactional
    public void withdrawMatter(Actor actor, long id) {
        if (!actor.hasRole("SUPERVISOR")) {
            throw new AccessDeniedException("可调解事项清单由执法监督局维护");
        }
        jdbc.sql("update mediable_matter set published = false where id = :id").param("id", id).update();
        audit.success("MEDIABLE_MATTER_WITHDRAWN", "MEDIABLE_MATTER", id, "撤下可调解事项");
    }

    // —— cases ——

    @Transactional
    public MediationCase open(Actor actor, CaseInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.unitId() == null || units.find(in.unitId()).isEmpty()) {
            errors.put("unitId", "请选择调解单位");
        }
        Matter m = in.matterId() == null ? null : jdbc.sql("select * from mediable_matter where id = :id and published")
                .param("id", in.matterId()).query(Mediations::matter).optional().orElse(null);
        if (m == null) {
            errors.put("matterId", "请选择已公布的可调解事项");
        }
        if (text(in.applicant()) == null) {
            errors.put("applicant", "请填写申请人");
        }
        if (text(in.respondent()) == null) {
            errors.put("respondent", "请填写被申请人");
        }
        if (text(in.dispute()) == null) {
            errors.put("dispute", "请填写争议事项");
        }
        if (in.appliedOn() == null) {
            errors.put("appliedOn", "请填写申请日期");
        } else if (in.appliedOn().isAfter(today())) {
            errors.put("appliedOn", "申请日期不能晚于今天");
        }
        check(errors);
        if (!scope.canSee(actor, in.unitId())) {
            throw new AccessDeniedException("只能登记本单位（含下级单位）的调解");
        }
        long n = jdbc.sql("select count(*) from mediation_case").query(Long.class).single() + 1;
        long id = jdbc.sql("""
                insert into mediation_case (number, unit_id, matter_id, applicant, respondent, dispute, applied_on, state,
                    recorded_by) values (:number, :unit, :matter, :a, :r, :d, :on, 'OPEN', :by) returning id""")
                .param("number", "TJ-" + today().getYear() + "-" + n).param("unit", in.unitId())
                .param("matter", in.matterId()).param("a", in.applicant().strip()).param("r", in.respondent().strip())
                .param("d", in.dispute().strip()).param("on", in.appliedOn()).param("by", actor.displayName())
                .query(Long.class).single();
        audit.success("MEDIATION_OPENED", "MEDIATION", id, "登记行政调解");
        return find(actor, id);
    }

    public MediationCase find(Actor actor, long id) {
        MediationCase c = jdbc.sql("""
                select c.*, m.name matter_name from mediation_case c join mediable_matter m on m.id = c.matter_id
                where c.id = :id""").param("id", id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("调解案件不存在"));
        if (!scope.canSee(actor, c.unitId())) {
            throw new NotFoundException("未找到该记录，或不在您的数据范围内");
        }
        return c;
    }

    public List<Session> sessions(long caseId) {
        return jdbc.sql("select * from mediation_session where case_id = :c order by held_on, id").param("c", caseId)
                .query((rs, i) -> new Session(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("place"), rs.getString("mediator"), rs.getString("attendees"),
                        rs.getString("record"), rs.getString("recorded_by"))).list();
    }

    public PageResult<MediationCase> list(Actor actor, String state, int page, int size) {
        Set<Long> visible = scope.visibleUnitIds(actor);
        String where = " where c.unit_id in (:units)" + (state == null ? "" : " and c.state = :state");
        long total = jdbc.sql("select count(*) from mediation_case c" + where).param("units", visible)
                .param("state", state).query(Long.class).single();
        List<MediationCase> items = jdbc.sql("select c.*, m.name matter_name from mediation_case c "
                + "join mediable_matter m on m.id = c.matter_id" + where + " order by c.id desc limit :size offset :off")
                .param("units", visible).param("state", state).param("size", size).param("off", page * size)
                .query(this::map).list();
        return new PageResult<>(items, total, page, size);
    }

    @Transactional
    public Session addSession(Actor actor, long caseId, SessionInput in) {
        MediationCase c = find(actor, caseId);
        if (!c.state().equals("OPEN")) {
            throw new ConflictException("调解已结束");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.heldOn() == null) {
            errors.put("heldOn", "请填写调解日期");
        } else if (in.heldOn().isAfter(today()) || in.heldOn().isBefore(c.appliedOn())) {
            errors.put("heldOn", "调解日期应在申请日期之后、不晚于今天");
        }
        if (text(in.place()) == null) {
            errors.put("place", "请填写调解地点");
        }
        if (text(in.mediator()) == null) {
            errors.put("mediator", "请填写调解人员");
        }
        if (text(in.attendees()) == null) {
            errors.put("attendees", "请填写到场人员");
        }
        if (text(in.record()) == null) {
            errors.put("record", "请填写调解经过");
        }
        check(errors);
        long id = jdbc.sql("""
                insert into mediation_session (case_id, held_on, place, mediator, attendees, record, recorded_by)
                values (:c, :on, :place, :m, :a, :r, :by) returning id""").param("c", caseId).param("on", in.heldOn())
                .param("place", in.place().strip()).param("m", in.mediator().strip())
                .param("a", in.attendees().strip()).param("r", in.record().strip()).param("by", actor.displayName())
                .query(Long.class).single();
        audit.success("MEDIATION_SESSION", "MEDIATION", caseId, "记录调解 " + in.heldOn());
        return sessions(caseId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** An agreement needs a session held and its text; a failure needs its reason. */
    @Transactional
    public MediationCase close(Actor actor, long caseId, Outcome o) {
        MediationCase c = find(actor, caseId);
        if (!c.state().equals("OPEN")) {
            throw new ConflictException("调解已结束");
        }
        String outcome = o.outcome() == null ? "" : o.outcome();
        if (!outcome.equals("AGREED") && !outcome.equals("FAILED")) {
            throw new InvalidInputException("请选择调解结果", Map.of("outcome", "请选择调解结果"));
        }
        if (outcome.equals("AGREED")) {
            if (text(o.agreement()) == null) {
                throw new InvalidInputException("请填写调解协议内容", Map.of("agreement", "请填写调解协议内容"));
            }
            if (sessions(caseId).isEmpty()) {
                throw new ConflictException("尚无调解记录，不能登记调解协议");
            }
        } else if (text(o.failureReason()) == null) {
            throw new InvalidInputException("请填写调解不成的原因", Map.of("failureReason", "请填写调解不成的原因"));
        }
        int n = jdbc.sql("""
                update mediation_case set state = :s, agreement = :a, failure_reason = :f, closed_on = :on,
                    version = version + 1 where id = :id and version = :v""").param("s", outcome)
                .param("a", text(o.agreement())).param("f", text(o.failureReason())).param("on", today())
                .param("id", caseId).param("v", o.version() == null ? -1 : o.version()).update();
        if (n == 0) {
            throw new ConflictException("调解案件已被修改，请刷新后重试");
        }
        audit.success("MEDIATION_CLOSED", "MEDIATION", caseId, outcome.equals("AGREED") ? "达成调解协议" : "调解不成");
        return find(actor, caseId);
    }

    private static Matter matter(ResultSet rs, int row) throws SQLException {
        return new Matter(rs.getLong("id"), rs.getString("name"), rs.getString("scope"), rs.getString("basis"),
                rs.getBoolean("published"));
    }

    private MediationCase map(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new MediationCase(rs.getLong("id"), rs.getString("number"), unit,
                units.find(unit).map(u -> u.name()).orElse(""), rs.getLong("matter_id"), rs.getString("matter_name"),
                rs.getString("applicant"), rs.getString("respondent"), rs.getString("dispute"),
                rs.getObject("applied_on", LocalDate.class), rs.getString("state"), rs.getString("agreement"),
                rs.getString("failure_reason"), rs.getObject("closed_on", LocalDate.class),
                rs.getString("recorded_by"), rs.getInt("version"));
    }
}
