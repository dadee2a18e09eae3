package org.zhifa.audit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditActionNames;

/**
 * The Chinese names of audit action codes and object types shown on the audit page and in its filters. A code
 * without a name is shown as 其他操作 with the code, and {@code AuditLabelsTest} fails on any code in the source
 * without a name.
 */
@Component
public class AuditLabels {

    static final Map<String, String> ACTIONS = new LinkedHashMap<>();
    static final Map<String, String> OBJECTS = new LinkedHashMap<>();

    static {
        String[][] actions = {
            {"LOGIN", "登录"}, {"LOGOUT", "退出登录"}, {"SESSION_ENDED", "会话被终止"}, {"ACCOUNT_LOCKED", "账户锁定"},
            {"ACCOUNT_UNLOCKED", "账户解锁"}, {"ACCOUNT_NOTICE_SHOWN", "显示账户提示"}, {"PASSWORD_CHANGED", "修改密码"},
            {"PASSWORD_RESET", "重置密码"}, {"TOTP_ENROLLED", "绑定双因素认证"}, {"ROLE_GRANTED", "授予角色"},
            {"ROLE_REVOKED", "撤销角色"}, {"USER_CREATED", "新建用户"}, {"USER_UPDATED", "修改用户"},
            {"UNIT_CREATED", "新建单位"}, {"UNIT_UPDATED", "修改单位"}, {"UNIT_CONTACT_UPDATED", "修改单位联系信息"},
            {"AUDIT_EXPORTED", "导出审计日志"}, {"AUDIT_PURGED", "清理过期审计日志"}, {"AUDIT_VERIFIED", "校验审计日志完整性"},
            {"CALENDAR_LOCAL_HOLIDAY_ADDED", "增加地方假日"}, {"CALENDAR_LOCAL_HOLIDAY_REMOVED", "删除地方假日"},
            {"CALENDAR_YEAR_ADDED", "载入年度节假日安排"}, {"CALENDAR_YEAR_REPLACED", "更正年度节假日安排"},
            {"CASE_CLOCKS_SWEPT", "办案期限巡检"}, {"CASE_NONSITE_INTAKE", "非现场执法案源登记"},
            {"CATALOG_BENCHMARK_DELETED", "删除裁量基准草稿"}, {"CATALOG_BENCHMARK_DRAFTED", "起草裁量基准"},
            {"CATALOG_BENCHMARK_EDITED", "修改裁量基准草稿"}, {"CATALOG_BENCHMARK_PUBLISHED", "发布裁量基准"},
            {"CATALOG_EXEMPTION_CREATED", "新增免罚清单事项"}, {"CATALOG_MATTER_CHANGED", "变更执法事项"},
            {"CATALOG_MATTER_CREATED", "新增执法事项"}, {"CATALOG_VIOLATION_CHANGED", "变更违法行为"},
            {"CATALOG_VIOLATION_CREATED", "新增违法行为"},
            {"CERTIFICATE_CANCELLATION_COMPLETED", "完成执法证注销"}, {"CERTIFICATE_CANCELLATION_REPORTED", "报送执法证注销"},
            {"CERTIFICATE_ISSUED", "核发执法证"},
            {"COMPLAINT_ACKNOWLEDGED", "受理投诉举报"}, {"COMPLAINT_RECEIVED", "收到投诉举报"}, {"COMPLAINT_VIEWED", "查看投诉举报"},
            {"DOCUMENT_CORRECTED", "更正文书"}, {"DOCUMENT_ISSUED", "制发文书"}, {"DOCUMENT_RENDERED", "生成文书版式文件"}, {"DOCUMENT_VIEWED", "查看文书"},
            {"EVIDENCE_ACCESS_REFUSED", "拒绝访问证据"}, {"EVIDENCE_CERTIFICATE_ISSUED", "出具证据证明"},
            {"EVIDENCE_CONTENT_REFUSED", "拒绝证据内容"}, {"EVIDENCE_DOWNLOADED", "下载证据"},
            {"EVIDENCE_INTEGRITY_ALARM", "证据完整性告警"}, {"EVIDENCE_LINKED", "关联证据"}, {"EVIDENCE_LINK_REFUSED", "拒绝关联证据"},
            {"EVIDENCE_LOG_HEAD_EXPORTED", "导出证据日志树头"}, {"EVIDENCE_LOG_KEY", "证据日志密钥"},
            {"EVIDENCE_LOG_KEY_ROTATED", "更换证据日志密钥"}, {"EVIDENCE_PROOF_ISSUED", "出具证据存在证明"},
            {"EVIDENCE_REGISTERED", "登记证据"}, {"EVIDENCE_SELF_AUDIT", "证据自检"}, {"EVIDENCE_ITEM_VERIFIED", "核验单项证据"}, {"EVIDENCE_SUPERSEDED", "替换证据"},
            {"EVIDENCE_UPLOAD_DIGEST_MISMATCH", "证据上传摘要不符"}, {"EVIDENCE_UPLOAD_EXPIRED", "证据上传过期"},
            {"EVIDENCE_UPLOAD_RECLAIMED", "回收未完成的证据上传"}, {"EVIDENCE_UPLOAD_STARTED", "开始上传证据"},
            {"EXAM_RESULTS_IMPORT", "导入考试成绩"}, {"EXAM_RESULT_RECORDED", "登记考试成绩"}, {"FITNESS_RECORDED", "登记体能测试"},
            {"NONSITE_CLUE_CONFIRM", "确认超限线索"}, {"NONSITE_CLUE_CONFIRMED", "确认超限线索"},
            {"NONSITE_CLUE_REJECTED", "排除超限线索"}, {"NONSITE_DEVICE_CREATED", "登记监测设备"},
            {"NONSITE_DEVICE_KEY_REFUSED", "拒绝设备密钥"}, {"NONSITE_DEVICE_KEY_ROTATED", "更换设备密钥"},
            {"NONSITE_DEVICE_PUBLISHED", "公布监测设备"}, {"NONSITE_DEVICE_REVIEWED", "审核监测设备"},
            {"NONSITE_DEVICE_STATUS", "变更设备状态"}, {"NONSITE_DEVICE_UPDATED", "修改监测设备"},
            {"NONSITE_HOME_INFORMED", "通报车籍地"}, {"NONSITE_RECORDS_IMPORTED", "导入检测记录"},
            {"NONSITE_VEHICLES_IMPORTED", "导入车辆信息"},
            {"OFFICER_LEFT", "登记离岗"}, {"OFFICER_PHOTO_UPLOADED", "上传执法人员照片"}, {"OFFICER_REGISTERED", "登记执法人员"},
            {"OFFICER_UPDATED", "修改执法人员信息"},
            {"PUBLICATION_DRAFTED", "生成公示文本"}, {"PUBLICATION_EDITED", "修改公示文本"}, {"PUBLICATION_PUBLISHED", "发布公示"},
            {"PUBLICATION_TAKEN_DOWN", "公示期满撤下"}, {"PUBLICATION_WITHDRAWAL_DUE", "公示待撤回"},
            {"PUBLICATION_WITHDRAWN", "撤回公示"},
            {"ROSTER_EXPORT", "导出人员名册"}, {"ROSTER_IMPORT", "导入人员名册"}, {"ROTATION_CAMPAIGN_CREATED", "新建全员轮训"},
            {"SEAL_DEMO_CREATED", "创建演示印章"}, {"SEAL_IMAGE_UPLOADED", "上传印章图像"}, {"SEAL_KEY_GENERATED", "生成印章密钥"},
            {"SEAL_KEY_IMPORTED", "导入印章密钥"},
            {"TRAINING_ATTENDANCE_RECORDED", "登记培训签到"}, {"TRAINING_LEDGER_EXPORT", "导出培训台账"},
            {"TRAINING_PLAN_SAVED", "保存年度培训计划"}, {"TRAINING_SESSION_CREATED", "新建培训课程"},
            {"TRAINING_SESSION_UPDATED", "修改培训课程"},
            {"CATALOG_EXEMPTION_CHANGED", "变更免罚清单事项"}, {"EVIDENCE_VIEWED", "查看证据"}, {"PUBLICATION_UPDATED", "更新公示"},
            {"CASE_INSPECTION_INTAKE", "检查发现转案源登记"}, {"INSPECTION_CORRECTION_OVERDUE", "责令改正逾期"},
            {"INSPECTION_DRAW_COMMITTED", "公布抽取承诺"}, {"INSPECTION_DRAW_DRAWN", "随机抽取"},
            {"INSPECTION_DRAW_SUPERSEDED", "重新抽取"}, {"INSPECTION_INSPECTOR_RECUSED", "检查人员回避"},
            {"INSPECTION_ITEM_CREATED", "新增抽查事项"}, {"INSPECTION_ITEM_PUBLISHED", "公布抽查事项"},
            {"INSPECTION_ITEM_UPDATED", "修改抽查事项"}, {"INSPECTION_ITEM_WITHDRAWN", "撤回抽查事项"},
            {"INSPECTION_PLAN_CREATED", "新建抽查计划"}, {"INSPECTION_PLAN_PUBLISHED", "公布抽查计划"},
            {"INSPECTION_PLAN_UPDATED", "修改抽查计划"}, {"INSPECTION_RECORDED", "记录现场检查"},
            {"INSPECTION_RELATION_DECLARED", "申报利害关系"}, {"INSPECTION_RESULT_PUBLISHED", "公示检查结果"},
            {"INSPECTION_TARGET_CREATED", "新增检查对象"}, {"INSPECTION_TARGET_IMPORT", "导入检查对象名录"},
            {"INSPECTION_TARGET_UPDATED", "修改检查对象"}, {"INSPECTION_TARGET_DEACTIVATED", "停用检查对象"},
            {"INSPECTOR_ADDED", "增加执法检查人员"}, {"INSPECTOR_DEACTIVATED", "停用执法检查人员"},
            {"PATROL_FINDING_CASE_SOURCE", "巡查发现转案源"}, {"PATROL_FINDING_RECORDED", "记录巡查发现"},
            {"PATROL_RECORDED", "记录巡查"}, {"PATROL_SCHEDULE_ADDED", "新增巡查计划"},
            {"PATROL_SCHEDULE_DEACTIVATED", "停用巡查计划"}, {"ROAD_SEGMENT_ADDED", "新增管辖路段"},
            {"ROAD_SEGMENT_DEACTIVATED", "停用管辖路段"},
            {"EVALUATION_CAMPAIGN_STARTED", "开始案卷评查"}, {"EVALUATION_CAMPAIGN_DRAWN", "抽取评查案卷"},
            {"EVALUATION_SCORED", "评查评分"}, {"RECTIFICATION_ISSUED", "下发整改通知"},
            {"RECTIFICATION_REPLIED", "回复整改"}, {"RECTIFICATION_ACCEPTED", "整改验收"},
            {"APPRAISAL_ADJUSTED", "调整评议考核结果"}, {"DISCIPLINE_CLUE_RECORDED", "登记纪检监察线索"},
            {"DISCIPLINE_CLUE_APPROVED", "批准移送纪检监察线索"}, {"DISCIPLINE_CLUE_TRANSFERRED", "移送纪检监察线索"},
            {"DISCIPLINE_CLUE_REPLIED", "登记纪检监察回复"}, {"DISCIPLINE_CLUE_VIEWED", "查阅纪检监察线索"},
            {"DISCIPLINE_CLUE_RIGHT_GRANTED", "授予纪检监察线索查阅权"}, {"DISCIPLINE_CLUE_RIGHT_REVOKED", "收回纪检监察线索查阅权"},
            {"MEDIABLE_MATTER_ADDED", "新增可调解事项"}, {"MEDIABLE_MATTER_WITHDRAWN", "撤回可调解事项"},
            {"MEDIATION_OPENED", "受理行政调解"}, {"MEDIATION_SESSION", "记录调解"}, {"MEDIATION_CLOSED", "调解结束"},
            {"ACTION_PLAN_LOADED", "载入行动方案台账"}, {"LEDGER_PROGRESS_RECORDED", "填报任务进展"},
            {"LEDGER_PROGRESS_REVIEWED", "审核任务进展"}, {"LEDGER_PROGRESS_FILE_ADDED", "上传任务进展佐证材料"},
            {"MONTHLY_REPORTS_DRAFTED", "起草月度统计报表"},
            {"MONTHLY_REPORT_DRAFTED", "起草月度统计报表"}, {"MONTHLY_REPORT_REMEDIES", "填报复议诉讼情况"},
            {"MONTHLY_REPORT_SUBMITTED", "报送月度统计报表"}, {"MONTHLY_REPORT_CORRECTED", "更正月度统计报表"},
            {"MONTHLY_REPORT_EXPORTED", "导出月度统计报表"}, {"PREFECTURE_REPORT_EXPORTED", "导出全州统计报表"},
            {"USAGE_BULLETIN_ISSUED", "发布系统使用率通报"}, {"USAGE_PAPER_COUNT", "填报纸质登记案件数"},
            {"WORK_REPORT_DRAFTED", "起草年度执法工作报告"}, {"YEARLY_DATA_PUBLISHED", "公开年度执法数据"},
            {"FILTER_SAVED", "保存筛选"}, {"FILTER_DELETED", "删除筛选"},
            {"HTTP_GET", "读取"}, {"HTTP_POST", "提交"}, {"HTTP_PUT", "修改"}, {"HTTP_PATCH", "修改"}, {"HTTP_DELETE", "删除"},
        };
        for (String[] a : actions) {
            ACTIONS.put(a[0], a[1]);
        }
        String[][] objects = {
            {"USER", "用户"}, {"ORG_UNIT", "单位"}, {"REQUEST", "请求"}, {"AUDIT_RECORD", "审计记录"},
            {"CALENDAR_YEAR", "年度节假日安排"}, {"CASE", "案件"}, {"PENALTY_CASE", "案件"}, {"CASE_CLOCK", "办案期限"},
            {"CATALOG_BENCHMARK", "裁量基准"}, {"CATALOG_EXEMPTION", "免罚清单"}, {"CATALOG_MATTER", "执法事项"},
            {"CATALOG_VIOLATION", "违法行为"}, {"CERTIFICATE", "执法证"}, {"COMPLAINT", "投诉举报"}, {"DOCUMENT", "文书"},
            {"DOCUMENT_SEAL", "电子印章"}, {"EVIDENCE", "证据"}, {"EVIDENCE_LINK", "证据关联"}, {"EVIDENCE_LOG", "证据日志"},
            {"EVIDENCE_LOG_KEY", "证据日志密钥"}, {"EVIDENCE_UPLOAD", "证据上传"}, {"EXAM_RESULT", "考试成绩"},
            {"NONSITE_CLUE", "超限线索"}, {"NONSITE_DEVICE", "监测设备"}, {"NONSITE_VEHICLE", "车辆信息"}, {"OFFICER", "执法人员"},
            {"PUBLICATION", "公示"}, {"ROTATION_CAMPAIGN", "全员轮训"}, {"TRAINING_LEDGER", "培训台账"},
            {"TRAINING_PLAN", "培训计划"}, {"TRAINING_SESSION", "培训课程"}, {"FITNESS_RECORD", "体能测试"}, {"SAVED_FILTER", "已保存的筛选"},
            {"INSPECTION", "检查"}, {"INSPECTION_DRAW", "随机抽取"}, {"INSPECTION_ITEM", "抽查事项"},
            {"INSPECTION_PLAN", "抽查计划"}, {"INSPECTION_TARGET", "检查对象"}, {"INSPECTION_TASK", "检查任务"},
            {"EVAL_CAMPAIGN", "案卷评查活动"}, {"EVAL_FILE", "评查案卷"}, {"RECTIFICATION", "评查整改"},
            {"APPRAISAL", "评议考核"}, {"DISCIPLINE_CLUE", "纪检监察线索"}, {"MEDIABLE_MATTER", "可调解事项"},
            {"MEDIATION", "行政调解"}, {"ACTION_PLAN", "行动方案台账"}, {"ACTION_PROGRESS", "任务进展"},
            {"MONTHLY_REPORT", "月度统计报表"}, {"USAGE_BULLETIN", "使用率通报"}, {"USAGE_REGISTER_COUNT", "纸质登记案件数"},
            {"WORK_REPORT", "年度执法工作报告"}, {"YEARLY_PUBLICATION", "年度执法数据公开"},
            {"INSPECTOR", "执法检查人员"}, {"PATROL", "巡查"}, {"PATROL_SCHEDULE", "巡查计划"}, {"ROAD_SEGMENT", "管辖路段"},
        };
        for (String[] o : objects) {
            OBJECTS.put(o[0], o[1]);
        }
    }

