package org.zhifa.personnel.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhifa.common.InvalidInputException;
import org.zhifa.personnel.EnforcementCategory;

/** Reads and writes roster sheets (.xlsx). */
public final class RosterWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_ROWS = 5000;

    private RosterWorkbook() {
    }

    /** The import template: header row, an example row and a sheet of allowed values. */
    public static byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("执法人员名册");
            header(wb, sheet);
            Row example = sheet.createRow(1);
            String[] values = {"张示例", "男", "汉族", "632890199001010011（示例，请替换）", "德令哈市交通运输综合行政执法大队",
                "执法人员", "大学本科", "执法队员", "参照公务员法管理", "2015-07-01", "否", "", "否", "63280020150001",
                "青海省人民政府", "公路路政、道路运政", "2023-01-01", "2027-12-31", ""};
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }
            Sheet help = wb.createSheet("填写说明");
            List<String> lines = new ArrayList<>(List.of(
                    "带 * 的列必填；第2行是示例，导入前请删除。",
                    "身份证号为18位，系统校验末位校验码；导入后加密保存。",
                    "所属单位填写单位全称；只能导入本人可管理的单位。",
                    "人员类别：执法人员 / 执法辅助人员（辅助人员不得登记执法证，须填写责任执法人员姓名）。",
                    "学历：" + labels(Education.values(), Education::label),
                    "用人方式：" + labels(EmploymentType.values(), EmploymentType::label),
                    "法律职业资格、法制审核人员：是 / 否。",
                    "执法门类（可多个，以顿号分隔）：" + labels(EnforcementCategory.values(), EnforcementCategory::label),
                    "日期格式：YYYY-MM-DD。",
                    "任何一行有错误时默认不导入；如需只导入无误的行，请在导入页选择“仅导入有效行”。"));
            for (int i = 0; i < lines.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            help.setColumnWidth(0, 120 * 256);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <E> String labels(E[] values, Function<E, String> label) {
        return String.join("、", java.util.Arrays.stream(values).map(label).toList());
    }

    private static void header(Workbook wb, Sheet sheet) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row head = sheet.createRow(0);
        for (RosterColumn c : RosterColumn.values()) {
            Cell cell = head.createCell(c.ordinal());
            cell.setCellValue(c.title() + (c.required() ? " *" : ""));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c.ordinal(), (c == RosterColumn.UNIT || c == RosterColumn.ID_NUMBER ? 30 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Reads the first sheet; rows that are entirely empty are skipped. */
    public static List<RosterImportValidator.SheetRow> read(InputStream in) {
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(0);
            if (head == null || !text(head.getCell(0)).startsWith(RosterColumn.NAME.title())) {
                throw new InvalidInputException("文件格式不正确：第1行应为表头（姓名、性别、民族……），请使用下载的模板");
            }
            List<RosterImportValidator.SheetRow> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
                boolean any = false;
                for (RosterColumn c : RosterColumn.values()) {
                    String v = text(row.getCell(c.ordinal()));
                    if (!v.isBlank()) {
                        cells.put(c, v.trim());
                        any = true;
                    }
                }
                if (any) {
                    rows.add(new RosterImportValidator.SheetRow(i + 1, cells));
                }
                if (rows.size() > MAX_ROWS) {
                    throw new InvalidInputException("一次最多导入 " + MAX_ROWS + " 行");
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException("无法读取该文件，请上传 .xlsx 格式的名册");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                double d = cell.getNumericCellValue();
                return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "是" : "否";
            default:
                return "";
        }
    }

    /** The roster export: the same columns as the template, ID numbers masked (personal data never leaves whole). */
    public static byte[] export(List<OfficerRow> rows, Map<Long, String> unitNames, LocalDate today) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("执法人员名册");
            header(wb, sheet);
            int i = 1;
            for (OfficerRow r : rows) {
                Row row = sheet.createRow(i++);
                row.createCell(RosterColumn.NAME.ordinal()).setCellValue(r.name());
                row.createCell(RosterColumn.GENDER.ordinal()).setCellValue(r.gender().label());
                row.createCell(RosterColumn.ID_NUMBER.ordinal()).setCellValue(r.idMasked());
                row.createCell(RosterColumn.UNIT.ordinal()).setCellValue(unitNames.getOrDefault(r.unitId(), ""));
                row.createCell(RosterColumn.KIND.ordinal()).setCellValue(r.kind().label());
                row.createCell(RosterColumn.POST.ordinal()).setCellValue(r.post() == null ? "" : r.post());
                row.createCell(RosterColumn.LEGAL_QUALIFICATION.ordinal()).setCellValue(r.legalQualification() ? "是" : "否");
                row.createCell(RosterColumn.LEGAL_REVIEWER.ordinal()).setCellValue(r.legalReviewer() ? "是" : "否");
                row.createCell(RosterColumn.CERT_NUMBER.ordinal()).setCellValue(r.certNumber() == null ? "" : r.certNumber());
                row.createCell(RosterColumn.CERT_EXPIRES_ON.ordinal()).setCellValue(
                        r.certExpiresOn() == null ? "" : r.certExpiresOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
                row.createCell(RosterColumn.values().length).setCellValue(
                        r.certState() == null ? "未持证" : r.certState().label());
                row.createCell(RosterColumn.values().length + 1).setCellValue(r.status().label()
                        + (r.leftOn() == null ? "" : " " + r.leftOn()));
            }
            Row head = sheet.getRow(0);
            head.createCell(RosterColumn.values().length).setCellValue("证件状态（" + today + "）");
            head.createCell(RosterColumn.values().length + 1).setCellValue("在岗状态");
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
