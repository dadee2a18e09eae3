package org.zhifa.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.zhifa.identity.OrgUnits;
import org.zhifa.identity.UserDirectory;

/**
 * Clues to the discipline inspection commission (纪检监察, 方案 30): a clue record (officer concerned, facts,
 * evidence), its approval by another holder of the right, the transfer with its number and the commission's reply.
 * Visible only to supervisors and unit heads who hold the explicit right {@code DISCIPLINE_CLUES}, which the security
 * administrator grants and revokes with a reason; without it a clue does not exist for the caller (404).
 */
@Service
public class DisciplineClues {

    public record Clue(long id, String number, String officerName, long officerUnitId, String officerUnitName,
            String facts, String evidence, String state, String recordedByName, LocalDate recordedOn,
            String approvedByName, LocalDate approvedOn, String transferNumber, String transferredTo,
            LocalDate transferredOn, String reply, LocalDate repliedOn, long recordedBy, int version) {

        public String stateLabel() {
            return switch (state) {
                case "RECORDED" -> "待审批";
                case "APPROVED" -> "已审批，待移送";
                case "TRANSFERRED" -> "已移送，待回复";
                default -> "已回复";
            };
        }
    }

    public record Holder(long userId, String name, String unitName, String grantedBy, String reason) {
    }

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;

    DisciplineClues(JdbcClient jdbc, OrgUnits units, UserDirectory users, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    /** Holds the right: a supervisor or unit head with an explicit grant. */
    public boolean holdsRight(Actor actor) {
        if (!actor.hasRole("SUPERVISOR") && !actor.hasRole("UNIT_HEAD")) {
            return false;
        }
        return jdbc.sql("select count(*) from discipline_clue_right where user_id = :u").param("u", actor.userId())
                .query(Long.class).single() > 0;
    }

    private void requireRight(Actor actor) {
        if (!holdsRight(actor)) {
            throw new NotFoundException("未找到该记录，或不在您的数据范围内");
        }
    }

    // —— the right (security administrator) ——

    public List<Holder> holders() {
        return jdbc.sql("select * from discipline_clue_right order by granted_at").query((rs, i) -> {
            long id = rs.getLong("user_id");
            var u = users.find(id);
            return new Holder(id, u.map(x -> x.displayName() + "（" + x.username() + "）").orElse(String.valueOf(id)),
                    u.map(x -> x.unitName()).orElse(""), rs.getString("granted_by"), rs.getString("reason"));
        }).list();
    }

    @Transactional
    public void grant(Actor admin, String username, String reason) {
        if (!admin.hasRole("SECURITY_ADMIN")) {
            throw new AccessDeniedException("纪检监察线索查阅权由安全管理员授予");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        var user = username == null ? java.util.Optional.<org.zhifa.identity.UserView>empty()
                : users.findByUsername(username.strip());
        if (user.isEmpty()) {
            errors.put("username", "用户不存在");
        } else if (!user.get().hasRole(org.zhifa.identity.Role.SUPERVISOR)
                && !user.get().hasRole(org.zhifa.identity.Role.UNIT_HEAD)) {
            errors.put("username", "只能授予执法监督人员或单位负责人");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "请填写授权理由");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.values().iterator().next(), errors);
        }
        jdbc.sql("""
                insert into discipline_clue_right (user_id, granted_by, granted_at, reason) values (:u, :by, :at, :r)
                on conflict (user_id) do nothing""").param("u", user.get().id()).param("by", admin.username())
                .param("at", java.sql.Timestamp.from(clock.instant())).param("r", reason.strip()).update();
        audit.success("DISCIPLINE_CLUE_RIGHT_GRANTED", "USER", user.get().id(), "授予纪检监察线索查阅权：" + reason.strip());
    }

    @Transactional
    public void revoke(Actor admin, long userId, String reason) {
        if (!admin.hasRole("SECURITY_ADMIN")) {
            throw new AccessDeniedException("纪检监察线索查阅权由安全管理员撤销");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("请填写撤销理由", Map.of("reason", "请填写撤销理由"));
        }
        int n = jdbc.sql("delete from discipline_clue_right where user_id = :u").param("u", userId).update();
        if (n == 0) {
            throw new org.zhifa.common.NotFoundException("该用户没有纪检监察线索查阅权");
        }
        audit.success("DISCIPLINE_CLUE_RIGHT_REVOKED", "USER", userId, "撤销纪检监察线索查阅权：" + reason.strip());
    }

    // —— clues ——

    public List<Clue> list(Actor actor) {
        requireRight(actor);
        return jdbc.sql("select * from discipline_clue order by id desc limit 500").query(this::map).list();
    }

    public Clue find(Actor actor, long id) {
        requireRight(actor);
        Clue c = jdbc.sql("select * from discipline_clue where id = :id").param("id", id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("未找到该记录，或不在您的数据范围内"));
        audit.success("DISCIPLINE_CLUE_VIEWED", "DISCIPLINE_CLUE", id, "查阅纪检监察线索");
        return c;
    }

    public record Draft(String officerName, Long officerUnitId, String facts, String evidence) {
    }

