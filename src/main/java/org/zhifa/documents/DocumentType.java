package org.zhifa.documents;

import static org.zhifa.documents.DocumentField.col;
import static org.zhifa.documents.DocumentField.opt;
import static org.zhifa.documents.DocumentField.qrCol;
import static org.zhifa.documents.DocumentField.req;
import static org.zhifa.documents.DocumentField.rows;
import static org.zhifa.documents.DocumentFields.cause;
import static org.zhifa.documents.DocumentFields.court;
import static org.zhifa.documents.DocumentFields.date;
import static org.zhifa.documents.DocumentFields.end;
import static org.zhifa.documents.DocumentFields.facts;
import static org.zhifa.documents.DocumentFields.goods;
import static org.zhifa.documents.DocumentFields.officers;
import static org.zhifa.documents.DocumentFields.originalDecision;
import static org.zhifa.documents.DocumentFields.party;
import static org.zhifa.documents.DocumentFields.partyOptional;
import static org.zhifa.documents.DocumentFields.place;
import static org.zhifa.documents.DocumentFields.qa;
import static org.zhifa.documents.DocumentFields.reconsiderationBody;
import static org.zhifa.documents.DocumentFields.recorder;
import static org.zhifa.documents.DocumentFields.start;
import static org.zhifa.documents.DocumentFields.unitAddress;
import static org.zhifa.documents.DocumentFields.unitContactPerson;
import static org.zhifa.documents.DocumentFields.unitPhone;
import static org.zhifa.documents.DocumentFields.unitPostalCode;

import static org.zhifa.common.Law.ACTION_PLAN;
import static org.zhifa.common.Law.COERCION;
import static org.zhifa.common.Law.PENALTY;
import static org.zhifa.documents.DocumentField.hidden;
import static org.zhifa.documents.DocumentField.hiddenRequired;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.common.LegalBasis;

/**
 * The enforcement documents (文书): the 24 of the standard set (程序规定 annex, legal-rules §10) followed by the
 * documents the penalty procedure needs besides (审核, 集体讨论, 备案, 不予处罚, 移送, 送达地址确认, 告知承诺).
 * The number code is a default: {@code zhifa.documents.codes.<TYPE>} overrides it.
 */
public enum DocumentType {

