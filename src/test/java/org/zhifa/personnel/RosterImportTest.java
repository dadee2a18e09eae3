package org.zhifa.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.common.Actor;
import org.zhifa.personnel.internal.RosterColumn;
import org.zhifa.personnel.internal.RosterImport;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Roster import against the real database: all or nothing unless “仅导入有效行” is chosen. */
@ZhifaIntegrationTest
class RosterImportTest {

    @Autowired
    RosterImport rosterImport;

    @Autowired
    JdbcClient jdbc;

    /** head1 (unit head of 德令哈市交通运输局, id looked up) as the acting user. */
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

    static byte[] sheet(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet();
            Row head = s.createRow(0);
            for (RosterColumn c : RosterColumn.values()) {
                head.createCell(c.ordinal()).setCellValue(c.title());
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

    long count() {
        return jdbc.sql("select count(*) from officer").query(Long.class).single();
    }

    @Test
    void one_bad_row_and_nothing_is_imported_unless_valid_rows_only_is_chosen() throws IOException {
        Actor actor = head1();
        String good = TestIds.valid("63289119920202011");
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? "2" : "1");
        byte[] file = sheet(
                new String[] {"导入甲", "男", "汉族", good, "德令哈市交通运输综合行政执法大队", "执法人员", "", "执法队员", "", "", "否",
                    "", "否", "导入证0001", "青海省人民政府", "道路运政", "2024-01-01", "2028-12-31"},
                new String[] {"导入乙", "女", "藏族", bad, "德令哈市交通运输综合行政执法大队"});
        long before = count();
        RosterImport.Result refused = rosterImport.run(actor, new ByteArrayInputStream(file), false);
        assertThat(refused.imported()).isZero();
        assertThat(refused.errors()).extracting(e -> e.text()).containsExactly("第3行【身份证号】身份证号校验位不正确");
        assertThat(count()).isEqualTo(before);

        RosterImport.Result partial = rosterImport.run(actor, new ByteArrayInputStream(file), true);
        assertThat(partial.imported()).isEqualTo(1);
        assertThat(count()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from enforcement_certificate where number = '导入证0001'")
                .query(Long.class).single()).isEqualTo(1);
        SecurityContextHolder.clearContext();
    }
}
