package org.zhifa.audit.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.zhifa.common.ChinaTime;

/** Writes audit records as CSV (streamed, unlimited) or Excel (streamed, capped at {@value #XLSX_MAX_ROWS} rows). */
@Service
public class AuditExport {

    /** Excel holds 1,048,576 rows per sheet; a round cap leaves room for the header and the note. */
    public static final int XLSX_MAX_ROWS = 1_000_000;

    static final String[] HEADERS = {"序号", "时间", "用户", "单位编号", "单位", "操作", "对象类型", "对象编号", "结果", "说明",
        "来源地址", "前一条哈希", "本条哈希（SM3）"};

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ChinaTime.ZONE);

    private final AuditSearch search;

    public AuditExport(AuditSearch search) {
        this.search = search;
    }

    public long writeCsv(AuditFilter filter, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        // BOM so that Excel opens the UTF-8 file with Chinese intact
        w.write('\uFEFF');
        writeCsvLine(w, HEADERS);
        long n;
        try {
            n = search.forEach(filter, Long.MAX_VALUE, row -> {
                try {
                    writeCsvLine(w, cells(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        return n;
    }

    public long writeXlsx(AuditFilter filter, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("审计日志");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            AtomicInteger rowIndex = new AtomicInteger(1);
            AtomicBoolean capped = new AtomicBoolean(false);
            // one beyond the cap tells us whether the export was cut short
            search.forEach(filter, XLSX_MAX_ROWS + 1L, record -> {
                if (rowIndex.get() > XLSX_MAX_ROWS) {
                    capped.set(true);
                    return;
                }
                Row row = sheet.createRow(rowIndex.getAndIncrement());
                String[] cells = cells(record);
                row.createCell(0).setCellValue(record.id());
                for (int i = 1; i < cells.length; i++) {
                    if (cells[i] != null) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            });
            if (capped.get()) {
                Row note = sheet.createRow(rowIndex.get() + 1);
                note.createCell(0).setCellValue("注：已达 Excel 导出上限 " + XLSX_MAX_ROWS
                        + " 行，其余记录未导出；请缩小时间范围分批导出，或改用 CSV 导出（不限行数）。");
            }
            workbook.write(out);
            out.flush();
            return rowIndex.get() - 1L;
        }
    }

    static String[] cells(AuditRecordRow r) {
        return new String[] {String.valueOf(r.id()), TIME.format(r.occurredAt()), r.username(),
            r.unitId() == null ? null : String.valueOf(r.unitId()), r.unitName(), r.action(), r.objectType(),
            r.objectId(), r.result().label(), r.detail(), r.sourceAddress(), r.prevHash(), r.hash()};
    }

    static void writeCsvLine(Writer w, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells[i]));
        }
        w.write("\r\n");
    }

    /** RFC 4180 quoting; a leading =+-@ is defused so that a spreadsheet never runs a value as a formula. */
    static String csvCell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