    // —— the standard set, legal-rules §10 ——
    // 式样之一: 案件来源, 案由, 受案时间, 当事人, 案件基本情况, the opinions with signature and date
    FILING_REGISTER("立案登记表", "立", DocumentFamily.FORM, true, false, null,
            req("caseSource", "案件来源", FieldKind.TEXT), cause(), req("discoveredOn", "受案时间", FieldKind.DATE),
            party(), facts("案件基本情况"), req("handlerOpinion", "承办人意见", FieldKind.PARAGRAPH), officers(),
            req("headOpinion", "负责人审批意见", FieldKind.PARAGRAPH), opt("headName", "审批负责人", FieldKind.TEXT), date()),
    // 式样之二: 时间 …至… 第…次询问, 地点, 询问人, 记录人, 被询问人, 与案件关系, 性别, 年龄, 身份证件号, 联系电话,
    // 工作单位及职务, 联系地址, 问/答, the signatures
    INQUIRY_RECORD("询问笔录", "询", DocumentFamily.RECORD, false, true, null,
            start(), end(), hiddenRequired("inquiryNumber", "询问次数", FieldKind.TEXT), place(), officers(), recorder(),
            req("interviewee", "被询问人", FieldKind.PARTY), opt("relation", "与本案关系", FieldKind.TEXT),
            req("intervieweeSex", "性别", FieldKind.TEXT), req("intervieweeAge", "年龄", FieldKind.TEXT),
            opt("intervieweeIdNumber", "身份证件号", FieldKind.TEXT), opt("intervieweePhone", "联系电话", FieldKind.TEXT),
            req("intervieweeWorkplace", "工作单位及职务", FieldKind.TEXT), req("intervieweeAddress", "联系地址", FieldKind.TEXT),
            hidden("credentialsShown", "出示执法证件并告知权利义务", FieldKind.FLAG), qa("询问内容")),
    // 式样之三: 案由, 勘验时间, 勘验场所, 天气状况, 勘验人 (职务, 执法证号), 当事人 (单位及职务), 被邀请人 (单位及职务),
    // 记录人 (职务), 勘验情况及结果, the four signatures
    INSPECTION_RECORD("勘验笔录", "勘", DocumentFamily.RECORD, false, true, null,
            cause(), start(), end(), req(DocumentFields.PLACE, "勘验场所", FieldKind.TEXT),
            req("weather", "天气状况", FieldKind.TEXT), req(DocumentFields.OFFICERS, "勘验人", FieldKind.OFFICERS),
            partyOptional(), opt("partyPost", "当事人单位及职务", FieldKind.TEXT), opt("witness", "被邀请人", FieldKind.TEXT),
            opt("witnessPost", "被邀请人单位及职务", FieldKind.TEXT), recorder(),
            opt("recorderPost", "记录人职务", FieldKind.TEXT), req("object", "勘验对象", FieldKind.TEXT),
            hidden("credentialsShown", "出示执法证件", FieldKind.FLAG), req("content", "勘验情况及结果", FieldKind.PARAGRAPH)),
    // 式样之四: 执法地点, 执法时间, 执法人员, 记录人, 现场人员基本情况 (the party, 车(船)型, the others present),
    // 现场情况, the confirmation and signatures, 备注
    SITE_RECORD("现场笔录", "现", DocumentFamily.RECORD, false, true, null,
            req(DocumentFields.PLACE, "执法地点", FieldKind.TEXT), start(), end(), officers(), recorder(), party(),
            opt("vehicleType", "车（船）型", FieldKind.TEXT),
            rows("presentPersons", "其他现场人员", false, col("name", "姓名"), col("sex", "性别"),
                    col("relation", "与案件关系"), col("idNumber", "身份证件号")),
            hidden("credentialsShown", "出示执法证件", FieldKind.FLAG), req("content", "现场情况", FieldKind.PARAGRAPH),
            opt("measures", "采取的措施", FieldKind.PARAGRAPH), opt("partyOpinion", "当事人意见", FieldKind.PARAGRAPH),
            opt("remarks", "备注", FieldKind.PARAGRAPH)),
    SAMPLING_VOUCHER("抽样取证凭证", "抽", DocumentFamily.LIST, true, false, PENALTY.article(56),
            party(), req("samplingTime", "抽样取证时间", FieldKind.DATE_TIME), place(), goods("抽样物品", true),
            officers(), date()),
    // 式样之六: "因调查…一案，根据…的规定，对你（单位）下列物品予以先行登记保存…日（自…至…）", the goods, the signatures
    EVIDENCE_PRESERVATION_LIST("证据登记保存清单", "保", DocumentFamily.LIST, true, false, PENALTY.article(56),
            party(), cause(), place(), goods("登记保存物品", true), req("storagePlace", "保存地点", FieldKind.TEXT),
            opt("preservedOn", "登记保存日期", FieldKind.DATE), opt("handlingDeadline", "处理期限", FieldKind.DATE),
            hidden("preservationWorkingDays", "登记保存期限（工作日，中文数字）", FieldKind.TEXT), officers(), date()),
    // 式样之七: "本机关依法于…对你（单位）采取了证据登记保存，《证据登记保存清单》…，决定自…起解除该证据登记保存"
    RELEASE_EVIDENCE_PRESERVATION("解除证据登记保存决定书", "解保", DocumentFamily.DECISION, true, false,
            PENALTY.article(56),
            party(), opt("measureDate", "采取证据登记保存日期", FieldKind.DATE),
            req("preservationNumber", "证据登记保存清单文号", FieldKind.TEXT),
            req(DocumentFields.REASON, "解除理由", FieldKind.PARAGRAPH), goods("解除保存物品", false), date()),
    COMPULSORY_MEASURE_DECISION("行政强制措施决定书", "强", DocumentFamily.DECISION, true, false, COERCION.article(24),
            party(), facts("违法事实"), req(DocumentFields.BASIS, "法律依据", FieldKind.TEXT),
            req("measure", "强制措施种类", FieldKind.TEXT), req("period", "期限", FieldKind.TEXT),
            goods("查封、扣押财物清单", false), reconsiderationBody(), court(), date()),
    // 式样之九: "因你（单位）…，本机关依法于…对你（单位）采取了…的行政强制措施…现因…，依据…第二十五条…决定延长…至…"
    EXTEND_COMPULSORY_MEASURE("延长行政强制措施期限通知书", "延强", DocumentFamily.NOTICE, true, false,
            COERCION.article(25),
            party(), opt(DocumentFields.CAUSE, "案由", FieldKind.TEXT),
            opt("measureDate", "采取强制措施日期", FieldKind.DATE), opt("measure", "强制措施种类", FieldKind.TEXT),
            originalDecision(), req(DocumentFields.REASON, "延长理由", FieldKind.PARAGRAPH),
            req("newDeadline", "延长至", FieldKind.DATE), date()),
    // 式样之十: "因你（单位）…，本机关依法于…对你（单位）采取了…的行政强制措施…决定自…起解除", 退还财物清单
    RELEASE_COMPULSORY_MEASURE("解除行政强制措施决定书", "解强", DocumentFamily.DECISION, true, false,
            COERCION.article(28),
            party(), cause(), opt("measureDate", "采取强制措施日期", FieldKind.DATE),
            opt("measure", "强制措施种类", FieldKind.TEXT), originalDecision(),
            hiddenRequired("releaseItem", "解除所依据的第二十八条第一款的项（中文数字）", FieldKind.TEXT),
            req(DocumentFields.REASON, "解除理由", FieldKind.PARAGRAPH), goods("退还财物清单", false), date()),
    VIOLATION_NOTICE("违法行为通知书", "通", DocumentFamily.NOTICE, true, false, PENALTY.article(44),
            party(), facts("违法事实"), req(DocumentFields.EVIDENCE, "证据", FieldKind.PARAGRAPH),
            opt(DocumentFields.EVIDENCE_LIST, "证据清单", FieldKind.TEXT),
            req(DocumentFields.VIOLATED_PROVISION, "违反的规定", FieldKind.TEXT),
            req(DocumentFields.PENALTY_BASIS, "处罚依据", FieldKind.TEXT),
            req("proposedPenalty", "拟作出的行政处罚", FieldKind.PARAGRAPH),
            hidden("statementWorkingDays", "陈述申辩期限（工作日，中文数字）", FieldKind.TEXT),
            hidden("hearingWorkingDays", "听证申请期限（工作日，中文数字）", FieldKind.TEXT),
            opt("hearingOffered", "告知听证权利", FieldKind.FLAG),
            unitAddress(), unitPostalCode(), unitContactPerson(), unitPhone(), date()),
    HEARING_NOTICE("听证通知书", "听通", DocumentFamily.NOTICE, true, false, PENALTY.article(64),
            party(), cause(), req("hearingTime", "听证时间", FieldKind.DATE_TIME),
            req("hearingPlace", "听证地点", FieldKind.TEXT), req("presidingOfficer", "听证主持人", FieldKind.TEXT),
            opt("hearingOfficers", "听证员", FieldKind.TEXT), req("hearingRecorder", "记录员", FieldKind.TEXT),
            opt("publicHearing", "公开举行", FieldKind.FLAG), opt("notPublicReason", "不公开举行的理由", FieldKind.TEXT),
            unitAddress(), unitPostalCode(), unitContactPerson(), unitPhone(), date()),
    // 式样之十三: 案件名称, 主持听证机关, 听证地点, 听证时间, 主持人, 听证员, 记录员, 执法人员, 当事人, 委托代理人, 第三人,
    // 其他参与人员, 听证记录
    HEARING_RECORD("听证笔录", "听", DocumentFamily.RECORD, false, true, PENALTY.article(64),
            cause(), req(DocumentFields.PLACE, "听证地点", FieldKind.TEXT), start(), end(),
            req("presidingOfficer", "主持人", FieldKind.TEXT),
            opt("hearingOfficers", "听证员", FieldKind.TEXT), req(DocumentFields.RECORDER, "记录员", FieldKind.TEXT),
            req(DocumentFields.OFFICERS, "执法人员", FieldKind.OFFICERS), party(),
            opt("agents", "委托代理人", FieldKind.TEXT), opt("thirdParties", "第三人", FieldKind.TEXT),
            opt("otherParticipants", "其他参与人员", FieldKind.TEXT), req("attendance", "当事人出席情况", FieldKind.TEXT),
            opt(DocumentFields.QA, "听证记录", FieldKind.QA)),
    ON_THE_SPOT_DECISION("当场行政处罚决定书", "当罚", DocumentFamily.DECISION, true, false, PENALTY.article(52),
            party(), req("actTime", "违法时间", FieldKind.DATE_TIME), req(DocumentFields.PLACE, "违法地点", FieldKind.TEXT),
            facts("违法事实"), req(DocumentFields.VIOLATED_PROVISION, "违反的规定", FieldKind.TEXT),
            req(DocumentFields.PENALTY_BASIS, "处罚依据", FieldKind.TEXT),
            req("partyStatement", "当事人陈述申辩", FieldKind.PARAGRAPH),
            req("statementReview", "陈述申辩复核意见", FieldKind.PARAGRAPH),
            req(DocumentFields.PENALTY, "处罚种类和数额", FieldKind.TEXT), opt(DocumentFields.FINE_FEN, "罚款金额", FieldKind.AMOUNT_FEN),
            req(DocumentFields.CORRECTION, "责令改正", FieldKind.PARAGRAPH),
            req(DocumentFields.PERFORMANCE, "履行方式和期限", FieldKind.PARAGRAPH),
            req("decisionPlace", "处罚地点", FieldKind.TEXT), req("signature", "当事人签收情况", FieldKind.TEXT), officers(),
            reconsiderationBody(), court(), date()),
    PENALTY_DECISION("行政处罚决定书", "罚", DocumentFamily.DECISION, true, false, PENALTY.article(59),
            party(), facts("违法事实"), req(DocumentFields.EVIDENCE, "证据", FieldKind.PARAGRAPH),
            opt(DocumentFields.EVIDENCE_LIST, "证据清单", FieldKind.TEXT),
            opt("statementReview", "陈述申辩（听证）及采纳情况", FieldKind.PARAGRAPH),
            req(DocumentFields.VIOLATED_PROVISION, "违反的规定", FieldKind.TEXT),
            req(DocumentFields.PENALTY_BASIS, "处罚依据", FieldKind.TEXT),
            req(DocumentFields.PENALTY, "处罚种类和数额", FieldKind.PARAGRAPH), opt(DocumentFields.FINE_FEN, "罚款金额", FieldKind.AMOUNT_FEN),
            opt(DocumentFields.CORRECTION, "责令改正", FieldKind.PARAGRAPH),
            req(DocumentFields.PERFORMANCE, "履行方式和期限", FieldKind.PARAGRAPH),
            reconsiderationBody(), court(), date()),
    CORRECTION_ORDER("责令改正违法行为通知书", "责改", DocumentFamily.NOTICE, true, false, PENALTY.article(28),
            party(), facts("违法事实"), req(DocumentFields.VIOLATED_PROVISION, "违反的规定", FieldKind.TEXT),
            req(DocumentFields.BASIS, "责令改正依据", FieldKind.TEXT), req("correction", "改正要求", FieldKind.PARAGRAPH),
            req("correctionDeadline", "改正期限", FieldKind.DATE),
            opt(DocumentFields.RECONSIDERATION_BODY, "行政复议机关", FieldKind.TEXT),
            opt(DocumentFields.COURT, "行政诉讼管辖法院", FieldKind.TEXT), date()),
    // 式样之十七: "…《行政处罚决定书》…罚款…根据你（单位）的申请…现决定：" the arrangement, 代收机构以本通知书为据
    INSTALMENT_NOTICE("分期（延期）缴纳罚款通知书", "缴", DocumentFamily.NOTICE, true, false, PENALTY.article(66),
            party(), originalDecision(), req(DocumentFields.FINE_FEN, "罚款金额", FieldKind.AMOUNT_FEN),
            req("arrangement", "分期（延期）缴纳安排", FieldKind.PARAGRAPH), date()),
    // 式样之十八: "…一案，本机关于…依法作出了…的决定，决定书案号为…", the order to remove by a date (第四十四条), 特此公告
    EXECUTION_ANNOUNCEMENT("执行公告", "执告", DocumentFamily.NOTICE, true, false, COERCION.article(44),
            cause(), req("decisionDate", "决定日期", FieldKind.DATE), req("decisionContent", "决定内容", FieldKind.TEXT),
            originalDecision(), party(), req("removalDeadline", "自行拆除期限", FieldKind.DATE), date()),
    REMINDER("催告书", "催", DocumentFamily.NOTICE, true, false, COERCION.article(35),
            party(), originalDecision(), req("obligation", "应当履行的义务", FieldKind.PARAGRAPH),
            hiddenRequired("performanceDays", "履行期限（收到催告书之日起的工作日数）", FieldKind.TEXT),
            opt("amountFen", "金额", FieldKind.AMOUNT_FEN),
            opt("surchargeFen", "加处罚款", FieldKind.AMOUNT_FEN), date()),
    // 式样之二十: 当事人; "因你（单位）逾期未履行本机关于…作出的…决定…经本机关催告后…依据…的规定，本机关将于…强制执行：
    // …（强制执行方式）"; remedies
    ENFORCEMENT_DECISION("行政强制执行决定书", "强执", DocumentFamily.DECISION, true, false, COERCION.article(37),
            party(), req("decisionDate", "决定日期", FieldKind.DATE), req("decisionContent", "决定内容", FieldKind.TEXT),
            originalDecision(), req("reminderNumber", "催告书文号", FieldKind.TEXT),
            opt("immediate", "立即强制执行（催告期间有转移或者隐匿财物迹象）", FieldKind.FLAG),
            req(DocumentFields.BASIS, "强制执行依据", FieldKind.TEXT), req("enforcementTime", "强制执行时间", FieldKind.DATE),
            req("method", "强制执行方式", FieldKind.PARAGRAPH), reconsiderationBody(), court(), date()),
    // 式样之二十一: the decision and the basis, then 代履行人, 代履行标的, 代履行时间和方式, 代履行费用（预算）, remedies
    SUBSTITUTE_PERFORMANCE_DECISION("代履行决定书", "代", DocumentFamily.DECISION, true, false, COERCION.article(51),
            party(), originalDecision(), req(DocumentFields.BASIS, "代履行依据", FieldKind.TEXT),
            req("substitute", "代履行人", FieldKind.TEXT), req("content", "代履行内容", FieldKind.PARAGRAPH),
            req("performanceTime", "代履行时间", FieldKind.DATE), req("costEstimateFen", "预算费用", FieldKind.AMOUNT_FEN),
            reconsiderationBody(), court(), date()),
    // 式样之二十二: "…一案，本机关于…依法作出了行政强制执行决定，并向你（单位）送达了《行政强制执行决定书》（…）", then one
    // of 中止 (第三十九条第一款), 终结 (第四十条), 恢复 (第三十九条第二款, or 第四十二条第二款 after a broken agreement)
    EXECUTION_SUSPENSION_NOTICE("中止（终结、恢复）行政强制执行通知书", "中执", DocumentFamily.NOTICE, true, false,
            COERCION.article(39),
            party(), cause(), req("decisionDate", "强制执行决定日期", FieldKind.DATE),
            req(DocumentFields.ORIGINAL_DECISION, "行政强制执行决定书文号", FieldKind.TEXT),
            req("action", "事项（中止、终结或恢复）", FieldKind.TEXT), opt(DocumentFields.REASON, "理由", FieldKind.PARAGRAPH),
            opt("suspendedFrom", "中止执行起始日期", FieldKind.DATE), opt("suspendedOn", "决定中止执行日期", FieldKind.DATE),
            opt("agreementDate", "达成执行协议日期", FieldKind.DATE), date()),
    // 式样之二十三: 案由, 受送达人, then per served document its name and number, place, date, method, signatures
    PROOF_OF_SERVICE("送达回证", "送", DocumentFamily.LIST, false, false, PENALTY.article(61),
            cause(), req("addressee", "受送达人", FieldKind.TEXT), req("serviceAddress", "送达地点", FieldKind.TEXT),
            req("serviceMethod", "送达方式", FieldKind.TEXT),
            rows("servedDocuments", "送达文书", true, col("name", "文书名称"), col("number", "文号"), col("pages", "页数")),
            req("servedAt", "送达时间", FieldKind.DATE_TIME), opt("signature", "签收情况", FieldKind.TEXT),
            opt("witness", "见证人", FieldKind.TEXT), opt("remark", "备注", FieldKind.TEXT), officers()),
    // 式样之二十四: 案由, 当事人基本情况, 处理结果, 执行情况, 经办机构负责人意见, 负责人审批意见
    CLOSURE_REPORT("结案报告", "结", DocumentFamily.FORM, false, true, null,
            cause(), party(), req("decisionSummary", "处理结果", FieldKind.PARAGRAPH),
            req("execution", "执行情况", FieldKind.PARAGRAPH), req("handlerOpinion", "承办人意见", FieldKind.PARAGRAPH),
            officers(), req("headOpinion", "负责人审批意见", FieldKind.PARAGRAPH), date()),