    private final Map<String, String> actions;

    public AuditLabels(List<AuditActionNames> contributed) {
        Map<String, String> all = new LinkedHashMap<>(ACTIONS);
        contributed.forEach(c -> all.putAll(c.actionNames()));
        this.actions = Map.copyOf(all);
    }

    /** The Chinese name of an action code. */
    public String action(String code) {
        if (code == null) {
            return "";
        }
        String name = actions.get(code);
        return name != null ? name : "其他操作";
    }

    /** A detail as shown: record references such as CASE:12 (documents of a case) read 案件 #12. */
    public String detail(String detail) {
        if (detail == null) {
            return "";
        }
        return detail.replaceAll("\\bCASE:(\\d+)", "案件 #$1").replaceAll("\\bINSPECTION:(\\d+)", "检查 #$1")
                .replaceAll("\\bNONSITE_RECORD:", "非现场执法记录 ");
    }

    public boolean named(String code) {
        return actions.containsKey(code);
    }

    /** The Chinese name of an object type (null when none). */
    public String object(String type) {
        if (type == null) {
            return "";
        }
        return OBJECTS.getOrDefault(type, "其他对象");
    }

    public boolean namedObject(String type) {
        return OBJECTS.containsKey(type);
    }

    /** Every named action, by name, for the filter. */
    public Map<String, String> actions() {
        Map<String, String> sorted = new java.util.TreeMap<>(actions);
        return sorted;
    }

    public Map<String, String> objects() {
        return new java.util.TreeMap<>(OBJECTS);
    }
}
