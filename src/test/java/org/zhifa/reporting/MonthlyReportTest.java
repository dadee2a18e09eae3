package org.zhifa.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.common.Actor;
import org.zhifa.reporting.internal.MonthlyReportJob;
import org.zhifa.reporting.internal.ReportExports;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The December 2026 report of 德令哈 (德令哈市交通运输局 and its brigade) with the demo data: drafted, checked and
 * submitted by head1, locked, exported in the provincial layout, and every exported case figure equal to a count
 * computed here independently from the tables.
 */
@ZhifaIntegrationTest
class MonthlyReportTest {

    static final String MONTH = "2026-12";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportExports exports;

    @Autowired
    MonthlyReportJob job;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** Independent recount over units 10 and 11 in December 2026, written without the module's query. */
    Map<String, Long> recount() {
        Map<String, Long> m = new LinkedHashMap<>();
        String units = "unit_id in (10, 11)";
        String dec = "decided_on between date '2026-12-01' and date '2026-12-31'";
        m.put("立案数（件）", count("select count(*) from penalty_case where " + units
                + " and filed_on between date '2026-12-01' and date '2026-12-31'"));
        m.put("作出处理决定数（件）", count("select count(*) from penalty_case where outcome is not null and " + units + " and " + dec));
        m.put("给予行政处罚（件）", count("select count(*) from penalty_case where outcome = 'PENALTY' and " + units + " and " + dec));
        m.put("不予行政处罚-违法行为轻微（件）", count("select count(*) from penalty_case where outcome = 'NO_PENALTY_MINOR' and " + units + " and " + dec));
        m.put("简易程序（件）", count("select count(*) from penalty_case where procedure = 'SIMPLIFIED' and outcome is not null and " + units + " and " + dec));
        String ranked = """
                select c.id, max(case k.kind when 'REVOCATION' then 7 when 'SUSPENSION' then 6 when 'DOWNGRADE' then 5
                    when 'CONFISCATION' then 4 when 'FINE' then 3 when 'WARNING' then 2 else 1 end) as r
                from penalty_case c left join lateral jsonb_array_elements_text(c.decision->'kinds') k(kind) on true
                where c.outcome = 'PENALTY' and c.""" + units + " and c." + dec + " group by c.id";
        m.put("警告（件）", count("select count(*) from (" + ranked + ") x where r = 2"));
        m.put("罚款（件）", count("select count(*) from (" + ranked + ") x where r = 3"));
        m.put("没收违法所得、没收非法财物（件）", count("select count(*) from (" + ranked + ") x where r = 4"));
        m.put("吊销许可证件（件）", count("select count(*) from (" + ranked + ") x where r = 7"));
        m.put("罚款金额（元）", count("select coalesce(sum(decision_amount_fen), 0) from penalty_case where outcome = 'PENALTY'"
                + " and decision->'kinds' @> '[\"FINE\"]' and " + units + " and " + dec));
        m.put("听证（次）", count("select count(*) from case_step s, penalty_case c where c.id = s.case_id and c." + units
                + " and s.transition = 'record-hearing' and s.acted_on between date '2026-12-01' and date '2026-12-31'"));
        m.put("法制审核（次）", count("select count(*) from case_step s, penalty_case c where c.id = s.case_id and c." + units
                + " and s.transition like '%review-%' and s.transition not like 'case-review%'"
                + " and s.transition in ('legal-review-agree', 'legal-review-problems', 'hearing-review-agree', 'hearing-review-problems')"
                + " and s.acted_on between date '2026-12-01' and date '2026-12-31'"));
        m.put("非现场超限线索（条）", count("select count(*) from nonsite_clue where " + units
                + " and (first_detected_at at time zone 'Asia/Shanghai')::date between date '2026-12-01' and date '2026-12-31'"));
        m.put("检查对象（个）", count("select count(*) from (select distinct target_id from inspection where " + units
                + " and inspected_on between date '2026-12-01' and date '2026-12-31') x"));
        m.put("巡查（次）", count("select count(*) from patrol_log where " + units
                + " and patrol_date between date '2026-12-01' and date '2026-12-31'"));
        m.put("投诉举报（件）", count("select count(*) from complaint where concerned_unit_id in (10, 11)"
                + " and (received_at at time zone 'Asia/Shanghai')::date between date '2026-12-01' and date '2026-12-31'"));
        return m;
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void the_december_report_of_delingha_is_drafted_submitted_exported_and_matches_an_independent_recount() throws IOException {
        TestApi head = TestApi.as(port, "head1");
        // the job drafts every reporting unit's report of the month (here run for December)
        assertThat(job.run(java.time.YearMonth.of(2026, 12))).isEqualTo(7);
        var versions = head.get("/api/reporting/monthly?unitId=10&month=" + MONTH);
        assertThat(versions.status()).isEqualTo(200);
        JsonNode draft = versions.json().get(0);
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("dueOn").asString()).isEqualTo("2027-01-05");
        long id = draft.get("id").asLong();

        var missing = head.post("/api/reporting/monthly/" + id + "/submit", Map.of("rowVersion", draft.get("rowVersion").asInt()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("remedies.reconsiderationReceived");

        Map<String, Object> remedies = new HashMap<>();
        for (Figure f : Figure.values()) {
            if (f.kind() == Figure.Kind.ENTERED) {
                remedies.put(f.key(), 0);
            }
        }
        remedies.put("remedies.reconsiderationReceived", 1);
        var entered = head.post("/api/reporting/monthly/" + id + "/remedies",
                Map.of("rowVersion", draft.get("rowVersion").asInt(), "remedies", remedies));
        assertThat(entered.status()).isEqualTo(200);
        var submitted = head.post("/api/reporting/monthly/" + id + "/submit",
                Map.of("rowVersion", entered.json().get("rowVersion").asInt()));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        Map<String, Long> expected = recount();

        // locked: a second submission, a change of the entered figures and a direct update are refused
        assertThat(head.post("/api/reporting/monthly/" + id + "/submit",
                Map.of("rowVersion", submitted.json().get("rowVersion").asInt())).status()).isEqualTo(409);
        assertThat(head.post("/api/reporting/monthly/" + id + "/remedies",
                Map.of("rowVersion", submitted.json().get("rowVersion").asInt(), "remedies", remedies)).status()).isEqualTo(409);
        assertThatThrownBy(() -> jdbc.sql("update monthly_report set figures = '{}' where id = ?").param(id).update())
                .hasMessageContaining("已报送的月度报表不得修改");

        // exported in the layout of the column map; each case figure equals the independent recount
        asHead1();
        byte[] xlsx = exports.monthly(head1(), id).bytes();
        Map<String, String> row = firstRow(xlsx);
        assertThat(row.get("填报单位")).isEqualTo("德令哈市交通运输局");
        assertThat(row.get("统计月份")).isEqualTo(MONTH);
        assertThat(row.get("行政复议收案（件）")).isEqualTo("1");
        expected.forEach((header, value) -> {
            String cell = row.get(header);
            if (header.contains("（元）")) {
                assertThat(new java.math.BigDecimal(cell)).as(header)
                        .isEqualByComparingTo(java.math.BigDecimal.valueOf(value, 2));
            } else {
                assertThat(cell).as(header).isEqualTo(Long.toString(value));
            }
        });
        assertThat(expected.get("简易程序（件）")).as("the demo data decides on-the-spot cases in 德令哈 this month").isPositive();

        // a correction is a new version with a reason; the submitted version stays as it was
        assertThat(head.post("/api/reporting/monthly/" + id + "/corrections", Map.of("reason", " ")).status()).isEqualTo(400);
        var corrected = head.post("/api/reporting/monthly/" + id + "/corrections", Map.of("reason", "补报一件复议案件的结果"));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("version").asInt()).isEqualTo(2);
        assertThat(corrected.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(corrected.json().get("correctionReason").asString()).isEqualTo("补报一件复议案件的结果");
        assertThat(head.get("/api/reporting/monthly/" + id).json().get("state").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void only_the_head_of_the_reporting_unit_submits_and_the_supervision_bureau_sees_the_flags() {
        assertThat(TestApi.as(port, "officer1").get("/api/reporting/submissions?month=" + MONTH).status()).isEqualTo(403);
        var supervisor = TestApi.as(port, "supervisor1");
        var drafted = supervisor.post("/api/reporting/monthly", Map.of("unitId", 10, "month", MONTH));
        assertThat(drafted.status()).isEqualTo(403);
        assertThat(drafted.json().get("article").asString()).contains("第九条");
        var flags = supervisor.get("/api/reporting/submissions?month=2026-10");
        assertThat(flags.status()).isEqualTo(200);
        assertThat(flags.json().size()).isEqualTo(7);
        // October 2026 was due on 5 November: nobody submitted it, so every unit is flagged missing
        flags.json().forEach(s -> assertThat(s.get("flag").asString()).isEqualTo("MISSING"));
        assertThat(TestApi.as(port, "head1").get("/api/reporting/submissions?month=2026-10").json().size()).isEqualTo(1);
    }

    static Map<String, String> firstRow(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("行政执法数据月报");
            Row header = s.getRow(1);
            Row data = s.getRow(2);
            Map<String, String> out = new LinkedHashMap<>();
            for (Cell h : header) {
                Cell c = data.getCell(h.getColumnIndex());
                String v = c == null ? "" : c.getCellType() == CellType.NUMERIC
                        ? new java.math.BigDecimal(Double.toString(c.getNumericCellValue())).stripTrailingZeros().toPlainString()
                        : c.getStringCellValue();
                out.put(h.getStringCellValue(), v);
            }
            return out;
        }
    }

    Actor head1() {
        long uid = jdbc.sql("select id from user_account where username = 'head1'").query(Long.class).single();
        return new Actor() {
            public long userId() { return uid; }
            public String username() { return "head1"; }
            public String displayName() { return "head1"; }
            public long unitId() { return 10; }
            public String unitName() { return "德令哈市交通运输局"; }
            public Set<String> roleCodes() { return Set.of("UNIT_HEAD"); }
        };
    }

    void asHead1() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(head1(), null, List.of()));
    }
}