    // —— documents the procedure needs besides the standard set ——
    INVESTIGATION_REPORT("调查终结报告", "终", DocumentFamily.FORM, false, true, null,
            cause(), party(), facts("违法事实"), req(DocumentFields.EVIDENCE, "证据", FieldKind.PARAGRAPH),
            opt(DocumentFields.EVIDENCE_LIST, "证据清单", FieldKind.TEXT),
            req(DocumentFields.VIOLATED_PROVISION, "违反的规定", FieldKind.TEXT),
            req(DocumentFields.PENALTY_BASIS, "处罚依据", FieldKind.TEXT),
            req("proposal", "处理意见", FieldKind.PARAGRAPH), opt("discretion", "裁量理由", FieldKind.PARAGRAPH),
            officers(), date()),
    CASE_REVIEW_FORM("案件审核表", "审", DocumentFamily.FORM, false, true, null,
            cause(), party(), req("proposal", "承办人处理意见", FieldKind.PARAGRAPH),
            req(DocumentFields.OPINION, "审核意见", FieldKind.PARAGRAPH), req("reviewer", "审核人", FieldKind.TEXT), date()),
    LEGAL_REVIEW_OPINION("法制审核意见书", "法审", DocumentFamily.FORM, true, true, PENALTY.article(58),
            cause(), party(), req("proposal", "拟作出的处理决定", FieldKind.PARAGRAPH),
            req(DocumentFields.CONCLUSION, "审核结论", FieldKind.TEXT),
            req(DocumentFields.OPINION, "审核意见", FieldKind.PARAGRAPH),
            rows("problems", "存在的问题", false, col("item", "问题"), col("suggestion", "处理建议")),
            req("reviewer", "法制审核人员", FieldKind.TEXT), date()),
    COLLECTIVE_DISCUSSION_RECORD("集体讨论记录", "集", DocumentFamily.RECORD, false, true, PENALTY.article(57),
            cause(), start(), end(), place(), req("presiding", "主持人", FieldKind.TEXT),
            req("attendees", "出席人员", FieldKind.TEXT), recorder(), qa("讨论意见"),
            req(DocumentFields.CONCLUSION, "讨论决定", FieldKind.PARAGRAPH)),
    MAJOR_DECISION_FILING_REPORT("重大行政处罚决定备案报告", "备", DocumentFamily.NOTICE, true, true, ACTION_PLAN.article(21),
            req(DocumentFields.RECIPIENT, "报送机关", FieldKind.TEXT), cause(), party(),
            req("decisionNumber", "处罚决定书文号", FieldKind.TEXT),
            req("decisionSummary", "处罚决定情况", FieldKind.PARAGRAPH), date()),
    MAJOR_DECISION_FILING_FORM("重大行政处罚决定备案表", "备表", DocumentFamily.FORM, false, false, ACTION_PLAN.article(21),
            cause(), party(), req("decisionNumber", "处罚决定书文号", FieldKind.TEXT),
            req("decisionDate", "决定日期", FieldKind.DATE), req(DocumentFields.PENALTY, "处罚内容", FieldKind.PARAGRAPH),
            req("legalReview", "法制审核情况", FieldKind.PARAGRAPH),
            req("collectiveDiscussion", "集体讨论情况", FieldKind.PARAGRAPH), opt("hearing", "听证情况", FieldKind.PARAGRAPH),
            date()),
    NO_PENALTY_DECISION("不予行政处罚决定书", "不罚", DocumentFamily.DECISION, true, false, PENALTY.article(57),
            party(), facts("违法事实"), req(DocumentFields.EVIDENCE, "证据", FieldKind.PARAGRAPH),
            opt(DocumentFields.EVIDENCE_LIST, "证据清单", FieldKind.TEXT),
            opt("statementReview", "陈述申辩（听证）及采纳情况", FieldKind.PARAGRAPH),
            req(DocumentFields.REASON, "不予行政处罚的理由", FieldKind.PARAGRAPH),
            req(DocumentFields.BASIS, "不予行政处罚的依据", FieldKind.TEXT),
            opt("education", "教育情况", FieldKind.PARAGRAPH), reconsiderationBody(), court(), date()),
    CRIMINAL_TRANSFER("涉嫌犯罪案件移送书", "移", DocumentFamily.NOTICE, true, true, org.zhifa.common.Law.CRIMINAL_TRANSFER.article(3),
            req(DocumentFields.RECIPIENT, "移送机关", FieldKind.TEXT), cause(), party(), facts("涉嫌犯罪事实"),
            req(DocumentFields.BASIS, "移送依据", FieldKind.TEXT),
            rows("attachments", "移送材料", true, col("name", "材料名称"), col("pages", "页数")), date()),
    // 《行政处罚法》第六十一条第二款: 当事人同意并签订确认书的，可以采用传真、电子邮件等方式送达
    SERVICE_ADDRESS_CONFIRMATION("送达地址确认书", "址", DocumentFamily.FORM, false, false, PENALTY.article(61),
            party(), req("address", "送达地址", FieldKind.TEXT), opt("postalCode", "邮政编码", FieldKind.TEXT),
            req(DocumentFields.RECIPIENT, "收件人", FieldKind.TEXT), req("contactPhone", "联系电话", FieldKind.TEXT),
            req("acceptsElectronicService", "是否同意电子送达", FieldKind.FLAG),
            opt("electronicAddress", "电子送达地址（传真号码、电子邮箱等）", FieldKind.TEXT),
            req("signedBy", "确认人（受送达人）", FieldKind.TEXT), date()),
    EDUCATION_RECORD("教育记录", "教", DocumentFamily.RECORD, false, true, PENALTY.article(33),
            start(), end(), place(), officers(), recorder(), party(), cause(), req("content", "教育内容", FieldKind.PARAGRAPH)),
    COMMITMENT_LETTER("承诺书", "诺", DocumentFamily.FORM, false, true, PENALTY.article(33),
            party(), cause(), req("commitment", "承诺内容", FieldKind.PARAGRAPH), req("signedBy", "承诺人", FieldKind.TEXT),
            date()),
    EVIDENCE_LIST("证据清单", "证", DocumentFamily.LIST, true, false, PENALTY.article(46),
            cause(), party(), req(DocumentFields.EVIDENCE_LIST_VERSION, "版本", FieldKind.TEXT),
            rows(DocumentFields.EVIDENCE_ITEMS, "证据", true, col("kind", "种类"), col("title", "名称"),
                    col("source", "来源"), col("obtained", "取得方式"), col("sm3", "SM3 指纹"),
                    col("logIndex", "存证日志序号"), qrCol("verifyUrl", "核验二维码")),
            date()),
    CASE_SOURCE_REGISTER("案件来源登记表", "源", DocumentFamily.FORM, false, false, null,
            req("caseSource", "案件来源", FieldKind.TEXT), req("discoveredOn", "发现日期", FieldKind.DATE), cause(),
            party(), facts("简要案情"), req("handlerOpinion", "承办人意见", FieldKind.PARAGRAPH), officers(),
            req("headOpinion", "负责人审批意见", FieldKind.PARAGRAPH), opt("headName", "审批负责人", FieldKind.TEXT), date()),

