package org.zhifa.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The ledger as an .xlsx sheet (the 培训台账 units keep). */
public final class LedgerWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private LedgerWorkbook() {
    }

    public static byte[] export(int year, List<LedgerLine> lines) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(year + "年培训台账");
            String[] head = {"姓名", "单位", "公共法律知识", "业务知识", "执法技能", "计入学时合计", "政治理论（不计入）",
                "目标学时", "尚缺学时", "是否达标"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
                sheet.setColumnWidth(i, (i == 1 ? 32 : 14) * 256);
            }
            int r = 1;
            for (LedgerLine l : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.name());
                row.createCell(1).setCellValue(l.unitName());
                row.createCell(2).setCellValue(l.hours().legal().doubleValue());
                row.createCell(3).setCellValue(l.hours().business().doubleValue());
                row.createCell(4).setCellValue(l.hours().skills().doubleValue());
                row.createCell(5).setCellValue(l.counted().doubleValue());
                row.createCell(6).setCellValue(l.hours().political().doubleValue());
                row.createCell(7).setCellValue(l.target().doubleValue());
                row.createCell(8).setCellValue(l.missing().doubleValue());
                row.createCell(9).setCellValue(l.belowTarget() ? "未达标" : "达标");
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
