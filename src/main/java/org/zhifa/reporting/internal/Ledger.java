package org.zhifa.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Law;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitKind;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.supervision.SupervisionFigures;
import org.zhifa.training.TrainingPlans;
import tools.jackson.core.type.TypeReference;

/**
 * The action-plan ledger (方案 工作要求：建立工作台账，实行清单化管理): per task and unit the progress with evidence, the
 * supervision bureau's review, overdue flags, and the tasks zhifa proves from its own records ({@link Proof}).
 */
@Service
public class Ledger {

    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final OrgUnits units;
    private final TrainingPlans training;
    private final ObjectProvider<SupervisionFigures> supervision;
    private final MonthlyReports reports;
    private final MonthlyStatistics statistics;
    private final AuditTrail audit;
    private final Clock clock;

    Ledger(JdbcClient jdbc, DataScope scope, OrgUnits units, TrainingPlans training,
            ObjectProvider<SupervisionFigures> supervision, MonthlyReports reports, MonthlyStatistics statistics,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.units = units;
        this.training = training;
        this.supervision = supervision;
        this.reports = reports;
        this.statistics = statistics;
        this.audit = audit;
        this.clock = clock;
    }

    /** A link or a document named as evidence: a zhifa page (path starting with /) or an outside address or text. */
    public record Evidence(String label, String href) {
    }

    public record Task(long id, long planId, int number, Integer measureNo, String measureTitle, String section,
            String content, String responsible, String deadlineText, LocalDate dueOn, String annualDue, String proof) {

        public LocalDate dueIn(int year) {
            if (annualDue != null) {
                return MonthDay.parse("--" + annualDue).atYear(year);
            }
            return dueOn;
        }

        public String proofLabel() {
            return proof == null ? null : Proof.valueOf(proof).label();
        }
    }

    public record Progress(long id, long taskId, long unitId, String unitName, int year, String status, String note,
            List<Evidence> evidence, String source, java.time.Instant recordedAt, String recordedBy,
            String reviewResult, String reviewOpinion, String reviewedBy, List<ProgressFiles.File> files) {

        public boolean done() {
            return "DONE".equals(status);
        }

        public String statusLabel() {
            return done() ? "已完成" : "推进中";
        }

        public String sourceLabel() {
            return "SYSTEM".equals(source) ? "系统依据记录自动填写" : "单位填报";
        }

        public String reviewLabel() {
            return reviewResult == null ? "待审核" : "ACCEPTED".equals(reviewResult) ? "审核通过" : "退回";
        }
    }

    /** A task as one unit sees it in a year: its progress entries (newest first) and whether it is overdue. */
    public record Line(Task task, List<Progress> progress, LocalDate dueOn, boolean overdue) {

        public Optional<Progress> latest() {
            return progress.isEmpty() ? Optional.empty() : Optional.of(progress.get(0));
        }
    }

    public List<Task> tasks(long planId) {
        return jdbc.sql("""
                select t.*, m.title as measure_title from action_task t
                left join action_measure m on m.plan_id = t.plan_id and m.number = t.measure_no
                where t.plan_id = ? order by t.number
                """).param(planId).query((rs, i) -> new Task(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("number"),
                (Integer) rs.getObject("measure_no"), rs.getString("measure_title"), rs.getString("section"),
                rs.getString("content"), rs.getString("responsible"), rs.getString("deadline_text"),
                rs.getObject("due_on", LocalDate.class), rs.getString("annual_due"), rs.getString("proof"))).list();
    }

    public Task task(long id) {
        return jdbc.sql("""
                select t.*, m.title as measure_title from action_task t
                left join action_measure m on m.plan_id = t.plan_id and m.number = t.measure_no where t.id = ?
                """).param(id).query((rs, i) -> new Task(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("number"),
                (Integer) rs.getObject("measure_no"), rs.getString("measure_title"), rs.getString("section"),
                rs.getString("content"), rs.getString("responsible"), rs.getString("deadline_text"),
                rs.getObject("due_on", LocalDate.class), rs.getString("annual_due"), rs.getString("proof")))
                .optional().orElseThrow(() -> new NotFoundException("任务不存在"));
    }

