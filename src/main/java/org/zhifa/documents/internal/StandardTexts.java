package org.zhifa.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentType;

/** The fixed sentences of the standard documents: rights, remedies and closing formulas, each with its basis. */
final class StandardTexts {

    private StandardTexts() {
    }

    /**
     * The keys the type's standard sentences print (or, for a notice addressed to the party alone, its addressee line),
     * which are therefore not printed again as labelled lines.
     */
    static Set<String> inSentences(DocumentType type) {
        switch (type) {
            case RELEASE_EVIDENCE_PRESERVATION:
                return Set.of("measureDate", "preservationNumber");
            case RELEASE_COMPULSORY_MEASURE:
                return Set.of(DocumentFields.CAUSE, "measureDate", "measure", DocumentFields.ORIGINAL_DECISION, "releaseItem");
            case EVIDENCE_PRESERVATION_LIST:
                return Set.of(DocumentFields.CAUSE, "preservedOn", "handlingDeadline", "preservationWorkingDays");
            case EXTEND_COMPULSORY_MEASURE:
                return Set.of(DocumentFields.PARTY, DocumentFields.CAUSE, "measureDate", "measure", DocumentFields.ORIGINAL_DECISION,
                        DocumentFields.REASON, "newDeadline");
            case INSTALMENT_NOTICE:
                return Set.of(DocumentFields.PARTY, DocumentFields.ORIGINAL_DECISION, DocumentFields.FINE_FEN);
            case COMPULSORY_MEASURE_DECISION:
                return Set.of(DocumentFields.BASIS, "measure", "period");
            case EXECUTION_ANNOUNCEMENT:
                return Set.of(DocumentFields.CAUSE, "decisionDate", "decisionContent", DocumentFields.ORIGINAL_DECISION,
                        DocumentFields.PARTY, "removalDeadline");
            case ENFORCEMENT_DECISION:
                return Set.of("decisionDate", "decisionContent", DocumentFields.ORIGINAL_DECISION, "reminderNumber",
                        "immediate", DocumentFields.BASIS, "enforcementTime", "method");
            case EXECUTION_SUSPENSION_NOTICE:
                return Set.of(DocumentFields.PARTY, DocumentFields.CAUSE, "decisionDate", DocumentFields.ORIGINAL_DECISION,
                        "action", DocumentFields.REASON, "suspendedFrom", "suspendedOn", "agreementDate");
            default:
                return Set.of();
        }
    }

    /** The label of a record's 开始至结束 row, as the form names it. */
    static String recordTimeLabel(DocumentType type) {
        switch (type) {
            case INSPECTION_RECORD:
                return "勘验时间";
            case SITE_RECORD:
                return "执法时间";
            case HEARING_RECORD:
                return "听证时间";
            default:
                return "时间";
        }
    }

    /** An entered text inside a sentence: without its own closing punctuation. */
    private static String clause(String s) {
        return s.strip().replaceAll("[。；！，、]+$", "");
    }