    // —— inspections (双随机一公开, 日常检查) ——
    ON_SITE_INSPECTION_RECORD("现场检查笔录", "检", DocumentFamily.LIST, false, false, PENALTY.article(55),
            req("inspectionItems", "检查事项", FieldKind.TEXT), start(), end(), place(), officers(),
            opt("auxiliaries", "随同辅助人员（不计入执法人员）", FieldKind.TEXT), party(),
            req("representative", "被检查单位在场人员", FieldKind.TEXT),
            rows("checklist", "检查内容及结果", true, col("text", "检查内容"), col("article", "依据条款"),
                    col("answer", "检查结果"), col("note", "情况说明")),
            opt("findings", "检查情况", FieldKind.PARAGRAPH), req(DocumentFields.CONCLUSION, "检查结论", FieldKind.TEXT),
            req("signature", "当事人签名情况", FieldKind.TEXT), date()),

    // —— supervision (案卷评查, 方案第5项) ——
    EVALUATION_REPORT("案卷评查报告", "评查", DocumentFamily.NOTICE, true, false, ACTION_PLAN.article(5),
            req(DocumentFields.RECIPIENT, "报送", FieldKind.TEXT), req("campaign", "评查活动", FieldKind.TEXT),
            req("summary", "评查概况", FieldKind.PARAGRAPH),
            rows("units", "各单位评查结果", true, col("unit", "单位"), col("files", "抽查案卷"), col("scored", "已评查"),
                    col("average", "平均分"), col("vetoed", "否决")),
            rows("deductions", "扣分情况", false, col("caseNumber", "案号"), col("item", "评查项目"),
                    col("points", "扣分"), col("reason", "理由")),
            date()),
    EVALUATION_BULLETIN("案卷评查情况通报", "评通", DocumentFamily.NOTICE, true, false, ACTION_PLAN.article(5),
            req(DocumentFields.RECIPIENT, "主送", FieldKind.TEXT), req("campaign", "评查活动", FieldKind.TEXT),
            req("summary", "评查情况", FieldKind.PARAGRAPH),
            rows("units", "各单位评查结果", true, col("unit", "单位"), col("files", "抽查案卷"), col("scored", "已评查"),
                    col("average", "平均分"), col("vetoed", "否决")),
            req("requirements", "整改要求", FieldKind.PARAGRAPH), date());

