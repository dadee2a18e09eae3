package org.zhifa.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of each action form on the case page. Field names are those of the transition request; {@code type}
 * is text, textarea, date, number, checkbox, select, kinds (penalty kind checkboxes) or lines (one item per line).
 */
final class ActionFields {

    record Field(String name, String label, String type, Map<String, String> options) {
    }

    static final Map<String, String> RECORD_KINDS = options("INQUIRY", "询问笔录", "INSPECTION", "勘验笔录", "SITE", "现场笔录",
            "SAMPLING", "抽样取证凭证", "PRESERVATION", "证据登记保存清单（7个工作日内处理）",
            "COMPULSORY_MEASURE", "行政强制措施（扣押，须有连续音像记录）");
    static final Map<String, String> OUTCOMES = options("PENALTY", "给予行政处罚", "NO_PENALTY_MINOR", "违法行为轻微，不予行政处罚",
            "NO_PENALTY_NOT_ESTABLISHED", "违法事实不能成立，不予行政处罚");
    static final Map<String, String> SERVICE = options("DIRECT", "直接送达", "MAIL", "邮寄送达", "LEFT_AT_ADDRESS", "留置送达",
            "ELECTRONIC", "电子送达（须签署送达地址确认书）", "PUBLIC_NOTICE", "公告送达（三十日后视为送达）");
    static final Map<String, String> CHANNELS = options("BANK", "银行缴款", "ONLINE", "电子缴款");
    static final Map<String, String> PAUSES = options("RECONSIDERATION", "行政复议", "LITIGATION", "行政诉讼");
    static final Map<String, String> OPINIONS = options("AGREE", "同意", "PROBLEMS", "存在问题");

    private ActionFields() {
    }

    static List<Field> of(String action, Map<String, String> earlierStates, Map<String, String> measureClocks,
            Map<String, String> presidingOfficers, Map<String, String> caseOfficers) {
        List<Field> f = new ArrayList<>();
        switch (action) {
            case "submit-filing", "approve-filing", "submit-review", "to-discussion", "ready-for-decision",
                    "legal-review-agree", "complete-transfer" -> f.add(text("content", "意见（可选）"));
            case "send-to-legal-review", "approve-notice" -> {
                f.add(text("content", "审核意见"));
                f.add(check("complexCase", "案情疑难复杂，须法制审核"));
            }
            case "refuse-filing" -> f.add(text("reason", "不予立案理由"));
            case "record-investigation" -> {
                f.add(select("recordKind", "记录类型", RECORD_KINDS));
                f.add(text("content", "记录内容"));
            }
            case "release-measure" -> {
                f.add(select("clockId", "解除的保存或强制措施", measureClocks));
                f.add(text("reason", "解除理由"));
            }
            case "extend-time-limit" -> {
                f.add(new Field("newDueDate", "延长至", "date", Map.of()));
                f.add(text("reason", "延长理由"));
                f.add(check("collectiveDecision", "经集体讨论决定（再次延长时）"));
            }
            case "conclude-investigation" -> {
                f.add(select("outcome", "处理意见", OUTCOMES));
                f.add(new Field("penaltyKinds", "处罚种类", "kinds", Map.of()));
                f.add(new Field("amountYuan", "罚款金额（元）", "number", Map.of()));
                f.add(text("reason", "裁量理由（超出建议幅度时必填）"));
                f.add(check("complexCase", "情节复杂或重大，须集体讨论"));
            }
            case "legal-review-problems" -> {
                f.add(new Field("problems", "存在的问题（每行一条）", "lines", Map.of()));
                f.add(text("reason", "退回说明"));
            }
            case "review-transfer" -> {
                f.add(select("opinion", "审核结论", OPINIONS));
                f.add(text("content", "审核意见"));
                f.add(new Field("problems", "存在的问题（每行一条）", "lines", Map.of()));
            }
            case "serve-notice" -> f.add(check("hearingRightStated", "已告知当事人有要求听证的权利"));
            case "record-statement" -> {
                f.add(text("content", "当事人陈述申辩内容"));
                f.add(text("reason", "复核意见"));
            }
            case "schedule-hearing" -> {
                f.add(new Field("hearingDate", "听证日期", "date", Map.of()));
                f.add(select("presidingOfficerId", "听证主持人（非本案调查人员）", presidingOfficers));
            }
            case "record-hearing" -> f.add(text("content", "听证笔录要点"));
            case "record-discussion" -> {
                f.add(new Field("attendees", "出席的负责人（每行一人）", "lines", Map.of()));
                f.add(text("content", "讨论意见"));
                f.add(text("conclusion", "讨论决定"));
            }
            case "decide" -> {
                f.add(new Field("amountYuan", "决定罚款金额（元，留空按拟处罚金额）", "number", Map.of()));
                f.add(check("citesHearingRecord", "本决定依据听证笔录作出（举行听证的）"));
                f.add(check("educationRecorded", "已对当事人进行教育并制作教育记录（免罚的）"));
                f.add(check("commitmentSigned", "当事人已签署承诺书（免罚的）"));
            }
            case "serve-decision" -> {
                f.add(select("serviceMethod", "送达方式", SERVICE));
                f.add(check("addressConfirmed", "当事人已签署送达地址确认书，同意电子送达"));
                f.add(text("content", "送达情况"));
            }
            case "record-payment" -> {
                f.add(new Field("amountYuan", "缴款金额（元）", "number", Map.of()));
                f.add(select("paymentChannel", "缴款方式", CHANNELS));
                f.add(new Field("paymentReference", "缴款凭证号", "text", Map.of()));
            }
            case "approve-deferral" -> {
                f.add(new Field("newDueDate", "缴款期限延至（仅延期时填写）", "date", Map.of()));
                f.add(text("instalments", "分期安排（分期时填写，每行一期：缴款期限 金额（元），如 2026-12-31 500）"));
                f.add(text("reason", "当事人申请理由（确有经济困难的情况）及延期（分期）安排"));
            }
            case "pause-surcharge" -> f.add(select("pauseKind", "暂停原因", PAUSES));
            case "propose-transfer" -> f.add(text("reason", "涉嫌犯罪的事实和移送理由"));
            case "approve-transfer" -> f.add(new Field("recipient", "移送机关", "text", Map.of()));
            case "close" -> f.add(text("content", "结案报告"));
            case "assign-officer" -> f.add(select("officerId", "增加的执法人员", presidingOfficers));
            case "recuse-officer" -> {
                f.add(select("officerId", "需要回避的执法人员", caseOfficers));
                f.add(text("reason", "回避理由"));
            }
            case "return" -> {
                f.add(select("toState", "退回到", earlierStates));
                f.add(text("reason", "退回理由"));
            }
            default -> {
                // steps without input: the date is enough
            }
        }
        return f;
    }

    private static Field text(String name, String label) {
        return new Field(name, label, "textarea", Map.of());
    }

    private static Field check(String name, String label) {
        return new Field(name, label, "checkbox", Map.of());
    }

    private static Field select(String name, String label, Map<String, String> options) {
        return new Field(name, label, "select", options);
    }

    static Map<String, String> options(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
