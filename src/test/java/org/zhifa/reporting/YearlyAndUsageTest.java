package org.zhifa.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.reporting.internal.WorkReportDocx;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The 2026 yearly data published on the portal, the yearly work report as DOCX, the usage rate and its bulletin. */
@ZhifaIntegrationTest
class YearlyAndUsageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkReportDocx workReport;

    @Autowired
    org.zhifa.reporting.internal.UsageRates usage;

    static java.io.InputStream xlsx(String[]... rows) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("月份");
            h.createCell(1).setCellValue("纸质登记案件数");
            for (int i = 0; i < rows.length; i++) {
                var r = sheet.createRow(i + 1);
                r.createCell(0).setCellValue(rows[i][0]);
                r.createCell(1).setCellValue(rows[i][1]);
            }
            wb.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_2026_yearly_data_is_published_on_the_portal() {
        assertThat(TestApi.as(port, "head1").post("/api/reporting/yearly/2026/publish", Map.of()).status()).isEqualTo(403);
        var published = TestApi.as(port, "head0").post("/api/reporting/yearly/2026/publish", Map.of());
        assertThat(published.status()).isEqualTo(200);
        var pub = TestApi.anonymous(port).get("/api/public/statistics/2026");
        assertThat(pub.status()).isEqualTo(200);
        long total = pub.json().get("全州合计").get("cases.filed").asLong();
        long recount = jdbc.sql("select count(*) from penalty_case where filed_on >= date '2026-01-01' and filed_on < date '2027-01-01'")
                .query(Long.class).single();
        assertThat(total).isEqualTo(recount).isPositive();
        assertThat(pub.json().get("德令哈市交通运输局")).isNotNull();
        var page = TestApi.anonymous(port).get("/public/statistics/2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2026", "年度行政执法数据", "立案数", "id=\"public-yearly\"", "table-striped")
                .contains("<td class=\"text-end\">" + total + "</td>");
        // the internal page shows the same table (one fragment, reporting/yearly-table)
        String internal = WebSession.login(port, "head0", TestApi.DEMO_PASSWORD).get("/reporting/yearly?year=2026").body();
        assertThat(internal).contains("id=\"yearly\"", "立案数", "全州合计", "<td class=\"text-end\">" + total + "</td>");
        assertThat(TestApi.anonymous(port).get("/api/public/statistics/2019").status()).isEqualTo(404);
    }

    @Test
    void the_yearly_work_report_is_drafted_as_docx_from_the_data() throws IOException {
        Actor head1 = new Actor() {
            public long userId() { return 1; }
            public String username() { return "head1"; }
            public String displayName() { return "head1"; }
            public long unitId() { return 10; }
            public String unitName() { return "德令哈市交通运输局"; }
            public Set<String> roleCodes() { return Set.of("UNIT_HEAD"); }
        };
        byte[] docx = workReport.draft(head1, 10, 2026);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            long filed = jdbc.sql("select count(*) from penalty_case where unit_id in (10, 11) and filed_on >= date '2026-01-01'"
                    + " and filed_on < date '2027-01-01'").query(Long.class).single();
            assertThat(all).contains("德令哈市交通运输局2026年度行政执法工作情况报告", "一、行政执法人员培训情况",
                    "二、行政执法“三项制度”落实情况", "三、行政复议和行政诉讼情况", "四、其他重大行政执法活动",
                    "全年立案 " + filed + " 件", "-03-15制定（第一季度内）");
        }
    }

    @Test
    void the_usage_rate_prints_its_definition_and_the_bulletin_names_units_below_90_percent() {
        TestApi head = TestApi.as(port, "head1");
        String month = YearMonth.now(ChinaTime.ZONE).toString();
        var rates = head.post("/api/reporting/usage/paper", Map.of("unitId", 10, "month", month, "cases", 3));
        assertThat(rates.status()).isEqualTo(200);
        var row = rates.json().get(0);
        assertThat(row.get("definition").asString()).contains("较低者");
        long zhifa = row.get("zhifaCases").asLong();
        assertThat(row.get("paperCases").asLong()).isEqualTo(3);
        assertThat(row.get("casesRate").decimalValue()).isEqualByComparingTo(
                zhifa + 3 == 0 ? java.math.BigDecimal.valueOf(100) :
                java.math.BigDecimal.valueOf(zhifa * 100.0 / (zhifa + 3)).setScale(1, java.math.RoundingMode.HALF_UP));
        assertThat(head.post("/api/reporting/usage/paper", Map.of("unitId", 20, "month", month, "cases", 3)).status())
                .isEqualTo(403);

        // or imported from Excel, all rows or none
        Actor head1 = new Actor() {
            public long userId() { return 1; }
            public String username() { return "head1"; }
            public String displayName() { return "head1"; }
            public long unitId() { return 10; }
            public String unitName() { return "德令哈市交通运输局"; }
            public Set<String> roleCodes() { return Set.of("UNIT_HEAD"); }
        };
        assertThat(usage.importPaperCounts(head1, xlsx(new String[] {"2026-01", "4"}, new String[] {"2026-02", "0"}))).isEqualTo(2);
        assertThat(jdbc.sql("select cases from usage_register_count where unit_id = 10 and month = date '2026-01-01'")
                .query(Integer.class).single()).isEqualTo(4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> usage.importPaperCounts(head1,
                xlsx(new String[] {"2026-03", "5"}, new String[] {"三月", "x"}))).hasMessageContaining("第3行");
        assertThat(jdbc.sql("select count(*) from usage_register_count where unit_id = 10 and month = date '2026-03-01'")
                .query(Long.class).single()).isZero();

        // the last ended quarter: no unit entered its paper register, so every unit is named
        YearMonth lastQuarterEnd = YearMonth.now(ChinaTime.ZONE).minusMonths((YearMonth.now(ChinaTime.ZONE).getMonthValue() - 1) % 3 + 1);
        int quarter = (lastQuarterEnd.getMonthValue() - 1) / 3 + 1;
        assertThat(head.post("/api/reporting/usage/bulletins", Map.of("year", lastQuarterEnd.getYear(), "quarter", quarter))
                .status()).isEqualTo(403);
        var bulletin = TestApi.as(port, "supervisor1").post("/api/reporting/usage/bulletins",
                Map.of("year", lastQuarterEnd.getYear(), "quarter", quarter));
        assertThat(bulletin.status()).isEqualTo(200);
        assertThat(bulletin.json().get("named").toString()).contains("德令哈市交通运输局");
        assertThat(TestApi.as(port, "supervisor1").post("/api/reporting/usage/bulletins",
                Map.of("year", LocalDate.now(ChinaTime.ZONE).getYear(), "quarter", (LocalDate.now(ChinaTime.ZONE).getMonthValue() - 1) / 3 + 1)).status())
                .as("the current quarter has not ended").isEqualTo(400);
    }
}
