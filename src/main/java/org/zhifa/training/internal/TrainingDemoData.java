package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerView;
import org.zhifa.training.TrainingCategory;
import org.zhifa.training.TrainingFormat;

/**
 * Demo training year ({@code zhifa.demo-data=true}), partly done: in 德令哈 officer1, officer2, 周局长 and 孙法制 reach
 * 60 hours, the others do not (褚示例 has political hours that, rightly, do not help); in 格尔木 only officer3 does.
 * 格尔木's plan was made late; a rotation campaign, exam results and a fitness test are recorded. Runs once.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "zhifa.demo-data", havingValue = "true")
class TrainingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

    private final JdbcClient jdbc;
    private final OfficerDirectory directory;
    private final Clock clock;

    TrainingDemoData(JdbcClient jdbc, OfficerDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from training_session").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Map<String, OfficerView> people = directory.inPost(List.of(10L, 11L, 20L, 21L), true).stream()
                .collect(Collectors.toMap(OfficerView::name, o -> o, (a, b) -> a));
        if (people.isEmpty()) {
            return;
        }
        plan(11, year, "德令哈市执法大队" + year + "年度执法人员培训工作计划", day(year, 3, 15, today));
        plan(10, year, "德令哈市交通运输局" + year + "年度培训工作计划", day(year, 3, 20, today));
        plan(21, year, "格尔木市执法大队" + year + "年度执法人员培训工作计划", day(year, 4, 10, today));
        long campaign = jdbc.sql("""
                insert into rotation_campaign (title, year, deadline, description, created_by)
                values (?, ?, ?, ?, 'system') returning id
                """).params(year + "年行政执法队伍全员轮训（演示）", year, LocalDate.of(year, 6, 30),
                "大学习、大练兵、大提升（方案第3条）").query(Long.class).single();

        Set<String> delingha = Set.of("周局长", "孙法制", "钱审核", "李执法", "王执法", "冯示例", "陈示例", "褚示例", "卫示例");
        session(10, "交通运输法律法规集中轮训", day(year, 2, 20, today), "24", TrainingCategory.LEGAL,
                TrainingFormat.CENTRAL_ROTATION, campaign, people, delingha);
        session(11, "“法治讲堂”：行政处罚法要点", day(year, 4, 18, today), "16", TrainingCategory.BUSINESS,
                TrainingFormat.LAW_LECTURE, null, people, Set.of("周局长", "孙法制", "钱审核", "李执法", "王执法", "陈示例"));
        session(11, "超限超载案件案例教学与情景模拟", day(year, 6, 12, today), "24", TrainingCategory.SKILLS,
                TrainingFormat.CASE_TEACHING, null, people, Set.of("周局长", "孙法制", "李执法", "王执法"));
        session(10, "习近平法治思想专题学习", day(year, 5, 8, today), "20", TrainingCategory.POLITICAL,
                TrainingFormat.CENTRAL_ROTATION, null, people, delingha);
        session(20, "格尔木市执法人员集中轮训", day(year, 3, 26, today), "30", TrainingCategory.LEGAL,
                TrainingFormat.CENTRAL_ROTATION, campaign, people, Set.of("蒋示例", "吴执法", "沈示例", "杨示例"));
        session(21, "执法全过程记录现场观摩", day(year, 7, 2, today), "30", TrainingCategory.SKILLS,
                TrainingFormat.SITE_OBSERVATION, null, people, Set.of("吴执法"));

        exam(people.get("李执法"), "全省交通运输行政执法人员考试", day(year, 7, 20, today), "86");
        exam(people.get("王执法"), "全省交通运输行政执法人员考试", day(year, 7, 20, today), "72");
        exam(people.get("冯示例"), "全省交通运输行政执法人员考试", day(year, 7, 20, today), "55");
        exam(people.get("吴执法"), "全省交通运输行政执法人员考试", day(year, 7, 20, today), "90");
        exam(people.get("沈示例"), "全省交通运输行政执法人员考试", day(year, 7, 20, today), "64");
        fitness(people.get("李执法"), day(year, 9, 10, today), "3000米跑 13分20秒", true);
        fitness(people.get("王执法"), day(year, 9, 10, today), "3000米跑 16分05秒", false);
        jdbc.sql("""
                insert into training_hours_total (year, officer_id, category, hours)
                select year, officer_id, category, sum(hours) from training_attendance
                group by year, officer_id, category
                """).update();
        log.info("已创建演示培训数据（{} 年，部分人员未达60学时）", year);
    }

    private static LocalDate day(int year, int month, int dayOfMonth, LocalDate today) {
        LocalDate d = LocalDate.of(year, month, dayOfMonth);
        return d.isAfter(today) ? today : d;
    }

    private void plan(long unitId, int year, String title, LocalDate submittedOn) {
        jdbc.sql("""
                insert into training_plan (unit_id, year, title, content, submitted_on, created_by)
                values (?, ?, ?, ?, ?, 'system')
                """).params(unitId, year, title, "按《交通运输行政执法人员培训考试大纲》安排全年培训（演示数据）", submittedOn)
                .update();
    }

    private void session(long unitId, String title, LocalDate heldOn, String hours, TrainingCategory category,
            TrainingFormat form, Long campaign, Map<String, OfficerView> people, Set<String> attendees) {
        long id = jdbc.sql("""
                insert into training_session (unit_id, title, held_on, hours, category, form, organizer, campaign_id,
                    created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'system') returning id
                """).params(unitId, title, heldOn, new BigDecimal(hours), category.name(), form.name(), "演示数据",
                campaign).query(Long.class).single();
        for (String name : attendees) {
            OfficerView o = people.get(name);
            if (o != null) {
                jdbc.sql("insert into training_attendance (session_id, officer_id, year, category, hours) "
                                + "values (?, ?, ?, ?, ?)")
                        .params(id, o.id(), heldOn.getYear(), category.name(), new BigDecimal(hours)).update();
            }
        }
    }

    private void exam(OfficerView o, String name, LocalDate date, String score) {
        if (o == null) {
            return;
        }
        BigDecimal s = new BigDecimal(score);
        jdbc.sql("""
                insert into exam_result (officer_id, unit_id, exam_name, exam_date, score, passed, recorded_by)
                values (?, ?, ?, ?, ?, ?, 'system')
                """).params(o.id(), o.unitId(), name, date, s, s.compareTo(new BigDecimal("60")) >= 0).update();
    }

    private void fitness(OfficerView o, LocalDate date, String result, boolean passed) {
        if (o == null) {
            return;
        }
        jdbc.sql("""
                insert into fitness_record (officer_id, unit_id, kind, held_on, result, passed, recorded_by)
                values (?, ?, 'FITNESS_TEST', ?, ?, ?, 'system')
                """).params(o.id(), o.unitId(), date, result, passed).update();
    }
}
