package org.zhifa.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The figures of the monthly statistics, each with a stable key (used by the column map of the Excel layout and the
 * API) and its Chinese label. Money figures are in fen and printed in yuan. Counting rules: {@code docs/statistics.md}.
 */
public enum Figure {
    CASES_FILED("cases.filed", "立案数", Kind.COUNT),
    CASES_DECIDED("cases.decided", "作出处理决定数", Kind.COUNT),
    CASES_PENALTY("cases.penalty", "给予行政处罚", Kind.COUNT),
    CASES_NO_PENALTY_MINOR("cases.noPenaltyMinor", "违法行为轻微不予处罚", Kind.COUNT),
    CASES_NO_PENALTY_NOT_ESTABLISHED("cases.noPenaltyNotEstablished", "违法事实不能成立不予处罚", Kind.COUNT),
    CASES_TRANSFER_OUTCOME("cases.transferOutcome", "涉嫌犯罪移送司法机关（决定）", Kind.COUNT),
    HEAVIEST_REVOCATION("cases.heaviest.REVOCATION", "其中最重为吊销许可证件", Kind.COUNT),
    HEAVIEST_SUSPENSION("cases.heaviest.SUSPENSION", "其中最重为责令停产停业、暂扣许可证件", Kind.COUNT),
    HEAVIEST_DOWNGRADE("cases.heaviest.DOWNGRADE", "其中最重为降低资质等级", Kind.COUNT),
    HEAVIEST_CONFISCATION("cases.heaviest.CONFISCATION", "其中最重为没收违法所得、没收非法财物", Kind.COUNT),
    HEAVIEST_FINE("cases.heaviest.FINE", "其中最重为罚款", Kind.COUNT),
    HEAVIEST_WARNING("cases.heaviest.WARNING", "其中最重为警告", Kind.COUNT),
    HEAVIEST_OTHER("cases.heaviest.OTHER", "其中最重为其他行政处罚", Kind.COUNT),
    CASES_SIMPLIFIED("cases.simplified", "其中简易程序", Kind.COUNT),
    FINE_FEN("cases.fineFen", "罚款金额（元）", Kind.MONEY),
    CONFISCATION_FEN("cases.confiscationFen", "没收违法所得金额（元）", Kind.MONEY),
    HEARINGS("cases.hearings", "举行听证次数", Kind.COUNT),
    LEGAL_REVIEWS("cases.legalReviews", "法制审核次数", Kind.COUNT),
    TRANSFERS("cases.transfers", "行刑衔接移送案件数", Kind.COUNT),
    INSPECTED_OBJECTS("inspections.objects", "检查对象数（每个对象计一次）", Kind.COUNT),
    INSPECTIONS_RANDOM("inspections.random", "双随机抽查次数", Kind.COUNT),
    INSPECTIONS_FOLLOW_UP("inspections.followUps", "整改复查次数", Kind.COUNT),
    INSPECTIONS_CORRECTIONS("inspections.corrections", "责令改正数", Kind.COUNT),
    INSPECTIONS_CASE_SOURCES("inspections.caseSources", "检查发现转案源数", Kind.COUNT),
    PATROLS("inspections.patrols", "巡查次数", Kind.COUNT),
    PATROL_FINDINGS("inspections.patrolFindings", "巡查发现问题数", Kind.COUNT),
    COMPLAINTS_RECEIVED("complaints.received", "收到投诉举报", Kind.COUNT),
    COMPLAINTS_ACKNOWLEDGED("complaints.acknowledged", "其中已答复", Kind.COUNT),
    COMPLAINTS_GREEN("complaints.greenChannel", "其中民营企业绿色通道", Kind.COUNT),
    EVALUATIONS("supervision.evaluated", "案卷评查数", Kind.COUNT),
    NONSITE_PASSAGES("nonsite.passages", "非现场检测过车数", Kind.COUNT),
    NONSITE_OVER_LIMIT("nonsite.overLimit", "非现场检测超限数", Kind.COUNT),
    NONSITE_CLUES("nonsite.clues", "非现场超限线索数", Kind.COUNT),
    NONSITE_CASES("nonsite.cases", "非现场线索转立案数", Kind.COUNT),
    RECONSIDERATION_RECEIVED("remedies.reconsiderationReceived", "行政复议收案数（单位填报）", Kind.ENTERED),
    RECONSIDERATION_UPHELD("remedies.reconsiderationUpheld", "行政复议维持数（单位填报）", Kind.ENTERED),
    RECONSIDERATION_CHANGED("remedies.reconsiderationChanged", "行政复议撤销、变更、确认违法数（单位填报）", Kind.ENTERED),
    LITIGATION_RECEIVED("remedies.litigationReceived", "行政诉讼收案数（单位填报）", Kind.ENTERED),
    LITIGATION_UPHELD("remedies.litigationUpheld", "行政诉讼胜诉数（单位填报）", Kind.ENTERED),
    LITIGATION_LOST("remedies.litigationLost", "行政诉讼败诉数（单位填报）", Kind.ENTERED);

    /** COUNT: a number of records; MONEY: fen; ENTERED: a number the unit enters (not in zhifa's records). */
    public enum Kind { COUNT, MONEY, ENTERED }

    private final String key;
    private final String label;
    private final Kind kind;

    Figure(String key, String label, Kind kind) {
        this.key = key;
        this.label = label;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<Figure> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
