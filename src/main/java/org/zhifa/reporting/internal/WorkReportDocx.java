package org.zhifa.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.Law;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.reporting.Figure;
import org.zhifa.training.TrainingPlans;

/**
 * The yearly 行政执法工作情况报告 (方案第10条) drafted from the data as DOCX for the unit to edit: training, the three
 * systems (publicity, recording, legal review), reconsideration and litigation (the figures the unit entered in its
 * submitted monthly reports), major activities. Every number says where it comes from; what zhifa does not know is
 * left as a marked gap for the unit to write, never invented.
 */
@Component
public class WorkReportDocx {

    private final MonthlyStatistics statistics;
    private final YearlyData yearly;
    private final TrainingPlans training;
    private final OrgUnits units;
    private final DataScope scope;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    WorkReportDocx(MonthlyStatistics statistics, YearlyData yearly, TrainingPlans training, OrgUnits units,
            DataScope scope, JdbcClient jdbc, AuditTrail audit) {
        this.statistics = statistics;
        this.yearly = yearly;
        this.training = training;
        this.units = units;
        this.scope = scope;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public byte[] draft(Actor actor, long unitId, int year) {
        scope.requireVisible(actor, unitId);
        if (!actor.hasRole("UNIT_HEAD") && !actor.hasRole("SUPERVISOR")) {
            throw new AccessRefusedException(Rejection.of(Law.ACTION_PLAN.article(10), "工作情况报告由单位负责人组织起草"));
        }
        OrgUnitView unit = units.require(unitId);
        Map<String, Long> f = new java.util.LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            var month = java.time.YearMonth.of(year, m);
            statistics.figures(month, statistics.covered(unitId)).forEach((k, v) -> f.merge(k, v, Long::sum));
        }
        Map<String, Long> remedies = enteredRemedies(unitId, year);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, unit.name() + year + "年度行政执法工作情况报告", true, 22);
            para(doc, "（系统依据 zhifa 记录起草，供编辑；方括号内为须由单位补写的内容。报送期限：" + yearly.dueOn(year) + "，方案第10条。）");
            heading(doc, "一、行政执法人员培训情况");
            var covered = units.descendantsAndSelf(unitId);
            for (OrgUnitView u : covered) {
                Optional<LocalDate> made = training.madeOn(u.id(), year);
                para(doc, u.name() + "：" + made.map(d -> "年度培训计划《" + training.title(u.id(), year).orElse("") + "》于" + d
                        + "制定" + (d.isAfter(training.dueOn(year)) ? "（晚于第一季度）" : "（第一季度内）") + "。")
                        .orElse("系统中没有" + year + "年度培训计划的记录。"));
            }
            para(doc, "[培训开展情况、学时完成情况、考试与练兵情况]");
            heading(doc, "二、行政执法“三项制度”落实情况");
            para(doc, "全年立案 " + f.get(Figure.CASES_FILED.key()) + " 件，作出处理决定 " + f.get(Figure.CASES_DECIDED.key())
                    + " 件，其中给予行政处罚 " + f.get(Figure.CASES_PENALTY.key()) + " 件，罚款 "
                    + BigDecimal.valueOf(f.get(Figure.FINE_FEN.key()), 2).toPlainString() + " 元，没收违法所得 "
                    + BigDecimal.valueOf(f.get(Figure.CONFISCATION_FEN.key()), 2).toPlainString() + " 元。");
            para(doc, "重大执法决定法制审核 " + f.get(Figure.LEGAL_REVIEWS.key()) + " 次，举行听证 "
                    + f.get(Figure.HEARINGS.key()) + " 次；行政处罚决定均通过系统公示（公示情况见门户网站）。");
            para(doc, "[执法公示、执法全过程记录、重大执法决定法制审核制度的落实情况与问题]");
            heading(doc, "三、行政复议和行政诉讼情况");
            if (remedies.isEmpty()) {
                para(doc, "[本年度未报送含复议、诉讼数据的月度统计报表，请补写]");
            } else {
                para(doc, "依据本单位已报送的月度统计报表：行政复议收案 " + remedies.getOrDefault(Figure.RECONSIDERATION_RECEIVED.key(), 0L)
                        + " 件，维持 " + remedies.getOrDefault(Figure.RECONSIDERATION_UPHELD.key(), 0L) + " 件，撤销、变更、确认违法 "
                        + remedies.getOrDefault(Figure.RECONSIDERATION_CHANGED.key(), 0L) + " 件；行政诉讼收案 "
                        + remedies.getOrDefault(Figure.LITIGATION_RECEIVED.key(), 0L) + " 件，胜诉 "
                        + remedies.getOrDefault(Figure.LITIGATION_UPHELD.key(), 0L) + " 件，败诉 "
                        + remedies.getOrDefault(Figure.LITIGATION_LOST.key(), 0L) + " 件。");
            }
            heading(doc, "四、其他重大行政执法活动");
            para(doc, "行刑衔接移送 " + f.get(Figure.TRANSFERS.key()) + " 件；非现场执法检测过车 "
                    + f.get(Figure.NONSITE_PASSAGES.key()) + " 辆次，超限 " + f.get(Figure.NONSITE_OVER_LIMIT.key())
                    + " 辆次，形成线索 " + f.get(Figure.NONSITE_CLUES.key()) + " 条；收到投诉举报 "
                    + f.get(Figure.COMPLAINTS_RECEIVED.key()) + " 件。");
            para(doc, "[专项行动、联合执法等重大执法活动]");
            heading(doc, "五、存在的问题和下一步工作");
            para(doc, "[由单位填写]");
            doc.write(out);
            audit.success("WORK_REPORT_DRAFTED", "WORK_REPORT", unitId + "/" + year, unit.name() + year + " 年度行政执法工作情况报告起草（DOCX）");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reconsideration and litigation figures of the unit's submitted reports (latest submitted version per month). */
    private Map<String, Long> enteredRemedies(long unitId, int year) {
        Map<String, Long> sum = new java.util.LinkedHashMap<>();
        List<String> rows = jdbc.sql("""
                select distinct on (month) remedies::text from monthly_report
                where unit_id = ? and state = 'SUBMITTED' and month >= ? and month < ?
                order by month, version desc
                """).params(unitId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(String.class).list();
        for (String r : rows) {
            Map<String, Long> m = MonthlyReports.JSON.readValue(r, new tools.jackson.core.type.TypeReference<Map<String, Long>>() { });
            m.forEach((k, v) -> sum.merge(k, v, Long::sum));
        }
        return sum;
    }

    private static void heading(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, true, 16);
    }

    private static XWPFParagraph para(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        run(p, text, false, 16);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("仿宋");
    }
}
