package org.zhifa.inspection.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhifa.common.InvalidInputException;

/** Excel (.xlsx) ledgers and import sheets of the inspection module: one header row, then text cells. */
public final class Sheets {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Sheets() {
    }

    /** A workbook of one sheet; streamed, so that a ledger of many rows does not fill the heap. */
    public static byte[] write(String sheetName, List<String> header, Iterable<List<String>> rows, List<String> notes) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(12, Math.min(40, header.get(i).length() * 3)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
                }
            }
            if (notes != null && !notes.isEmpty()) {
                Sheet help = wb.createSheet("填写说明");
                for (int i = 0; i < notes.size(); i++) {
                    help.createRow(i).createCell(0).setCellValue(notes.get(i));
                }
                help.setColumnWidth(0, 120 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row read from a sheet: its number as Excel shows it (2 for the first data row) and its cells. */
    public record SheetRow(int number, List<String> cells) {

        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    /**
     * Reads the first sheet, checking that the first row starts with {@code header} (a trailing " *" allowed);
     * wholly empty rows are skipped.
     */
    public static List<SheetRow> read(InputStream in, List<String> header, int maxRows) {
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(0);
            for (int i = 0; i < header.size(); i++) {
                String h = head == null ? "" : text(head.getCell(i)).replace("*", "").strip();
                if (!h.equals(header.get(i))) {
                    throw new InvalidInputException("文件格式不正确：第1行第" + (i + 1) + "列应为“" + header.get(i)
                            + "”，请使用下载的模板");
                }
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < header.size(); c++) {
                    String v = text(row.getCell(c)).strip();
                    any |= !v.isEmpty();
                    cells.add(v);
                }
                if (any) {
                    rows.add(new SheetRow(i + 1, cells));
                }
                if (rows.size() > maxRows) {
                    throw new InvalidInputException("一次最多导入 " + maxRows + " 行");
                }
            }
            return rows;
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("无法读取该文件，请上传 .xlsx 格式的表格");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }
}
