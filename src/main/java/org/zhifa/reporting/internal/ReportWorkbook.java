package org.zhifa.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.zhifa.common.ChinaTime;
import org.zhifa.reporting.Figure;

/** The monthly report as an Excel workbook in the layout of the {@link ColumnMap}: title row, header row, data rows. */
@Component
public class ReportWorkbook {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

    private final ColumnMap map;

    ReportWorkbook(ColumnMap map) {
        this.map = map;
    }

    /** One data row of the layout. */
    public record RowData(String unit, String unitCode, String month, Integer version, java.time.Instant submittedAt,
            String submittedBy, Map<String, Long> figures, Map<String, Long> entered) {
    }

    public byte[] write(List<RowData> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(map.sheet());
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            List<ColumnMap.Column> columns = map.columns();
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(map.title());
            title.getCell(0).setCellStyle(bold);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            }
            Row header = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(columns.get(i).header());
                c.setCellStyle(bold);
            }
            int r = 2;
            for (RowData data : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    ColumnMap.Column col = columns.get(i);
                    Cell cell = row.createCell(i);
                    if (col.field() != null) {
                        String v = switch (col.field()) {
                            case "unit" -> data.unit();
                            case "unitCode" -> data.unitCode();
                            case "month" -> data.month();
                            case "version" -> data.version() == null ? "" : "第" + data.version() + "版";
                            case "submittedAt" -> data.submittedAt() == null ? "未报送" : AT.format(data.submittedAt());
                            case "submittedBy" -> data.submittedBy() == null ? "" : data.submittedBy();
                            default -> throw new IllegalStateException(col.field());
                        };
                        cell.setCellValue(v);
                        continue;
                    }
                    Figure f = col.figure();
                    Long v = f.kind() == Figure.Kind.ENTERED ? data.entered().get(f.key()) : data.figures().get(f.key());
                    if (v == null) {
                        cell.setCellValue(f.kind() == Figure.Kind.ENTERED ? "未填报" : "未接入");
                    } else if (f.kind() == Figure.Kind.MONEY) {
                        cell.setCellValue(BigDecimal.valueOf(v, 2).doubleValue());
                        cell.setCellStyle(money);
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, Math.min(40, Math.max(8, columns.get(i).header().length() * 2 + 2)) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
