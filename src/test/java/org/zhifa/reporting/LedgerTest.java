package org.zhifa.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InvalidInputException;
import org.zhifa.reporting.internal.ActionPlans;
import org.zhifa.reporting.internal.Deadlines;
import org.zhifa.reporting.internal.Ledger;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The action-plan ledger: the plan's measures and tasks as data, progress and review, proofs from zhifa's records. */
@ZhifaIntegrationTest
class LedgerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    @Autowired
    ActionPlans plans;

    long planId() {
        return jdbc.sql("select id from action_plan where code = '西交运字〔2024〕50号'").query(Long.class).single();
    }

    static Actor actor(String username, long unitId, String role) {
        return new Actor() {
            public long userId() { return 1; }
            public String username() { return username; }
            public String displayName() { return username; }
            public long unitId() { return unitId; }
            public String unitName() { return ""; }
            public Set<String> roleCodes() { return Set.of(role); }
        };
    }

    @Test
    void the_plan_is_loaded_with_its_38_measures_and_the_annex_task_table() {
        long plan = planId();
        assertThat(jdbc.sql("select count(*) from action_measure where plan_id = ?").param(plan).query(Long.class).single())
                .isEqualTo(38);
        assertThat(jdbc.sql("select count(*) from action_task where plan_id = ?").param(plan).query(Long.class).single())
                .isEqualTo(93);
        // every measure has at least one task; deadlines are read from the text
        assertThat(jdbc.sql("select count(distinct measure_no) from action_task where plan_id = ?").param(plan)
                .query(Long.class).single()).isEqualTo(38);
        assertThat(jdbc.sql("select due_on from action_task where plan_id = ? and number = 6").param(plan)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(jdbc.sql("select annual_due from action_task where plan_id = ? and number = 3").param(plan)
                .query(String.class).single()).isEqualTo("03-31");
        assertThat(jdbc.sql("select proof from action_task where plan_id = ? and number in (3, 12, 21) order by number")
                .param(plan).query(String.class).list())
                .containsExactly("TRAINING_PLAN", "EVALUATION_CAMPAIGN", "MONTHLY_REPORT");
    }

    @Test
    void the_q1_training_plan_task_is_met_from_the_training_records() {
        TestApi head = TestApi.as(port, "head1");
        var r = head.get("/api/reporting/ledger?unitId=11&year=" + LocalDate.now(ChinaTime.ZONE).getYear());
        assertThat(r.status()).isEqualTo(200);
        JsonNode task3 = null;
        for (JsonNode line : r.json()) {
            if (line.get("task").get("number").asInt() == 3) {
                task3 = line;
            }
        }
        assertThat(task3).isNotNull();
        JsonNode entry = task3.get("progress").get(0);
        assertThat(entry.get("source").asString()).isEqualTo("SYSTEM");
        assertThat(entry.get("status").asString()).isEqualTo("DONE");
        assertThat(entry.get("note").asString()).contains("-03-15 制定", "在第一季度内");
        assertThat(task3.get("overdue").asBoolean()).isFalse();
        // 格尔木's brigade made its plan on 10 April: recorded, but not met
        var gelmud = ledger.ledger(actor("supervisor1", 2, "SUPERVISOR"), planId(), 21, LocalDate.now(ChinaTime.ZONE).getYear());
        var g3 = gelmud.stream().filter(l -> l.task().number() == 3).findFirst().orElseThrow();
        assertThat(g3.latest().orElseThrow().status()).isEqualTo("IN_PROGRESS");
        assertThat(g3.latest().orElseThrow().note()).contains("晚于第一季度");
        assertThat(g3.overdue()).isTrue();
    }

    @Test
    void a_unit_records_progress_with_evidence_and_the_supervision_bureau_reviews_it() {
        long plan = planId();
        int year = LocalDate.now(ChinaTime.ZONE).getYear();
        long task6 = jdbc.sql("select id from action_task where plan_id = ? and number = 6").param(plan).query(Long.class).single();
        Actor head1 = actor("head1", 10, "UNIT_HEAD");
        var before = ledger.ledger(head1, plan, 10, year).stream().filter(l -> l.task().number() == 6).findFirst().orElseThrow();
        assertThat(before.overdue()).as("2024年6月底前, nothing recorded").isTrue();
        assertThatThrownBy(() -> ledger.record(head1, task6, 10, year, "DONE", "已完成全员轮训", List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("佐证");
        assertThatThrownBy(() -> ledger.record(actor("officer1", 11, "OFFICER"), task6, 11, year, "DONE", "x",
                List.of(new Ledger.Evidence("x", null)))).isInstanceOf(AccessRefusedException.class);
        long id = ledger.record(head1, task6, 10, year, "DONE", "2024年6月完成全员轮训（演示）",
                List.of(new Ledger.Evidence("全员轮训", "/training/rotations")));
        var after = ledger.ledger(head1, plan, 10, year).stream().filter(l -> l.task().number() == 6).findFirst().orElseThrow();
        assertThat(after.overdue()).isFalse();
        assertThat(after.latest().orElseThrow().evidence()).extracting(Ledger.Evidence::href).containsExactly("/training/rotations");
        assertThatThrownBy(() -> ledger.review(head1, id, "ACCEPTED", null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> ledger.review(actor("supervisor1", 2, "SUPERVISOR"), id, "RETURNED", " "))
                .isInstanceOf(InvalidInputException.class);
        ledger.review(actor("supervisor1", 2, "SUPERVISOR"), id, "ACCEPTED", "佐证齐全");
        assertThat(ledger.progress(id).reviewLabel()).isEqualTo("审核通过");
    }

    @Test
    void a_later_plan_is_loaded_from_excel_with_the_same_columns() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet m = wb.createSheet("措施");
            row(m, 0, ActionPlans.MEASURE_COLUMNS.toArray(String[]::new));
            row(m, 1, "1", "演示措施", "演示措施的内容");
            Sheet t = wb.createSheet("任务");
            row(t, 0, ActionPlans.TASK_COLUMNS.toArray(String[]::new));
            row(t, 1, "1", "1", "一、演示", "每年第一季度制定年度培训工作计划（演示）", "各执法大队", "每年第一季度", "");
            row(t, 2, "2", "1", "一、演示", "演示任务二", "州执法监督局", "2027年3月底前", "");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        long id = plans.importWorkbook("演示方案〔2027〕1号", "演示行动方案（虚构）", null, new ByteArrayInputStream(xlsx), "test");
        var tasks = ledger.tasks(id);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).proof()).isEqualTo("TRAINING_PLAN");
        assertThat(tasks.get(1).dueOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThatThrownBy(() -> plans.importWorkbook("演示方案〔2027〕1号", "重复", null, new ByteArrayInputStream(xlsx), "test"))
                .hasMessageContaining("已载入");
    }

    @Test
    void deadlines_are_read_from_the_plan_text() {
        assertThat(Deadlines.parse("2024年6月底前").dueOn()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(Deadlines.parse("2024年3月").dueOn()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Deadlines.parse("2024年底前，并长期推进").dueOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Deadlines.parse("每年第一季度并长期推进").dueIn(2026)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Deadlines.parse("长期推进").dueIn(2026)).isNull();
        assertThat(Deadlines.parse("配合推进").dueIn(2026)).isNull();
    }

    static void row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
