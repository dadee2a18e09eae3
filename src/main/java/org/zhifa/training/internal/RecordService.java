package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.personnel.OfficerView;
import org.zhifa.training.TrainingProperties;

/** Exam results (方案第2、3条：考试结果定期通报) and fitness tests and drills (方案第5条). */
@Service
@Transactional
public class RecordService {

    private final JdbcClient jdbc;
    private final TrainingAccess access;
    private final TrainingProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    RecordService(JdbcClient jdbc, TrainingAccess access, TrainingProperties properties, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    public record ExamResult(long id, long officerId, String officerName, long unitId, String examName,
            LocalDate examDate, BigDecimal score, boolean passed) {
    }

    public record PassRate(long unitId, String unitName, int taken, int passed, int percent) {
    }

    public record FitnessRecord(long id, long officerId, String officerName, long unitId, FitnessKind kind,
            LocalDate heldOn, String result, Boolean passed) {
    }

    /** Records one exam result; {@code passed} null means “judge by the pass score”. */
    public void recordExam(Actor actor, long officerId, String examName, LocalDate examDate, BigDecimal score,
            Boolean passed) {
        OfficerView o = access.requireReadableOfficer(actor, officerId);
        access.requireEditable(actor, o.unitId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (examName == null || examName.isBlank()) {
            errors.put("examName", "请填写考试名称");
        }
        if (examDate == null || examDate.isAfter(LocalDate.now(clock))) {
            errors.put("examDate", "考试日期不正确");
        }
        if (score == null || score.signum() < 0 || score.compareTo(new BigDecimal("1000")) > 0) {
            errors.put("score", "成绩不正确");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        boolean pass = passed != null ? passed : score.compareTo(properties.examPassScore()) >= 0;
        jdbc.sql("""
                insert into exam_result (officer_id, unit_id, exam_name, exam_date, score, passed, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (officer_id, exam_name, exam_date) do update set score = excluded.score,
                    passed = excluded.passed, recorded_by = excluded.recorded_by
                """).params(officerId, o.unitId(), examName.trim(), examDate, score, pass, actor.username()).update();
        audit.success("EXAM_RESULT_RECORDED", "OFFICER", officerId, examName.trim() + " " + score
                + (pass ? " 合格" : " 不合格") + "（" + o.name() + "）");
    }

    @Transactional(readOnly = true)
    public List<String> examNames(Actor actor) {
        List<Long> units = access.unitsUnder(actor, null);
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select exam_name from exam_result where unit_id in (:units) group by exam_name "
                + "order by max(exam_date) desc").param("units", units).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<PassRate> passRates(Actor actor, String examName) {
        List<Long> units = access.unitsUnder(actor, null);
        if (units.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>();
        p.put("units", units);
        String filter = "";
        if (examName != null && !examName.isBlank()) {
            filter = " and exam_name = :exam";
            p.put("exam", examName);
        }
        return jdbc.sql("select unit_id, count(*), count(*) filter (where passed) from exam_result "
                        + "where unit_id in (:units)" + filter + " group by unit_id order by unit_id")
                .params(p).query((rs, n) -> {
                    int taken = rs.getInt(2);
                    int passed = rs.getInt(3);
                    return new PassRate(rs.getLong(1), access.unitName(rs.getLong(1)), taken, passed,
                            taken == 0 ? 0 : BigDecimal.valueOf(passed * 100L)
                                    .divide(BigDecimal.valueOf(taken), 0, RoundingMode.HALF_UP).intValue());
                }).list();
    }

    @Transactional(readOnly = true)
    public PageResult<ExamResult> exams(Actor actor, String examName, int page, int size,
            Map<Long, String> names) {
        List<Long> units = access.unitsUnder(actor, null);
        if (units.isEmpty()) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("units", units);
        String filter = "";
        if (examName != null && !examName.isBlank()) {
            filter = " and exam_name = :exam";
            p.put("exam", examName);
        }
        long total = jdbc.sql("select count(*) from exam_result where unit_id in (:units)" + filter).params(p)
                .query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<ExamResult> items = jdbc.sql("select * from exam_result where unit_id in (:units)" + filter
                + " order by exam_date desc, unit_id, id limit :limit offset :offset").params(p)
                .query((rs, n) -> new ExamResult(rs.getLong("id"), rs.getLong("officer_id"),
                        names.getOrDefault(rs.getLong("officer_id"), ""), rs.getLong("unit_id"),
                        rs.getString("exam_name"), rs.getObject("exam_date", LocalDate.class),
                        rs.getBigDecimal("score"), rs.getBoolean("passed"))).list();
        return new PageResult<>(items, total, page, size);
    }

    public void recordFitness(Actor actor, long officerId, FitnessKind kind, LocalDate heldOn, String result,
            Boolean passed) {
        OfficerView o = access.requireReadableOfficer(actor, officerId);
        access.requireEditable(actor, o.unitId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "请选择类别");
        }
        if (heldOn == null || heldOn.isAfter(LocalDate.now(clock))) {
            errors.put("heldOn", "日期不正确");
        }
        if (result == null || result.isBlank()) {
            errors.put("result", "请填写成绩或情况");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        jdbc.sql("""
                insert into fitness_record (officer_id, unit_id, kind, held_on, result, passed, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(officerId, o.unitId(), kind.name(), heldOn, result.trim(), passed, actor.username())
                .update();
        audit.success("FITNESS_RECORDED", "OFFICER", officerId, kind.label() + " " + heldOn + "（" + o.name() + "）");
    }

    @Transactional(readOnly = true)
    public PageResult<FitnessRecord> fitness(Actor actor, Long unitId, int page, int size, Map<Long, String> names) {
        List<Long> units = access.unitsUnder(actor, unitId);
        if (units.isEmpty()) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        long total = jdbc.sql("select count(*) from fitness_record where unit_id in (:units)").param("units", units)
                .query(Long.class).single();
        List<FitnessRecord> items = new ArrayList<>(jdbc.sql("""
                select * from fitness_record where unit_id in (:units)
                order by held_on desc, id desc limit :limit offset :offset
                """).param("units", units).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new FitnessRecord(rs.getLong("id"), rs.getLong("officer_id"),
                        names.getOrDefault(rs.getLong("officer_id"), ""), rs.getLong("unit_id"),
                        FitnessKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                        rs.getString("result"), (Boolean) rs.getObject("passed"))).list());
        return new PageResult<>(items, total, page, size);
    }
}
