package org.zhifa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.common.Actor;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import org.zhifa.training.internal.ExamImport;

/** Exam results imported from Excel: all or nothing, problems per row in Chinese. */
@ZhifaIntegrationTest
class ExamImportTest {

    @Autowired
    ExamImport examImport;

    @Autowired
    JdbcClient jdbc;

    Actor head1() {
        long id = jdbc.sql("select id from user_account where username = 'head1'").query(Long.class).single();
        Actor actor = new Actor() {
            public long userId() { return id; }
            public String username() { return "head1"; }
            public String displayName() { return "周局长（演示）"; }
            public long unitId() { return 10; }
            public String unitName() { return "德令哈市交通运输局"; }
            public Set<String> roleCodes() { return Set.of("UNIT_HEAD"); }
        };
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(actor, null, List.of()));
        return actor;
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static byte[] sheet(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet();
            Row head = s.createRow(0);
            for (int i = 0; i < ExamImport.COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(ExamImport.COLUMNS.get(i));
            }
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                for (int j = 0; j < rows[i].length; j++) {
                    r.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    long results(String exam) {
        return jdbc.sql("select count(*) from exam_result where exam_name = ?").param(exam).query(Long.class).single();
    }

    @Test
    void a_sheet_with_one_bad_row_imports_nothing_and_a_clean_one_imports_all() throws IOException {
        Actor actor = head1();
        String exam = "导入测试考试";
        byte[] bad = sheet(new String[] {"李执法", "德令哈市交通运输综合行政执法大队", exam, "2025-06-01", "88"},
                new String[] {"吴执法", "格尔木市交通运输综合行政执法大队", exam, "2025-06-01", "70"},
                new String[] {"王执法", "德令哈市交通运输综合行政执法大队", exam, "2025-06-01", "八十"});
        ExamImport.Result refused = examImport.run(actor, new ByteArrayInputStream(bad));
        assertThat(refused.imported()).isZero();
        assertThat(refused.errors()).containsExactly("第3行【所属单位】无权登记“格尔木市交通运输综合行政执法大队”的成绩",
                "第4行【成绩】应为数字");
        assertThat(results(exam)).isZero();

        byte[] good = sheet(new String[] {"李执法", "德令哈市交通运输综合行政执法大队", exam, "2025-06-01", "88"},
                new String[] {"王执法", "德令哈市交通运输综合行政执法大队", exam, "2025-06-01", "52"});
        ExamImport.Result ok = examImport.run(actor, new ByteArrayInputStream(good));
        assertThat(ok.imported()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from exam_result where exam_name = ? and passed").param(exam)
                .query(Long.class).single()).isEqualTo(1);
    }
}
