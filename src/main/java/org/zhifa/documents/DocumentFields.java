package org.zhifa.documents;

import static org.zhifa.documents.DocumentField.col;
import static org.zhifa.documents.DocumentField.opt;
import static org.zhifa.documents.DocumentField.req;
import static org.zhifa.documents.DocumentField.rows;

import java.util.List;

/**
 * The field keys shared by the document types, so that the cases module and the templates use one name per
 * concept (glossary). Every type lists its own fields in {@link DocumentType#fields()}; these constants are the
 * keys. Keys not listed by a type are ignored by its renderer but still stored and fingerprinted.
 */
public final class DocumentFields {

    /** 案号 of the case, printed under the title of every document when given (legal-rules §10). */
    public static final String CASE_NUMBER = "caseNumber";
    /** Date of the document (落款日期); its year is the numbering year when given. */
    public static final String DATE = "date";
    public static final String PARTY = "party";
    public static final String OFFICERS = "officers";
    public static final String CAUSE = "cause";
    public static final String FACTS = "facts";
    public static final String EVIDENCE = "evidence";
    public static final String VIOLATED_PROVISION = "violatedProvision";
    public static final String PENALTY_BASIS = "penaltyBasis";
    public static final String PENALTY = "penalty";
    public static final String FINE_FEN = "fineAmountFen";
    public static final String PERFORMANCE = "performance";
    public static final String RECONSIDERATION_BODY = "reconsiderationBody";
    public static final String COURT = "court";
    public static final String PLACE = "place";
    public static final String START_TIME = "startTime";
    public static final String END_TIME = "endTime";
    public static final String RECORDER = "recorder";
    public static final String QA = "qa";
    public static final String ITEMS = "items";
    public static final String ORIGINAL_DECISION = "originalDecision";
    public static final String REASON = "reason";
    public static final String BASIS = "basis";
    public static final String OPINION = "opinion";
    public static final String CONCLUSION = "conclusion";
    public static final String RECIPIENT = "recipient";
    /** 责令改正: what the party is ordered to correct and by when (《行政处罚法》第二十八条第一款). */
    public static final String CORRECTION = "correction";
    /** 证据清单: the number and version of the case's evidence list a decision or report cites. */
    public static final String EVIDENCE_LIST = "evidenceList";
    /** The rows of a 证据清单: kind, title, source, how obtained, SM3 and evidence-log index of each item. */
    public static final String EVIDENCE_ITEMS = "evidenceItems";
    /** 第N版 of a 证据清单 (a list is issued again, as a new version, when evidence is added). */
    public static final String EVIDENCE_LIST_VERSION = "listVersion";

    /**
     * The issuing unit's address, postal code, contact person and telephone, printed at the foot of the notices whose
     * national form ends with them (违法行为通知书, 听证通知书), from the unit's master data at the time of issue
     * ({@code identity.OrgUnitContact}, entered on 单位管理).
     */
    public static final String UNIT_ADDRESS = "unitAddress";
    public static final String UNIT_POSTAL_CODE = "unitPostalCode";
    public static final String UNIT_CONTACT_PERSON = "unitContactPerson";
    public static final String UNIT_PHONE = "unitPhone";
    /** The keys of the unit's contact block, in the printed order. */
    public static final List<String> UNIT_CONTACT_KEYS = List.of(UNIT_ADDRESS, UNIT_POSTAL_CODE, UNIT_CONTACT_PERSON,
            UNIT_PHONE);

    /** Keys of a {@link FieldKind#PARTY} block. */
    public static final List<String> PARTY_KEYS = List.of("name", "kind", "idNumber", "address", "phone",
            "legalRepresentative", "plateNumber");

    private DocumentFields() {
    }

    static DocumentField party() {
        return req(PARTY, "当事人", FieldKind.PARTY);
    }

    static DocumentField partyOptional() {
        return opt(PARTY, "当事人", FieldKind.PARTY);
    }

    static DocumentField officers() {
        return req(OFFICERS, "执法人员", FieldKind.OFFICERS);
    }

    static DocumentField date() {
        return req(DATE, "日期", FieldKind.DATE);
    }

    static DocumentField cause() {
        return req(CAUSE, "案由", FieldKind.TEXT);
    }

    static DocumentField facts(String label) {
        return req(FACTS, label, FieldKind.PARAGRAPH);
    }

    static DocumentField place() {
        return req(PLACE, "地点", FieldKind.TEXT);
    }

    static DocumentField start() {
        return req(START_TIME, "开始时间", FieldKind.DATE_TIME);
    }

    static DocumentField end() {
        return req(END_TIME, "结束时间", FieldKind.DATE_TIME);
    }

    static DocumentField recorder() {
        return req(RECORDER, "记录人", FieldKind.TEXT);
    }

    static DocumentField qa(String label) {
        return req(QA, label, FieldKind.QA);
    }

    /** The unit's contact block: required, printed as a block of its own after the rights, before the seal. */
    static DocumentField unitAddress() {
        return DocumentField.hiddenRequired(UNIT_ADDRESS, "执法单位地址", FieldKind.TEXT);
    }

    static DocumentField unitPostalCode() {
        return DocumentField.hiddenRequired(UNIT_POSTAL_CODE, "执法单位邮政编码", FieldKind.TEXT);
    }

    static DocumentField unitContactPerson() {
        return DocumentField.hiddenRequired(UNIT_CONTACT_PERSON, "执法单位联系人", FieldKind.TEXT);
    }

    static DocumentField unitPhone() {
        return DocumentField.hiddenRequired(UNIT_PHONE, "执法单位联系电话", FieldKind.TEXT);
    }

    static DocumentField originalDecision() {
        return req(ORIGINAL_DECISION, "原决定书文号", FieldKind.TEXT);
    }

    static DocumentField reconsiderationBody() {
        return req(RECONSIDERATION_BODY, "行政复议机关", FieldKind.TEXT);
    }

    static DocumentField court() {
        return req(COURT, "行政诉讼管辖法院", FieldKind.TEXT);
    }

    /** 财物清单 columns shared by sampling, preservation and compulsory measures. */
    static DocumentField goods(String label, boolean required) {
        return rows(ITEMS, label, required, col("name", "名称"), col("spec", "规格型号"), col("quantity", "数量"),
                col("unit", "单位"), col("remark", "备注"));
    }
}
