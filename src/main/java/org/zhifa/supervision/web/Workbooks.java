package org.zhifa.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Excel exports of supervision lists: one sheet per table, a header row, values as text or numbers. */
final class Workbooks {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private Workbooks() {
    }

    static ResponseEntity<byte[]> xlsx(String filename, List<Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Table t : tables) {
                Sheet sheet = wb.createSheet(t.name());
                Row h = sheet.createRow(0);
                for (int i = 0; i < t.header().size(); i++) {
                    h.createCell(i).setCellValue(t.header().get(i));
                }
                int r = 1;
                for (List<Object> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof Number n) {
                            row.createCell(i).setCellValue(n.doubleValue());
                        } else {
                            row.createCell(i).setCellValue(v == null ? "" : v.toString());
                        }
                    }
                }
            }
            wb.write(out);
            return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8)
                            .build().toString()).body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
