package org.zhifa.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.training.TrainingProperties;

/** Annual training plans per unit, due in the first quarter (方案第2条). */
@Service
@Transactional
public class PlanService {

    private final JdbcClient jdbc;
    private final TrainingAccess access;
    private final TrainingProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    PlanService(JdbcClient jdbc, TrainingAccess access, TrainingProperties properties, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    public record Plan(long id, long unitId, int year, String title, String content, LocalDate submittedOn,
            String createdBy, int version) {
    }

    /** One unit's plan for the year (or its absence), with the due day and the overdue flag. */
    public record PlanStatus(long unitId, String unitName, Plan plan, LocalDate dueOn, boolean overdue,
            boolean editable) {
    }

    @Transactional(readOnly = true)
    public List<PlanStatus> statuses(Actor actor, int year) {
        LocalDate today = LocalDate.now(clock);
        return access.unitsUnder(actor, null).stream().map(unitId -> {
            Plan plan = find(unitId, year).orElse(null);
            LocalDate submitted = plan == null ? null : plan.submittedOn();
            return new PlanStatus(unitId, access.unitName(unitId), plan, PlanDeadline.dueOn(year, properties.planDue()),
                    PlanDeadline.overdue(year, properties.planDue(), submitted, today), access.edits(actor, unitId));
        }).toList();
    }

    public Optional<Plan> find(long unitId, int year) {
        return jdbc.sql("select * from training_plan where unit_id = ? and year = ?").params(unitId, year)
                .query(Plan.class).optional();
    }

    public void save(Actor actor, long unitId, int year, String title, String content, LocalDate submittedOn,
            Integer version) {
        access.requireEditable(actor, unitId);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "请填写计划名称");
        }
        if (submittedOn == null) {
            errors.put("submittedOn", "请填写制定日期");
        } else if (submittedOn.isAfter(LocalDate.now(clock))) {
            errors.put("submittedOn", "制定日期不能晚于今天");
        } else if (submittedOn.getYear() < year - 1 || submittedOn.getYear() > year) {
            errors.put("submittedOn", "制定日期应在计划年度内（或上一年末）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        Optional<Plan> existing = find(unitId, year);
        if (existing.isEmpty()) {
            jdbc.sql("""
                    insert into training_plan (unit_id, year, title, content, submitted_on, created_by)
                    values (?, ?, ?, ?, ?, ?)
                    """).params(unitId, year, title.trim(), content, submittedOn, actor.username()).update();
        } else {
            int n = jdbc.sql("""
                    update training_plan set title = ?, content = ?, submitted_on = ?, version = version + 1
                    where id = ? and version = ?
                    """).params(title.trim(), content, submittedOn, existing.get().id(),
                    version == null ? existing.get().version() : version).update();
            if (n != 1) {
                throw new OptimisticLockingFailureException("training_plan " + existing.get().id());
            }
        }
        boolean late = PlanDeadline.overdue(year, properties.planDue(), submittedOn, LocalDate.now(clock));
        audit.success("TRAINING_PLAN_SAVED", "TRAINING_PLAN", unitId + "/" + year,
                year + " 年度培训计划 " + title.trim() + (late ? "（逾期制定）" : ""));
    }
}
