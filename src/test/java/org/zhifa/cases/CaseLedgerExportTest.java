package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The case list and the deadline board download as Excel ledgers, within the user's data scope. */
@ZhifaIntegrationTest
class CaseLedgerExportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private XSSFWorkbook download(String user, String path) throws Exception {
        var r = WebSession.login(port, user, TestApi.DEMO_PASSWORD).download(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats");
        return new XSSFWorkbook(new ByteArrayInputStream(r.body()));
    }

    @Test
    void the_case_ledger_lists_every_case_of_the_filter_in_the_users_scope() throws Exception {
        long gelmud = jdbc.sql("select count(*) from penalty_case where unit_id = 21 and state = 'REGISTERED'")
                .query(Long.class).single();
        try (var wb = download("officer3", "/cases/export.xlsx?state=REGISTERED")) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案号");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) gelmud);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).isEqualTo("案源登记");
            }
        }
    }

    @Test
    void the_clue_ledger_downloads_with_beijing_times() throws Exception {
        long pending = jdbc.sql("select count(*) from nonsite_clue where status = 'PENDING' and unit_id = 11")
                .query(Long.class).single();
        try (var wb = download("officer1", "/nonsite/clues/export.xlsx?status=PENDING")) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("检测时间");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) Math.min(pending, 10_000));
        }
    }

    @Test
    void the_publication_and_complaint_ledgers_download_with_their_headers() throws Exception {
        try (var wb = download("head1", "/publicity/publications/export.xlsx?open=false")) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("决定书文号");
        }
        try (var wb = download("supervisor1", "/publicity/complaints/export.xlsx")) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
        }
    }

    @Test
    void the_deadline_board_downloads_with_its_header() throws Exception {
        try (var wb = download("head1", "/cases/deadlines/export.xlsx")) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("到期日");
        }
    }
}
