package org.zhifa.training.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerView;

/**
 * Imports exam results from a sheet with the columns 姓名, 所属单位, 考试名称, 考试日期, 成绩, 是否合格 (optional).
 * All or nothing: any bad row and nothing is saved, every problem is listed with its row.
 */
@Service
public class ExamImport {

    public static final List<String> COLUMNS = List.of("姓名", "所属单位", "考试名称", "考试日期", "成绩", "是否合格");

    private final RecordService records;
    private final OfficerDirectory directory;
    private final OrgUnits units;
    private final TrainingAccess access;
    private final AuditTrail audit;

    ExamImport(RecordService records, OfficerDirectory directory, OrgUnits units, TrainingAccess access,
            AuditTrail audit) {
        this.records = records;
        this.directory = directory;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    public record Result(int rows, int imported, List<String> errors) {
    }

    private record Line(long officerId, String exam, LocalDate date, BigDecimal score, Boolean passed) {
    }

    @Transactional
    public Result run(Actor actor, InputStream xlsx) {
        List<String> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        int read = 0;
        try (Workbook wb = WorkbookFactory.create(xlsx)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                String[] c = new String[COLUMNS.size()];
                boolean any = false;
                for (int j = 0; j < c.length; j++) {
                    Cell cell = row.getCell(j);
                    if (cell != null && j == 3 && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && DateUtil.isCellDateFormatted(cell)) {
                        c[j] = cell.getLocalDateTimeCellValue().toLocalDate().toString();
                    } else {
                        c[j] = cell == null ? "" : fmt.formatCellValue(cell).trim();
                    }
                    any |= !c[j].isEmpty();
                }
                if (any) {
                    read++;
                    check(actor, i + 1, c, errors).ifPresent(lines::add);
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInputException("无法读取该文件，请上传 .xlsx 格式的成绩表（列：" + String.join("、", COLUMNS) + "）");
        }
        if (!errors.isEmpty() || lines.isEmpty()) {
            audit.refused("EXAM_RESULTS_IMPORT", "EXAM_RESULT", null, "成绩导入未执行：" + errors.size() + " 处错误");
            return new Result(read, 0, errors);
        }
        for (Line l : lines) {
            records.recordExam(actor, l.officerId(), l.exam(), l.date(), l.score(), l.passed());
        }
        audit.success("EXAM_RESULTS_IMPORT", "EXAM_RESULT", null, "导入考试成绩 " + lines.size() + " 条");
        return new Result(lines.size(), lines.size(), List.of());
    }

    private Optional<Line> check(Actor actor, int row, String[] c, List<String> errors) {
        int before = errors.size();
        for (int j = 0; j < 5; j++) {
            if (c[j].isEmpty()) {
                errors.add("第" + row + "行【" + COLUMNS.get(j) + "】不能为空");
            }
        }
        Long officerId = null;
        if (!c[0].isEmpty() && !c[1].isEmpty()) {
            Optional<OrgUnitView> unit = units.findByName(c[1]);
            if (unit.isEmpty()) {
                errors.add("第" + row + "行【所属单位】单位“" + c[1] + "”不存在");
            } else if (!access.edits(actor, unit.get().id())) {
                errors.add("第" + row + "行【所属单位】无权登记“" + c[1] + "”的成绩");
            } else {
                List<OfficerView> matches = directory.inPost(List.of(unit.get().id()), false).stream()
                        .filter(o -> o.name().equals(c[0])).toList();
                if (matches.size() != 1) {
                    errors.add("第" + row + "行【姓名】" + (matches.isEmpty() ? "该单位没有在岗执法人员“" + c[0] + "”"
                            : "该单位有多名“" + c[0] + "”，请逐条登记"));
                } else {
                    officerId = matches.get(0).id();
                }
            }
        }
        LocalDate date = null;
        if (!c[3].isEmpty()) {
            try {
                date = LocalDate.parse(c[3].replace('/', '-').replace('.', '-'));
            } catch (DateTimeParseException e) {
                errors.add("第" + row + "行【考试日期】日期格式应为 YYYY-MM-DD");
            }
        }
        BigDecimal score = null;
        if (!c[4].isEmpty()) {
            try {
                score = new BigDecimal(c[4]);
                if (score.signum() < 0 || score.compareTo(new BigDecimal("1000")) > 0) {
                    errors.add("第" + row + "行【成绩】成绩不正确");
                }
            } catch (NumberFormatException e) {
                errors.add("第" + row + "行【成绩】应为数字");
            }
        }
        Boolean passed = null;
        if (!c[5].isEmpty()) {
            if (c[5].equals("是") || c[5].equals("合格")) {
                passed = true;
            } else if (c[5].equals("否") || c[5].equals("不合格")) {
                passed = false;
            } else {
                errors.add("第" + row + "行【是否合格】应填“合格”或“不合格”");
            }
        }
        return errors.size() == before ? Optional.of(new Line(officerId, c[2], date, score, passed)) : Optional.empty();
    }
}