    /** The text ending with a full stop (an entered sentence may or may not have one). */
    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith("。") || t.endsWith("；") || t.endsWith("！") ? t : t + "。";
    }

    /** "于2025年3月4日" when the date is given, nothing otherwise (never a made-up date). */
    private static String on(LayoutInput in, String key) {
        return in.has(key) ? "于" + in.print(key) : "";
    }

    static Optional<String> intro(LayoutInput in) {
        String party = in.partyName(DocumentFields.PARTY);
        switch (in.type()) {
            case RELEASE_EVIDENCE_PRESERVATION:
                // 式样之七
                return Optional.of("本机关依法" + on(in, "measureDate") + "对你（单位）采取了证据登记保存，《证据登记保存清单》文号为"
                        + in.print("preservationNumber") + "。依照《中华人民共和国行政处罚法》第五十六条的规定，本机关决定自"
                        + in.date() + "起解除该证据登记保存。");
            case RELEASE_COMPULSORY_MEASURE:
                // 式样之十: the item of 第二十八条第一款 chosen at release-measure (DocumentValidation: 一 to 五)
                return Optional.of("因你（单位）" + in.print(DocumentFields.CAUSE) + "，本机关依法" + on(in, "measureDate")
                        + "对你（单位）采取了" + (in.has("measure") ? in.print("measure") + "的" : "")
                        + "行政强制措施，行政强制措施决定书文号为" + in.print(DocumentFields.ORIGINAL_DECISION)
                        + "。依照《中华人民共和国行政强制法》第二十八条第一款第（" + in.print("releaseItem").strip()
                        + "）项的规定，本机关决定自" + in.date() + "起解除该行政强制措施。");
            case EVIDENCE_PRESERVATION_LIST:
                // 式样之六 (第三十七条第二款 of the 2017 law is 第五十六条 of the 2021 law): the period in working days and
                // its first and last day when given (the day taken and the clock's due date), never made up
                return Optional.of("因调查" + clause(in.print(DocumentFields.CAUSE)) + "一案，根据《中华人民共和国行政处罚法》"
                        + "第五十六条的规定，对你（单位）下列物品予以先行登记保存"
                        + (in.has("preservationWorkingDays") ? in.print("preservationWorkingDays") + "个工作日" : "")
                        + (in.has("preservedOn") && in.has("handlingDeadline")
                                ? "（自" + in.print("preservedOn") + "至" + in.print("handlingDeadline") + "）" : "")
                        + "。在此期间，当事人或者有关人员不得销毁或者转移证据。");
            case EXTEND_COMPULSORY_MEASURE:
                // 式样之九; the cause, the day the measure was taken and its kind when given (never made up)
                return Optional.of((in.has(DocumentFields.CAUSE) ? "因你（单位）" + clause(in.print(DocumentFields.CAUSE)) + "，" : "")
                        + "本机关依法" + on(in, "measureDate") + "对你（单位）采取了"
                        + (in.has("measure") ? in.print("measure") + "的" : "") + "行政强制措施，行政强制措施决定书文号为"
                        + in.print(DocumentFields.ORIGINAL_DECISION) + "。现因" + clause(in.print(DocumentFields.REASON))
                        + "，依据《中华人民共和国行政强制法》第二十五条的规定，决定延长行政强制措施期限至"
                        + in.print("newDeadline") + "。");
            case INSTALMENT_NOTICE:
                // 式样之十七 (第五十二条 of the 2017 law is 第六十六条 of the 2021 law); the decision as approved follows
                return Optional.of("本机关对你（单位）作出了《行政处罚决定书》（文号：" + in.print(DocumentFields.ORIGINAL_DECISION)
                        + "），决定对你（单位）罚款" + in.print(DocumentFields.FINE_FEN) + "。根据你（单位）的申请，本机关依据"
                        + "《中华人民共和国行政处罚法》第六十六条第二款的规定，现决定：");
            case EXECUTION_ANNOUNCEMENT:
                // 式样之十八
                return Optional.of(in.print(DocumentFields.CAUSE) + "一案，本机关于" + in.print("decisionDate") + "依法作出了"
                        + in.print("decisionContent") + "的决定，决定书文号为" + in.print(DocumentFields.ORIGINAL_DECISION) + "。");
            case ENFORCEMENT_DECISION: {
                // 式样之二十; the immediate enforcement of 《行政强制法》第三十七条第三款 when the flag is set
                boolean immediate = Boolean.TRUE.equals(in.get("immediate"));
                String reminder = "（催告书文号：" + in.print("reminderNumber") + "）";
                return Optional.of("因你（单位）逾期未履行本机关于" + in.print("decisionDate") + "作出的" + in.print("decisionContent")
                        + "决定，决定书文号为" + in.print(DocumentFields.ORIGINAL_DECISION) + "。"
                        + (immediate ? "本机关依法催告" + reminder + "后，你（单位）在催告期间有转移或者隐匿财物迹象。"
                                : "经本机关催告" + reminder + "后，你（单位）仍未履行且无正当理由。")
                        + "依据" + in.print(DocumentFields.BASIS) + "的规定，本机关将" + (immediate ? "立即" : "") + "于"
                        + in.print("enforcementTime") + "强制执行：" + sentence(in.print("method")));
            }
            case EXECUTION_SUSPENSION_NOTICE:
                // 式样之二十二
                return Optional.of(in.print(DocumentFields.CAUSE) + "一案，本机关于" + in.print("decisionDate")
                        + "依法作出了行政强制执行决定，并向你（单位）送达了《行政强制执行决定书》（文号："
                        + in.print(DocumentFields.ORIGINAL_DECISION) + "）。");
            case VIOLATION_NOTICE:
                return Optional.of("经调查，本机关认为你（单位）的下列行为涉嫌违法，拟作出行政处罚。根据《中华人民共和国行政处罚法》"
                        + "第四十四条的规定，现将拟作出行政处罚的事实、理由、依据及内容告知如下：");
            case HEARING_NOTICE:
                return Optional.of("根据你（单位）的申请，依据《中华人民共和国行政处罚法》第六十四条的规定，本机关决定就下列案件举行听证：");
            case CORRECTION_ORDER:
                return Optional.of("经调查，你（单位）存在下列违法事实，现责令你（单位）改正：");
            case REMINDER:
                // 式样之十九: 因…作出…的决定…逾期未履行义务，根据第三十五条和第五十四条的规定，现就有关事项催告如下
                return Optional.of("你（单位）逾期未履行本机关作出的行政处罚决定所确定的义务，根据《中华人民共和国行政强制法》"
                        + "第三十五条和第五十四条的规定，现就有关事项催告如下，请你（单位）按要求履行：");
            case PENALTY_DECISION:
                return Optional.of("当事人" + party + "的违法行为，经本机关依法调查，现查明事实、作出决定如下：");
            case ON_THE_SPOT_DECISION:
                return Optional.of("执法人员当场查明当事人" + party + "的下列违法事实，依据《中华人民共和国行政处罚法》"
                        + "第五十一条、第五十二条的规定，当场作出行政处罚决定如下：");
            case INQUIRY_RECORD:
                return Boolean.TRUE.equals(in.get("credentialsShown"))
                        ? Optional.of("执法人员已向被询问人出示执法证件，表明身份，告知其有如实回答询问、协助调查的义务，"
                                + "以及陈述、申辩和申请执法人员回避的权利（《中华人民共和国行政处罚法》第五十五条）。")
                        : Optional.empty();
            case SITE_RECORD:
            case INSPECTION_RECORD:
                return Boolean.TRUE.equals(in.get("credentialsShown"))
                        ? Optional.of("执法人员已出示执法证件，表明身份（《中华人民共和国行政处罚法》第五十五条）。")
                        : Optional.empty();
            case CRIMINAL_TRANSFER:
                return Optional.of("根据《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号），现将涉嫌犯罪案件移送你单位，请依法审查。");
            case MAJOR_DECISION_FILING_REPORT:
                return Optional.of("根据重大行政处罚决定备案的有关规定，现将本机关作出的重大行政处罚决定报送备案：");
            case COMMITMENT_LETTER:
                return Optional.of("本人（单位）已知悉所涉违法行为的事实和依据，经执法人员教育，自愿作出如下承诺：");
            default:
                return Optional.empty();
        }
    }

    static List<String> closing(LayoutInput in) {
        List<String> out = new ArrayList<>();
        switch (in.type()) {
            case VIOLATION_NOTICE: {
                String days = in.print("statementWorkingDays");
                out.add("你（单位）有权进行陈述和申辩。如需陈述、申辩，请在收到本通知书之日起" + days
                        + "个工作日内向本机关提出；逾期未提出的，视为放弃此权利。本机关不因你（单位）陈述、申辩而加重处罚（《中华人民共和国行政处罚法》第四十五条）。");
                if (Boolean.TRUE.equals(in.get("hearingOffered"))) {
                    out.add("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。"
                            + "要求听证的，应当在收到本通知书之日起" + in.print("hearingWorkingDays")
                            + "个工作日内提出；逾期未提出的，视为放弃听证权利。");
                }
                break;
            }
            case EXECUTION_ANNOUNCEMENT:
                out.add("依据《中华人民共和国行政强制法》第四十四条的规定，现责令当事人" + in.partyName(DocumentFields.PARTY)
                        + "立即停止违法行为并于" + in.print("removalDeadline") + "前自行拆除违法的建筑物、构筑物、设施等。"
                        + "当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，本机关将依法强制拆除。");
                out.add("特此公告。");
                break;
            case EXECUTION_SUSPENSION_NOTICE:
                out.add(suspension(in));
                out.add("特此通知。");
                break;
            case HEARING_NOTICE:
                out.add("你（单位）可以亲自参加听证，也可以委托一至二人代理。认为听证主持人与本案有直接利害关系的，有权申请回避。"
                        + "无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利（《中华人民共和国行政处罚法》第六十四条）。");
                break;
            case REMINDER:
                out.add("请你（单位）自收到本催告书之日起" + in.print("performanceDays") + "个工作日内履行上述义务"
                        + "（《中华人民共和国行政强制法》第三十五条）。"
                        + "你（单位）收到本催告书后有权进行陈述和申辩（《中华人民共和国行政强制法》第三十六条）。"
                        + "逾期仍不履行的，本机关将依法申请人民法院强制执行（《中华人民共和国行政强制法》第五十四条）。");
                break;
            case PENALTY_DECISION:
            case ON_THE_SPOT_DECISION:
                if (in.has(DocumentFields.FINE_FEN)) {
                    out.add("到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额"
                            + "（《中华人民共和国行政处罚法》第七十二条）。");
                }
                break;
            case COMPULSORY_MEASURE_DECISION:
                // 式样之八, after the facts and the list of the goods (printed above the seal, so that the seal covers it)
                out.add("依据" + clause(in.print(DocumentFields.BASIS)) + "的规定，本机关决定对你（单位）的"
                        + (in.has(DocumentFields.ITEMS) ? "上列" : "") + "场所、设施或者财物实施"
                        + clause(in.print("measure")) + "的行政强制措施，期限为" + clause(in.print("period")) + "。");
                break;
            case INSTALMENT_NOTICE:
                // 式样之十七
                out.add("代收机构以本通知书为据，办理收款手续。");
                break;
            case EVIDENCE_PRESERVATION_LIST:
                out.add("以上物品经当事人核对无误。");
                break;
            case SAMPLING_VOUCHER:
                out.add("以上样品经当事人核对无误，由执法人员依法抽样取证。");
                break;
            case PROOF_OF_SERVICE:
                out.add("受送达人拒绝签收的，送达人可以邀请有关基层组织或者所在单位的代表到场，说明情况，"
                        + "在送达回证上记明拒收事由和日期，把文书留在受送达人的住所（《中华人民共和国民事诉讼法》第八十九条）。");
                break;
            case INQUIRY_RECORD:
                out.add("以上笔录已交被询问人阅读（或已向其宣读），被询问人确认与其所述一致。");
                break;
            case SITE_RECORD:
                // 式样之四, above the signature of the person present
                out.add("上述笔录我已看过（或已向我宣读过），情况属实无误。");
                break;
            case INSPECTION_RECORD:
                out.add("以上笔录已交当事人（被邀请人）核对，确认无误。");
                break;
            case EDUCATION_RECORD:
                out.add("以上记录已交当事人（见证人）核对，确认无误。");
                break;
            case HEARING_RECORD:
                out.add("以上笔录已交当事人阅读，当事人确认无误（《中华人民共和国行政处罚法》第六十四条第八项）。");
                break;
            default:
                break;
        }
        return out;
    }

    /**
     * 式样之二十二: the one matter the notice is about. {@link DocumentValidation} has checked that the action is 中止, 终结
     * or 恢复 with the facts it needs.
     */
    static String suspension(LayoutInput in) {
        String action = in.print("action").strip();
        switch (action) {
            case "中止":
                return "现因" + clause(in.print(DocumentFields.REASON)) + "，根据《中华人民共和国行政强制法》第三十九条第一款的规定，本机关决定自"
                        + in.print("suspendedFrom") + "起中止该行政强制执行。中止执行的情形消失后，本机关将恢复执行。";
            case "终结":
                return "现因" + clause(in.print(DocumentFields.REASON)) + "，根据《中华人民共和国行政强制法》第四十条的规定，本机关决定终结执行。";
            default:
                return in.has("agreementDate")
                        ? "本机关于" + in.print("agreementDate") + "与你（单位）达成执行协议，因你（单位）不履行执行协议，"
                                + "根据《中华人民共和国行政强制法》第四十二条第二款的规定，决定从即日恢复强制执行。"
                        : "本机关于" + in.print("suspendedOn") + "决定中止执行，现中止执行的情形已消失，"
                                + "根据《中华人民共和国行政强制法》第三十九条第二款的规定，决定从即日恢复强制执行。";
        }
    }

    /** 如不服本决定… with the periods of 《行政复议法》第二十条 and 《行政诉讼法》第四十六条 (settings). */
    static String remedies(LayoutInput in) {
        return "如不服本决定，可以在收到本决定书之日起" + LayoutInput.chinese(in.settings().reconsiderationDays())
                + "日内依法向" + in.print(DocumentFields.RECONSIDERATION_BODY) + "申请行政复议，或者在"
                + LayoutInput.chinese(in.settings().litigationMonths()) + "个月内依法向"
                + in.print(DocumentFields.COURT) + "提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行，"
                + "法律另有规定的除外（《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》第四十六条）。"
                // an order to correct is not enforced through the court, an enforcement decision is the enforcement, and a
                // compulsory measure imposes nothing to perform (式样之八 ends with 本决定不停止执行)
                + (in.type() == DocumentType.CORRECTION_ORDER || in.type() == DocumentType.ENFORCEMENT_DECISION
                        || in.type() == DocumentType.COMPULSORY_MEASURE_DECISION ? ""
                        : "逾期不申请行政复议、不提起行政诉讼又不履行的，本机关将依法申请人民法院强制执行"
                                + "（《中华人民共和国行政强制法》第五十三条）。");
    }

    static String recordPageNote(DocumentType type) {
        switch (type) {
            case INQUIRY_RECORD:
                return "被询问人签名：＿＿＿＿＿＿　　执法人员签名：＿＿＿＿＿＿";
            case HEARING_RECORD:
                return "当事人签名：＿＿＿＿＿＿　　听证主持人签名：＿＿＿＿＿＿";
            case COLLECTIVE_DISCUSSION_RECORD:
                return "出席人员签名：＿＿＿＿＿＿＿＿＿＿＿＿";
            case INSPECTION_RECORD:
                return "当事人签名：＿＿＿＿＿＿　　勘验人签名：＿＿＿＿＿＿";
            case SITE_RECORD:
                return "现场人员签名：＿＿＿＿＿＿　　执法人员签名：＿＿＿＿＿＿";
            default:
                return "当事人签名：＿＿＿＿＿＿　　执法人员签名：＿＿＿＿＿＿";
        }
    }

    static List<String> recordSignatures(DocumentType type) {
        switch (type) {
            case INQUIRY_RECORD:
                return List.of("被询问人签名", "执法人员签名", "记录人签名");
            case INSPECTION_RECORD:
                return List.of("当事人或其代理人签名", "勘验人签名", "被邀请人签名", "记录人签名");
            case SITE_RECORD:
                return List.of("现场人员签名", "执法人员签名");
            case HEARING_RECORD:
                return List.of("当事人或其代理人签名", "主持人及听证员签名", "记录员签名", "其他听证参加人签名");
            case COLLECTIVE_DISCUSSION_RECORD:
                return List.of("主持人签名", "出席人员签名", "记录人签名");
            default:
                return List.of("当事人签名", "执法人员签名", "记录人签名");
        }
    }

    static List<String> listSignatures(DocumentType type) {
        if (type == DocumentType.PROOF_OF_SERVICE) {
            return List.of("受送达人签名（盖章）", "送达人签名", "见证人签名");
        }
        if (type == DocumentType.EVIDENCE_PRESERVATION_LIST) {
            // 式样之六
            return List.of("当事人或其代理人签名", "执法人员签名");
        }
        return List.of("当事人签名", "执法人员签名");
    }
}