    /** The plan's tasks for one unit and year, after filling in what zhifa can prove. */
    @Transactional
    public List<Line> ledger(Actor actor, long planId, long unitId, int year) {
        requireReader(actor, unitId);
        prove(year);
        LocalDate today = LocalDate.now(clock);
        List<Line> out = new ArrayList<>();
        Map<Long, List<Progress>> byTask = new LinkedHashMap<>();
        jdbc.sql("""
                select p.* from action_progress p join action_task t on t.id = p.task_id
                where t.plan_id = ? and p.unit_id = ? and p.year = ? order by p.recorded_at desc, p.id desc
                """).params(planId, unitId, year).query((rs, i) -> map(rs)).list()
                .forEach(p -> byTask.computeIfAbsent(p.taskId(), k -> new ArrayList<>()).add(p));
        for (Task t : tasks(planId)) {
            List<Progress> progress = byTask.getOrDefault(t.id(), List.of());
            LocalDate due = t.dueIn(year);
            boolean done = progress.stream().anyMatch(Progress::done);
            boolean overdue = due != null && due.getYear() <= year && today.isAfter(due) && !done;
            out.add(new Line(t, progress, due, overdue));
        }
        return out;
    }

    /** A unit records its progress on a task with evidence (its head). */
    @Transactional
    public long record(Actor actor, long taskId, long unitId, int year, String status, String note, List<Evidence> evidence) {
        task(taskId);
        scope.requireVisible(actor, unitId);
        if (!actor.hasRole("UNIT_HEAD") || actor.unitId() != unitId) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(32), "任务进展由本单位负责人填报"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"DONE".equals(status) && !"IN_PROGRESS".equals(status)) {
            errors.put("status", "请选择进展（推进中或已完成）");
        }
        if (note == null || note.isBlank()) {
            errors.put("note", "请写明进展情况");
        }
        if ("DONE".equals(status) && (evidence == null || evidence.isEmpty())) {
            errors.put("evidence", "已完成的任务请附佐证（文件名称或系统记录链接）");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(String.join("；", errors.values()), errors);
        }
        long id = jdbc.sql("""
                insert into action_progress (task_id, unit_id, year, status, note, evidence, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, cast(? as jsonb), 'UNIT', ?, ?) returning id
                """).params(taskId, unitId, year, status, note.strip(), MonthlyReports.JSON.writeValueAsString(evidence),
                Timestamp.from(clock.instant()), actor.username()).query(Long.class).single();
        audit.success("LEDGER_PROGRESS_RECORDED", "ACTION_PROGRESS", id, "任务 " + taskId + " " + year + " 年进展："
                + ("DONE".equals(status) ? "已完成" : "推进中"));
        return id;
    }

    /** The supervision bureau reviews a unit's entry: accepted, or returned with an opinion. */
    @Transactional
    public void review(Actor actor, long progressId, String result, String opinion) {
        Progress p = progress(progressId);
        boolean bureau = units.find(actor.unitId()).map(u -> u.kind() == OrgUnitKind.SUPERVISION_BUREAU).orElse(false);
        if (!actor.hasRole("SUPERVISOR") || !bureau) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(32), "任务进展由州执法监督局审核"));
        }
        if (!"ACCEPTED".equals(result) && !"RETURNED".equals(result)) {
            throw new InvalidInputException("请选择审核结果", Map.of("result", "审核通过或退回"));
        }
        if ("RETURNED".equals(result) && (opinion == null || opinion.isBlank())) {
            throw new InvalidInputException("退回须写明意见", Map.of("opinion", "请写明退回意见"));
        }
        if (p.reviewResult() != null) {
            throw new ConflictException("该进展已审核（" + p.reviewLabel() + "）");
        }
        jdbc.sql("""
                update action_progress set review_result = ?, review_opinion = ?, reviewed_at = ?, reviewed_by = ?
                where id = ? and review_result is null
                """).params(result, opinion == null ? null : opinion.strip(), Timestamp.from(clock.instant()),
                actor.username(), progressId).update();
        audit.success("LEDGER_PROGRESS_REVIEWED", "ACTION_PROGRESS", progressId, ("ACCEPTED".equals(result) ? "审核通过" : "退回")
                + (opinion == null || opinion.isBlank() ? "" : "：" + opinion.strip()));
    }

    public Progress progress(long id) {
        return jdbc.sql("select * from action_progress where id = ?").param(id).query((rs, i) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("进展记录不存在"));
    }

    /**
     * Fills the SYSTEM entries of the tasks zhifa can prove for {@code year}: each is replaced by what the records say
     * now (a SYSTEM entry is never reviewed away: it states the records).
     */
    @Transactional
    public void prove(int year) {
        List<Task> proven = jdbc.sql("select id from action_task where proof is not null").query(Long.class).list()
                .stream().map(this::task).toList();
        for (Task t : proven) {
            switch (Proof.valueOf(t.proof())) {
                case TRAINING_PLAN -> proveTraining(t, year);
                case EVALUATION_CAMPAIGN -> proveEvaluation(t, year);
                case MONTHLY_REPORT -> proveMonthlyReports(t, year);
            }
        }
    }

    private void proveTraining(Task t, int year) {
        LocalDate due = training.dueOn(year);
        for (OrgUnitView u : units.all()) {
            Optional<LocalDate> made = training.madeOn(u.id(), year);
            if (made.isEmpty()) {
                continue;
            }
            boolean inTime = !made.get().isAfter(due);
            String note = "《" + training.title(u.id(), year).orElse("年度培训计划") + "》于 " + made.get() + " 制定"
                    + (inTime ? "，在第一季度内（期限 " + due + "）" : "，晚于第一季度（期限 " + due + "）");
            upsertSystem(t.id(), u.id(), year, inTime ? "DONE" : "IN_PROGRESS", note,
                    List.of(new Evidence(year + " 年度培训计划", "/training/plans?year=" + year)));
        }
    }

    private void proveEvaluation(Task t, int year) {
        SupervisionFigures s = supervision.getIfAvailable();
        if (s == null) {
            return;
        }
        Optional<LocalDate> launched = s.evaluationCampaignLaunched(year);
        if (launched.isEmpty()) {
            return;
        }
        units.all().stream().filter(u -> u.kind() == OrgUnitKind.SUPERVISION_BUREAU).forEach(u ->
                upsertSystem(t.id(), u.id(), year, "DONE", year + " 年度案卷评查活动于 " + launched.get() + " 开展",
                        List.of(new Evidence("案卷评查活动", s.evaluationCampaignLink(year).orElse("/supervision")))));
    }

    private void proveMonthlyReports(Task t, int year) {
        LocalDate today = LocalDate.now(clock);
        for (OrgUnitView u : statistics.reportingUnits()) {
            int due = 0;
            int onTime = 0;
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                if (!today.isAfter(reports.dueOn(month))) {
                    break;
                }
                due++;
                Optional<LocalDate> first = jdbc.sql("""
                        select min(submitted_at) from monthly_report where unit_id = ? and month = ? and state = 'SUBMITTED'
                        """).params(u.id(), month.atDay(1)).query(Timestamp.class).optional()
                        .map(ts -> ts.toInstant().atZone(org.zhifa.common.ChinaTime.ZONE).toLocalDate());
                if (first.isPresent() && !first.get().isAfter(reports.dueOn(month))) {
                    onTime++;
                }
            }
            if (due == 0) {
                continue;
            }
            upsertSystem(t.id(), u.id(), year, onTime == due && due == 12 ? "DONE" : "IN_PROGRESS",
                    year + " 年已到期的 " + due + " 个月中，按期报送 " + onTime + " 个月",
                    List.of(new Evidence("月度统计报表", "/reporting/monthly")));
        }
    }

    private void upsertSystem(long taskId, long unitId, int year, String status, String note, List<Evidence> evidence) {
        String json = MonthlyReports.JSON.writeValueAsString(evidence);
        int n = jdbc.sql("""
                update action_progress set status = ?, note = ?, evidence = cast(? as jsonb), recorded_at = ?
                where task_id = ? and unit_id = ? and year = ? and source = 'SYSTEM'
                  and (status <> ? or note <> ? or evidence <> cast(? as jsonb))
                """).params(status, note, json, Timestamp.from(clock.instant()), taskId, unitId, year, status, note, json)
                .update();
        if (n == 0) {
            jdbc.sql("""
                    insert into action_progress (task_id, unit_id, year, status, note, evidence, source, recorded_at, recorded_by)
                    values (?, ?, ?, ?, ?, cast(? as jsonb), 'SYSTEM', ?, '系统')
                    on conflict (task_id, unit_id, year) where source = 'SYSTEM' do nothing
                    """).params(taskId, unitId, year, status, note, json, Timestamp.from(clock.instant())).update();
        }
    }

    void requireReader(Actor actor, long unitId) {
        if (!(actor.hasRole("UNIT_HEAD") || actor.hasRole("SUPERVISOR"))) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(32), "台账由单位负责人填报、执法监督人员审核"));
        }
        scope.requireVisible(actor, unitId);
    }

    private Progress map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long unitId = rs.getLong("unit_id");
        return new Progress(rs.getLong("id"), rs.getLong("task_id"), unitId,
                units.find(unitId).map(OrgUnitView::name).orElse("单位" + unitId), rs.getInt("year"),
                rs.getString("status"), rs.getString("note"),
                MonthlyReports.JSON.readValue(rs.getString("evidence"), EVIDENCE), rs.getString("source"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getString("review_result"),
                rs.getString("review_opinion"), rs.getString("reviewed_by"), files(rs.getLong("id")));
    }

    /** The files attached to an entry ({@link ProgressFiles}). */
    private List<ProgressFiles.File> files(long progressId) {
        return jdbc.sql("select * from action_progress_file where progress_id = ? order by id").param(progressId)
                .query((rs, i) -> ProgressFiles.map(rs)).list();
    }
}