    @Transactional
    public Clue record(Actor actor, Draft d) {
        requireRight(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.officerName() == null || d.officerName().isBlank()) {
            errors.put("officerName", "请填写涉及的执法人员");
        }
        if (d.officerUnitId() == null || units.find(d.officerUnitId()).isEmpty()) {
            errors.put("officerUnitId", "请选择涉及人员所在单位");
        }
        if (d.facts() == null || d.facts().isBlank()) {
            errors.put("facts", "请填写问题线索事实");
        }
        if (d.evidence() == null || d.evidence().isBlank()) {
            errors.put("evidence", "请填写证据材料");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.values().iterator().next(), errors);
        }
        long n = jdbc.sql("select count(*) from discipline_clue").query(Long.class).single() + 1;
        long id = jdbc.sql("""
                insert into discipline_clue (number, officer_name, officer_unit_id, facts, evidence, state, recorded_by,
                    recorded_by_name, recorded_on) values (:number, :name, :unit, :facts, :evidence, 'RECORDED', :by,
                    :byName, :on) returning id""")
                .param("number", "JJXS-" + today().getYear() + "-" + n).param("name", d.officerName().strip())
                .param("unit", d.officerUnitId()).param("facts", d.facts().strip()).param("evidence", d.evidence().strip())
                .param("by", actor.userId()).param("byName", actor.displayName()).param("on", today())
                .query(Long.class).single();
        audit.success("DISCIPLINE_CLUE_RECORDED", "DISCIPLINE_CLUE", id, "登记纪检监察线索");
        return find(actor, id);
    }

    /** Approval by another holder of the right (not the one who recorded it). */
    @Transactional
    public Clue approve(Actor actor, long id, Integer version) {
        Clue c = find(actor, id);
        if (!c.state().equals("RECORDED")) {
            throw new ConflictException("该线索不在待审批状态");
        }
        if (c.recordedBy() == actor.userId()) {
            throw new AccessDeniedException("线索须由登记人以外的有权人员审批");
        }
        update(id, version, "update discipline_clue set state = 'APPROVED', approved_by_name = :name, approved_on = :on,"
                + " version = version + 1 where id = :id and version = :version", Map.of("name", actor.displayName(),
                        "on", today()));
        audit.success("DISCIPLINE_CLUE_APPROVED", "DISCIPLINE_CLUE", id, "审批纪检监察线索");
        return find(actor, id);
    }

    @Transactional
    public Clue transfer(Actor actor, long id, Integer version, String number, String to) {
        Clue c = find(actor, id);
        if (!c.state().equals("APPROVED")) {
            throw new ConflictException("线索须先经审批才能移送");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (number == null || number.isBlank()) {
            errors.put("transferNumber", "请填写移送文号");
        }
        if (to == null || to.isBlank()) {
            errors.put("transferredTo", "请填写接收的纪检监察机关");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.values().iterator().next(), errors);
        }
        update(id, version, "update discipline_clue set state = 'TRANSFERRED', transfer_number = :n, transferred_to = :t,"
                + " transferred_on = :on, version = version + 1 where id = :id and version = :version",
                Map.of("n", number.strip(), "t", to.strip(), "on", today()));
        audit.success("DISCIPLINE_CLUE_TRANSFERRED", "DISCIPLINE_CLUE", id, "移送纪检监察线索 " + number.strip());
        return find(actor, id);
    }

    @Transactional
    public Clue reply(Actor actor, long id, Integer version, String reply) {
        Clue c = find(actor, id);
        if (!c.state().equals("TRANSFERRED")) {
            throw new ConflictException("线索尚未移送");
        }
        if (reply == null || reply.isBlank()) {
            throw new InvalidInputException("请填写纪检监察机关的回复", Map.of("reply", "请填写纪检监察机关的回复"));
        }
        update(id, version, "update discipline_clue set state = 'REPLIED', reply = :r, replied_on = :on,"
                + " version = version + 1 where id = :id and version = :version", Map.of("r", reply.strip(), "on", today()));
        audit.success("DISCIPLINE_CLUE_REPLIED", "DISCIPLINE_CLUE", id, "登记纪检监察机关回复");
        return find(actor, id);
    }

    private void update(long id, Integer version, String sql, Map<String, Object> params) {
        int n = jdbc.sql(sql).params(params).param("id", id).param("version", version == null ? -1 : version).update();
        if (n == 0) {
            throw new ConflictException("线索已被修改，请刷新后重试");
        }
    }

    private Clue map(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("officer_unit_id");
        return new Clue(rs.getLong("id"), rs.getString("number"), rs.getString("officer_name"), unit,
                units.find(unit).map(u -> u.name()).orElse(""), rs.getString("facts"), rs.getString("evidence"),
                rs.getString("state"), rs.getString("recorded_by_name"), rs.getObject("recorded_on", LocalDate.class),
                rs.getString("approved_by_name"), rs.getObject("approved_on", LocalDate.class),
                rs.getString("transfer_number"), rs.getString("transferred_to"),
                rs.getObject("transferred_on", LocalDate.class), rs.getString("reply"),
                rs.getObject("replied_on", LocalDate.class), rs.getLong("recorded_by"), rs.getInt("version"));
    }
}