    private final String title;
    private final String defaultCode;
    private final DocumentFamily family;
    private final boolean numbered;
    private final boolean editable;
    private final LegalBasis article;
    private final List<DocumentField> fields;

    DocumentType(String title, String defaultCode, DocumentFamily family, boolean numbered, boolean editable,
            LegalBasis article, DocumentField... fields) {
        this.title = title;
        this.defaultCode = defaultCode;
        this.family = family;
        this.numbered = numbered;
        this.editable = editable;
        this.article = article;
        this.fields = List.of(fields);
    }

    /** Chinese title printed on the document, e.g. 行政处罚决定书. */
    public String title() {
        return title;
    }

    /** The default document code in numbers, e.g. 罚 in 德交执罚〔2025〕3号 (override: zhifa.documents.codes). */
    public String defaultCode() {
        return defaultCode;
    }

    public DocumentFamily family() {
        return family;
    }

    /** True when the document carries its own number (文号) drawn from {@link DocumentNumbers}. */
    public boolean numbered() {
        return numbered;
    }

    /** True when a DOCX copy is offered besides the PDF. */
    public boolean editable() {
        return editable;
    }

    /** The provision the document serves, cited in refusals; null for plain registers. */
    public LegalBasis article() {
        return article;
    }

    /** The fields in the order they are printed. */
    public List<DocumentField> fields() {
        return fields;
    }

