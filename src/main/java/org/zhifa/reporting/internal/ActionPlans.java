package org.zhifa.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;

/**
 * Action plans as data: measures and the annex-1 task table, loaded from the built-in CSV files of the 2024 plan or
 * imported from an Excel workbook with the same columns (sheets 措施 and 任务). A plan is loaded once; its code is
 * unique.
 */
@Service
public class ActionPlans {

    public static final List<String> MEASURE_COLUMNS = List.of("措施序号", "措施", "内容");
    public static final List<String> TASK_COLUMNS = List.of("任务序号", "措施序号", "重点任务", "主要措施", "责任单位", "完成时限", "备注");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ActionPlans(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record Plan(long id, String code, String title, String document) {
    }

    public List<Plan> plans() {
        return jdbc.sql("select id, code, title, document from action_plan order by id")
                .query((rs, i) -> new Plan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from action_plan where code = ?").param(code).query(Long.class).single() > 0;
    }

    /** Loads a plan from rows (each a list of cells in the column order above). */
    @Transactional
    public long load(String code, String title, String document, List<List<String>> measures, List<List<String>> tasks,
            String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (code == null || code.isBlank()) {
            errors.put("code", "请填写方案代码");
        }
        if (title == null || title.isBlank()) {
            errors.put("title", "请填写方案名称");
        }
        if (tasks.isEmpty()) {
            errors.put("任务", "任务表为空");
        }
        for (int i = 0; i < tasks.size(); i++) {
            List<String> t = tasks.get(i);
            if (cell(t, 0).isBlank() || !cell(t, 0).matches("\\d+")) {
                errors.put("任务第" + (i + 2) + "行", "任务序号应为整数");
            } else if (cell(t, 3).isBlank() || cell(t, 4).isBlank()) {
                errors.put("任务第" + (i + 2) + "行", "缺少主要措施或责任单位");
            } else if (!cell(t, 1).isBlank() && !cell(t, 1).matches("\\d+")) {
                errors.put("任务第" + (i + 2) + "行", "措施序号应为整数");
            }
        }
        for (int i = 0; i < measures.size(); i++) {
            if (!cell(measures.get(i), 0).matches("\\d+") || cell(measures.get(i), 1).isBlank()) {
                errors.put("措施第" + (i + 2) + "行", "措施序号应为整数，措施不能为空");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("方案数据有误：" + String.join("；", errors.keySet()), errors);
        }
        if (exists(code.strip())) {
            throw new ConflictException("方案 " + code.strip() + " 已载入");
        }
        long planId = jdbc.sql("""
                insert into action_plan (code, title, document, loaded_at, loaded_by) values (?, ?, ?, ?, ?) returning id
                """).params(code.strip(), title.strip(), document, Timestamp.from(clock.instant()), by)
                .query(Long.class).single();
        for (List<String> m : measures) {
            jdbc.sql("insert into action_measure (plan_id, number, title, content) values (?, ?, ?, ?)")
                    .params(planId, Integer.parseInt(cell(m, 0)), cell(m, 1), cell(m, 2).isBlank() ? cell(m, 1) : cell(m, 2))
                    .update();
        }
        for (List<String> t : tasks) {
            Deadlines.Deadline d = Deadlines.parse(cell(t, 5));
            jdbc.sql("""
                    insert into action_task (plan_id, number, measure_no, section, content, responsible, deadline_text,
                                             due_on, annual_due, proof)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(planId, Integer.parseInt(cell(t, 0)), cell(t, 1).isBlank() ? null : Integer.parseInt(cell(t, 1)),
                    blankToNull(cell(t, 2)), cell(t, 3), cell(t, 4), blankToNull(cell(t, 5)), d.dueOn(),
                    d.annualDue() == null ? null : d.annualDue().toString().substring(2),
                    Proof.of(cell(t, 3)).map(Enum::name).orElse(null)).update();
        }
        audit.success("ACTION_PLAN_LOADED", "ACTION_PLAN", planId, "载入方案 " + title.strip() + "：措施 " + measures.size()
                + " 项、任务 " + tasks.size() + " 项");
        return planId;
    }

    /** Imports a plan from an Excel workbook with the sheets 措施 (optional) and 任务. */
    public long importWorkbook(String code, String title, String document, InputStream xlsx, String by) {
        try (Workbook wb = WorkbookFactory.create(xlsx)) {
            Sheet tasks = wb.getSheet("任务");
            if (tasks == null) {
                throw new InvalidInputException("工作簿中没有“任务”工作表", Map.of("file", "缺少“任务”工作表"));
            }
            requireHeader(tasks, TASK_COLUMNS);
            Sheet measures = wb.getSheet("措施");
            if (measures != null) {
                requireHeader(measures, MEASURE_COLUMNS);
            }
            return load(code, title, document, measures == null ? List.of() : rows(measures, MEASURE_COLUMNS.size()),
                    rows(tasks, TASK_COLUMNS.size()), by);
        } catch (IOException | org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new InvalidInputException("无法读取 Excel 文件", Map.of("file", "不是有效的 Excel 文件"));
        }
    }

    private static void requireHeader(Sheet sheet, List<String> columns) {
        Row h = sheet.getRow(0);
        DataFormatter f = new DataFormatter();
        for (int i = 0; i < columns.size(); i++) {
            String v = h == null || h.getCell(i) == null ? "" : f.formatCellValue(h.getCell(i)).strip();
            if (!columns.get(i).equals(v)) {
                throw new InvalidInputException("“" + sheet.getSheetName() + "”工作表第" + (i + 1) + "列应为“" + columns.get(i) + "”",
                        Map.of("file", "表头应为 " + String.join("、", columns)));
            }
        }
    }

    private static List<List<String>> rows(Sheet sheet, int width) {
        DataFormatter f = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                String v = cell == null ? "" : f.formatCellValue(cell).strip();
                any |= !v.isEmpty();
                cells.add(v);
            }
            if (any) {
                out.add(cells);
            }
        }
        return out;
    }

    /** Reads the built-in CSV (UTF-8, header row, RFC 4180 quoting). */
    public static List<List<String>> csv(InputStream in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int c;
            while ((c = r.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        r.mark(1);
                        int next = r.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (next == -1) {
                                break;
                            }
                            ch = (char) next;
                            if (ch == ',') {
                                row.add(cell.toString());
                                cell.setLength(0);
                            } else if (ch == '\n') {
                                row.add(cell.toString());
                                cell.setLength(0);
                                rows.add(row);
                                row = new ArrayList<>();
                            } else if (ch != '\r') {
                                cell.append(ch);
                            }
                        }
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (ch == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (ch != '\r') {
                    cell.append(ch);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
        }
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).strip() : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
