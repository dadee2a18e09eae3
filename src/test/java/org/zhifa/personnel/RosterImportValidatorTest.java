package org.zhifa.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhifa.personnel.internal.RosterColumn;
import org.zhifa.personnel.internal.RosterImportValidator;
import org.zhifa.personnel.internal.RosterImportValidator.CheckedRow;
import org.zhifa.personnel.internal.RosterImportValidator.SheetRow;

/** Row-by-row checking of a roster sheet, with Chinese messages naming row and column. */
class RosterImportValidatorTest {

    static final String GOOD_ID = TestIds.valid("63289019850101001");

    final RosterImportValidator validator = new RosterImportValidator(new RosterImportValidator.Lookups() {
        @Override
        public Optional<Long> unitByName(String name) {
            return name.equals("德令哈市交通运输综合行政执法大队") ? Optional.of(11L)
                    : name.equals("格尔木市交通运输综合行政执法大队") ? Optional.of(21L) : Optional.empty();
        }

        @Override
        public boolean editable(long unitId) {
            return unitId == 11L;
        }

        @Override
        public boolean idNumberRegistered(IdCardNumber number) {
            return number.value().equals(TestIds.valid("63289019850101999"));
        }

        @Override
        public boolean certificateNumberRegistered(String number) {
            return number.equals("已有0001");
        }

        @Override
        public Optional<Long> officerInUnit(long unitId, String name) {
            return name.equals("李执法") ? Optional.of(1L) : Optional.empty();
        }
    }, LocalDate.of(2026, 11, 30));

    static SheetRow row(int n, Object... pairs) {
        Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
        cells.put(RosterColumn.NAME, "测试甲");
        cells.put(RosterColumn.GENDER, "男");
        cells.put(RosterColumn.ID_NUMBER, GOOD_ID);
        cells.put(RosterColumn.UNIT, "德令哈市交通运输综合行政执法大队");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                cells.remove((RosterColumn) pairs[i]);
            } else {
                cells.put((RosterColumn) pairs[i], (String) pairs[i + 1]);
            }
        }
        return new SheetRow(n, cells);
    }

    static List<String> messages(CheckedRow r) {
        return r.errors().stream().map(RosterImportValidator.RowError::text).toList();
    }

    @Test
    void a_complete_row_is_valid() {
        CheckedRow r = validator.check(List.of(row(2, RosterColumn.CERT_NUMBER, "新0001", RosterColumn.CERT_AUTHORITY,
                "青海省人民政府", RosterColumn.CERT_CATEGORIES, "公路路政、道路运政", RosterColumn.CERT_ISSUED_ON, "2023-01-01",
                RosterColumn.CERT_EXPIRES_ON, "2027-12-31"))).get(0);
        assertThat(r.errors()).isEmpty();
        assertThat(r.certificate().categorySet()).containsExactlyInAnyOrder(EnforcementCategory.HIGHWAY_ADMINISTRATION,
                EnforcementCategory.ROAD_TRANSPORT);
    }

    @Test
    void a_bad_id_checksum_is_reported_with_row_and_column() {
        String bad = GOOD_ID.substring(0, 17) + (GOOD_ID.charAt(17) == '1' ? "2" : "1");
        CheckedRow r = validator.check(List.of(row(5, RosterColumn.ID_NUMBER, bad))).get(0);
        assertThat(messages(r)).containsExactly("第5行【身份证号】身份证号校验位不正确");
    }

    @Test
    void a_missing_name_is_reported() {
        CheckedRow r = validator.check(List.of(row(3, RosterColumn.NAME, null))).get(0);
        assertThat(messages(r)).containsExactly("第3行【姓名】不能为空");
    }

    @Test
    void an_unknown_unit_and_a_unit_outside_the_scope_are_reported() {
        List<CheckedRow> rows = validator.check(List.of(row(2, RosterColumn.UNIT, "不存在的大队"),
                row(3, RosterColumn.UNIT, "格尔木市交通运输综合行政执法大队", RosterColumn.ID_NUMBER,
                        TestIds.valid("63289019850101002"))));
        assertThat(messages(rows.get(0))).containsExactly("第2行【所属单位】单位“不存在的大队”不存在，请填写单位全称");
        assertThat(messages(rows.get(1))).containsExactly("第3行【所属单位】无权向“格尔木市交通运输综合行政执法大队”导入人员");
    }

    @Test
    void a_duplicate_certificate_number_in_the_file_or_in_the_system_is_reported() {
        Object[] cert = {RosterColumn.CERT_AUTHORITY, "青海省人民政府", RosterColumn.CERT_CATEGORIES, "道路运政",
            RosterColumn.CERT_ISSUED_ON, "2023-01-01", RosterColumn.CERT_EXPIRES_ON, "2027-12-31"};
        List<CheckedRow> rows = validator.check(List.of(
                row(2, with(cert, RosterColumn.CERT_NUMBER, "新0002")),
                row(3, with(with(cert, RosterColumn.CERT_NUMBER, "新0002"), RosterColumn.ID_NUMBER,
                        TestIds.valid("63289019850101003"))),
                row(4, with(with(cert, RosterColumn.CERT_NUMBER, "已有0001"), RosterColumn.ID_NUMBER,
                        TestIds.valid("63289019850101004")))));
        assertThat(rows.get(0).valid()).isTrue();
        assertThat(messages(rows.get(1))).containsExactly("第3行【执法证号】与第2行的执法证号重复");
        assertThat(messages(rows.get(2))).containsExactly("第4行【执法证号】执法证号“已有0001”已登记在系统中");
    }

    @Test
    void an_id_number_already_registered_or_repeated_in_the_file_is_reported() {
        List<CheckedRow> rows = validator.check(List.of(row(2), row(3),
                row(4, RosterColumn.ID_NUMBER, TestIds.valid("63289019850101999"))));
        assertThat(messages(rows.get(1))).containsExactly("第3行【身份证号】与第2行的身份证号重复");
        assertThat(messages(rows.get(2))).containsExactly("第4行【身份证号】该身份证号已登记在系统中");
    }

    @Test
    void auxiliary_staff_cannot_be_given_a_certificate_and_need_a_responsible_officer() {
        CheckedRow r = validator.check(List.of(row(2, RosterColumn.KIND, "执法辅助人员", RosterColumn.CERT_NUMBER,
                "新0003"))).get(0);
        assertThat(messages(r)).contains("第2行【执法证号】辅助人员不得申领行政执法证件（《行政处罚法》第四十二条）")
                .anyMatch(m -> m.contains("【责任执法人员】"));
        CheckedRow ok = validator.check(List.of(row(2, RosterColumn.KIND, "执法辅助人员", RosterColumn.RESPONSIBLE,
                "李执法"))).get(0);
        assertThat(ok.errors()).isEmpty();
    }

    static Object[] with(Object[] pairs, RosterColumn c, String v) {
        Object[] out = java.util.Arrays.copyOf(pairs, pairs.length + 2);
        out[pairs.length] = c;
        out[pairs.length + 1] = v;
        return out;
    }
}