    public List<DocumentField> requiredFields() {
        return fields.stream().filter(DocumentField::required).toList();
    }

    /**
     * The required fields that are missing or blank in the given values, keyed by field key with a Chinese
     * message (e.g. {@code facts → 违法事实不能为空}); empty when the document can be issued.
     */
    public Map<String, String> missingFields(Map<String, ?> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (DocumentField f : requiredFields()) {
            Object v = values == null ? null : values.get(f.key());
            if (isBlank(f, v)) {
                errors.put(f.key(), f.label() + "不能为空");
            }
        }
        return errors;
    }

    private static boolean isBlank(DocumentField f, Object v) {
        if (v == null) {
            return true;
        }
        if (v instanceof CharSequence s) {
            return s.toString().isBlank();
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty();
        }
        if (v instanceof Map<?, ?> m && f.kind() == FieldKind.PARTY) {
            Object name = m.get("name");
            return name == null || name.toString().isBlank();
        }
        return false;
    }

    /** True when the national form ends with the issuing unit's address and contact (the unit's contact block). */
    public boolean printsUnitContact() {
        return fields.stream().anyMatch(f -> f.key().equals(DocumentFields.UNIT_ADDRESS));
    }

    /** Types in the standard set of legal-rules §10 (the first 24). */
    public static List<DocumentType> standardSet() {
        List<DocumentType> out = new ArrayList<>();
        for (DocumentType t : values()) {
            if (t.ordinal() <= CLOSURE_REPORT.ordinal()) {
                out.add(t);
            }
        }
        return out;
    }
}
