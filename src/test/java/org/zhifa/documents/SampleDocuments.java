package org.zhifa.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Complete, clearly fictitious field sets for every document type (示例数据，人物与单位均为虚构). */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    public static Map<String, Object> party() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "张示例");
        p.put("kind", "CITIZEN");
        p.put("idNumber", "632801199001011234");
        p.put("address", "青海省海西州德令哈市示例路 1 号");
        p.put("phone", "13800000000");
        p.put("plateNumber", "青H·12345");
        return p;
    }

    public static List<Map<String, Object>> officers() {
        return List.of(Map.of("name", "李执法", "certificateNumber", "63000000001"),
                Map.of("name", "王执法", "certificateNumber", "63000000002"));
    }

    /** A complete field set for the type: realistic text for the decision and the inquiry record. */
    public static Map<String, Object> complete(DocumentType type) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (DocumentField field : type.fields()) {
            f.put(field.key(), sample(field));
        }
        f.put(DocumentFields.CASE_NUMBER, "德交执立〔2025〕7号");
        if (type == DocumentType.PENALTY_DECISION) {
            f.putAll(penaltyDecision());
        }
        if (type == DocumentType.INSPECTION_RECORD) {
            f.put("weather", "晴");
            f.put(DocumentFields.OFFICERS, List.of(
                    Map.of("name", "李执法", "post", "执法中队长", "certificateNumber", "63000000001"),
                    Map.of("name", "王执法", "post", "执法队员", "certificateNumber", "63000000002")));
            f.put("recorderPost", "执法队员");
        }
        if (type == DocumentType.SITE_RECORD) {
            f.put("vehicleType", "重型半挂牵引车");
            f.put("presentPersons", List.of(Map.of("name", "赵示例", "sex", "男", "relation", "押运员",
                    "idNumber", "632801199202021230")));
        }
        if (type == DocumentType.RELEASE_COMPULSORY_MEASURE) {
            f.put("releaseItem", "三");
        }
        if (type == DocumentType.EVIDENCE_PRESERVATION_LIST) {
            f.put("preservedOn", LocalDate.of(2025, 3, 4));
            f.put("handlingDeadline", LocalDate.of(2025, 3, 13));
            f.put("preservationWorkingDays", "七");
        }
        if (type == DocumentType.EXECUTION_SUSPENSION_NOTICE) {
            f.put("action", "中止");
        }
        if (type == DocumentType.INQUIRY_RECORD) {
            f.put("inquiryNumber", 1);
            f.put("interviewee", Map.of("name", "张示例"));
            f.put("relation", "当事人（驾驶人）");
            f.put("intervieweeSex", "男");
            f.put("intervieweeAge", 35);
            f.put("intervieweeIdNumber", "632801199001011234");
            f.put("intervieweePhone", "13800000000");
            f.put("intervieweeWorkplace", "示例运输公司驾驶员");
            f.put("intervieweeAddress", "青海省海西州德令哈市示例路 1 号");
            f.put(DocumentFields.QA, List.of(
                    Map.of("q", "我们是德令哈市交通运输综合行政执法大队的执法人员，这是我们的执法证件。你是否看清楚了？", "a", "看清楚了。"),
                    Map.of("q", "请介绍一下你的基本情况。", "a", "我叫张示例，是这辆货车的驾驶人。"),
                    Map.of("q", "2025年3月4日你驾驶的青H·12345货车装载的是什么货物？", "a", "装的是煤炭，从大柴旦拉到德令哈。"),
                    Map.of("q", "你对称重检测结果车货总质量 55 吨有无异议？", "a", "没有异议。")));
        }
        return f;
    }

    public static Map<String, Object> penaltyDecision() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put(DocumentFields.PARTY, party());
        f.put(DocumentFields.FACTS, "2025年3月4日10时许，当事人驾驶青H·12345重型货车在G315线德令哈段K1234+500处行驶，"
                + "经称重检测车货总质量55吨，超过规定限值49吨，属违法超限运输。");
        f.put(DocumentFields.EVIDENCE, "1. 询问笔录一份；2. 现场笔录一份；3. 称重检测单一份；4. 现场照片四张。");
        f.put(DocumentFields.VIOLATED_PROVISION, "《公路安全保护条例》第三十三条第一款");
        f.put(DocumentFields.PENALTY_BASIS, "《公路安全保护条例》第六十四条、《超限运输车辆行驶公路管理规定》第四十三条第一款第（二）项");
        f.put(DocumentFields.PENALTY, "罚款人民币叁仟元整。");
        f.put(DocumentFields.FINE_FEN, 300000L);
        f.put(DocumentFields.PERFORMANCE, "自收到本决定书之日起十五日内，到指定银行或者通过电子支付系统缴纳罚款（《行政处罚法》第六十七条）。");
        f.put(DocumentFields.RECONSIDERATION_BODY, "海西州交通运输局或德令哈市人民政府");
        f.put(DocumentFields.COURT, "德令哈市人民法院");
        f.put(DocumentFields.DATE, LocalDate.of(2025, 3, 20));
        return f;
    }

    private static Object sample(DocumentField field) {
        switch (field.kind()) {
            case DATE:
                return LocalDate.of(2025, 3, 20);
            case DATE_TIME:
                return field.key().equals(DocumentFields.END_TIME) ? LocalDateTime.of(2025, 3, 4, 11, 5)
                        : LocalDateTime.of(2025, 3, 4, 10, 20);
            case AMOUNT_FEN:
                return 300000L;
            case PARTY:
                return party();
            case OFFICERS:
                return officers();
            case FLAG:
                return Boolean.TRUE;
            case QA:
                return List.of(Map.of("q", "你是否清楚执法人员的身份？", "a", "清楚。"),
                        Map.of("speaker", "当事人", "text", "对事实没有异议，请求从轻处罚。"));
            case ROWS: {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 1; i <= 2; i++) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (DocumentField c : field.columns()) {
                        row.put(c.key(), c.label() + "示例" + i);
                    }
                    rows.add(row);
                }
                return rows;
            }
            case PARAGRAPH:
                return field.label() + "：示例内容，经执法人员现场核实，情况属实，相关材料附卷备查。";
            default:
                return field.label() + "示例";
        }
    }
}
