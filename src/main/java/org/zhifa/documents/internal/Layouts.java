package org.zhifa.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.documents.DocumentField;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.FieldKind;
import org.zhifa.documents.internal.DocumentModel.Block;
import org.zhifa.documents.internal.DocumentModel.Form;
import org.zhifa.documents.internal.DocumentModel.Para;
import org.zhifa.documents.internal.DocumentModel.Row;
import org.zhifa.documents.internal.DocumentModel.Seal;
import org.zhifa.documents.internal.DocumentModel.Signatures;

/** Builds the printed model of a document: one layout per family (notice, decision, record, list, form). */
public final class Layouts {

    /** 备注 of a record (现场笔录), printed below the closing confirmation. */
    private static final String REMARKS = "remarks";

    private Layouts() {
    }

    public static DocumentModel build(LayoutInput in) {
        List<Block> blocks;
        String pageNote = null;
        switch (in.type().family()) {
            case NOTICE:
                blocks = notice(in);
                break;
            case DECISION:
                blocks = decision(in);
                break;
            case RECORD:
                blocks = record(in);
                pageNote = StandardTexts.recordPageNote(in.type());
                break;
            case LIST:
                blocks = list(in);
                break;
            default:
                blocks = form(in);
                break;
        }
        String caseNumber = in.caseNumber();
        if (caseNumber != null && caseNumber.equals(in.number())) {
            caseNumber = null;
        }
        Stubs.of(in).ifPresent(blocks::add);
        return new DocumentModel(in.type().family(), in.unitName(), in.type().title(), in.number(), caseNumber,
                List.copyOf(blocks), pageNote);
    }

    /** Addressed text: 致 party, the fields as labelled paragraphs, the standard closing, the seal. */
    static List<Block> notice(LayoutInput in) {
        List<Block> out = new ArrayList<>();
        if (in.type() != DocumentType.EXECUTION_ANNOUNCEMENT) {
            // a 公告 is posted, not addressed (交通运输行政执法文书式样之十八)
            String addressee = in.has(DocumentFields.RECIPIENT) ? in.print(DocumentFields.RECIPIENT)
                    : in.partyName(DocumentFields.PARTY);
            out.add(new Para(null, addressee + "："));
        }
        StandardTexts.intro(in).ifPresent(t -> out.add(new Para(null, t)));
        body(in, out, excluded(in, DocumentFields.RECIPIENT, DocumentFields.DATE, DocumentFields.RECONSIDERATION_BODY,
                DocumentFields.COURT));
        StandardTexts.closing(in).forEach(t -> out.add(new Para(null, t)));
        if (in.type().printsUnitContact()) {
            // 式样之十一、之十二: the unit's address, postcode, contact person and telephone above the seal
            out.add(new Para("联系地址", in.print(DocumentFields.UNIT_ADDRESS) + "　　邮编："
                    + in.print(DocumentFields.UNIT_POSTAL_CODE)));
            out.add(new Para("联系人", in.print(DocumentFields.UNIT_CONTACT_PERSON) + "　　联系电话："
                    + in.print(DocumentFields.UNIT_PHONE)));
        }
        if (in.type() == DocumentType.CORRECTION_ORDER) {
            // 交通运输行政执法文书式样之十六: the remedies (when the issuer gives them), signed by the party and the officers
            if (in.has(DocumentFields.RECONSIDERATION_BODY) && in.has(DocumentFields.COURT)) {
                out.add(new Para("救济途径和期限", StandardTexts.remedies(in)));
            }
            out.add(new Signatures(List.of("当事人或其代理人签名", "执法人员签名")));
        }
        out.add(new Seal(in.unitName(), in.date()));
        return out;
    }

    /** Decisions: party, grounds, outcome, performance, remedies (处罚法 Art. 59), the seal. */
    static List<Block> decision(LayoutInput in) {
        List<Block> out = new ArrayList<>();
        if (in.has(DocumentFields.PARTY)) {
            out.add(new Para("当事人", in.print(DocumentFields.PARTY)));
        }
        StandardTexts.intro(in).ifPresent(t -> out.add(new Para(null, t)));
        body(in, out, excluded(in, DocumentFields.PARTY, DocumentFields.DATE, DocumentFields.RECONSIDERATION_BODY,
                DocumentFields.COURT, DocumentFields.OFFICERS, "decisionPlace"));
        StandardTexts.closing(in).forEach(t -> out.add(new Para(null, t)));
        if (in.has(DocumentFields.RECONSIDERATION_BODY)) {
            out.add(new Para("救济途径和期限", StandardTexts.remedies(in)));
        }
        if (in.type() == DocumentType.ON_THE_SPOT_DECISION) {
            out.add(new Para("处罚地点", in.print("decisionPlace")));
            out.add(new Para("执法人员", in.print(DocumentFields.OFFICERS)));
            out.add(new Signatures(List.of("当事人签名", "执法人员签名")));
        }
        out.add(new Seal(in.unitName(), in.date()));
        return out;
    }

    /** Records: who, when, where in a form; the statements; signatures; a signature line on every page. */
    static List<Block> record(LayoutInput in) {
        List<Block> out = new ArrayList<>();
        List<Row> head = new ArrayList<>();
        List<DocumentField> rest = new ArrayList<>();
        List<Block> tables = new ArrayList<>();
        for (DocumentField f : in.type().fields()) {
            if (f.key().equals(DocumentFields.START_TIME)) {
                // where the form has it: 勘验笔录 after 案由, 现场笔录 after 执法地点, 听证笔录 after 听证地点
                head.add(new Row(StandardTexts.recordTimeLabel(in.type()),
                        in.print(DocumentFields.START_TIME) + " 至 " + in.print(DocumentFields.END_TIME)));
                if (in.has("inquiryNumber")) {
                    // 式样之二: 第…次询问 at the end of the time line, here the row below it (the time fills its cell)
                    head.add(new Row("询问次数", "第" + in.print("inquiryNumber") + "次询问"));
                }
                continue;
            }
            if (f.key().equals(DocumentFields.END_TIME) || !f.printed()) {
                continue;
            }
            if (f.kind() == FieldKind.ROWS) {
                // 式样之四: the persons present other than the party, in the head of the record
                DocumentModel.Table t = in.table(f);
                if (t != null) {
                    tables.add(t);
                }
            } else if (f.key().equals(REMARKS)) {
                continue;
            } else if (f.kind() == FieldKind.QA || f.kind() == FieldKind.PARAGRAPH) {
                rest.add(f);
            } else if (in.has(f.key())) {
                head.add(new Row(f.label(), in.print(f)));
            }
            if (f.key().equals(DocumentFields.CAUSE) && in.type() == DocumentType.HEARING_RECORD) {
                // 式样之十三: 主持听证机关 — the unit that holds the hearing, the issuer of the record
                head.add(new Row("主持听证机关", in.unitName()));
            }
        }
        out.add(new Form(head));
        out.addAll(tables);
        StandardTexts.intro(in).ifPresent(t -> out.add(new Para(null, t)));
        for (DocumentField f : rest) {
            if (f.kind() == FieldKind.QA) {
                out.add(in.qa(f));
            } else if (in.has(f.key())) {
                out.add(new Para(f.label(), in.print(f)));
            }
        }
        StandardTexts.closing(in).forEach(t -> out.add(new Para(null, t)));
        if (in.has(REMARKS)) {
            // 式样之四: 备注 below the confirmation of the persons present
            out.add(new Para("备注", in.print(REMARKS)));
        }
        out.add(new Signatures(StandardTexts.recordSignatures(in.type())));
        return out;
    }

    /** Lists and vouchers: the facts in a form, the rows in a table, signatures; the seal when numbered. */
    static List<Block> list(LayoutInput in) {
        List<Block> out = new ArrayList<>();
        List<Row> head = new ArrayList<>();
        List<Block> tables = new ArrayList<>();
        Set<String> inSentences = StandardTexts.inSentences(in.type());
        for (DocumentField f : in.type().fields()) {
            if (f.kind() == FieldKind.ROWS) {
                DocumentModel.Table t = in.table(f);
                if (t != null) {
                    tables.add(t);
                }
            } else if (in.has(f.key()) && f.printed() && !f.key().equals(DocumentFields.DATE)
                    && !inSentences.contains(f.key())) {
                head.add(new Row(f.label(), in.print(f)));
            }
        }
        out.add(new Form(head));
        // 式样之六: the sentence that introduces the goods stands above their table
        StandardTexts.intro(in).ifPresent(t -> out.add(new Para(null, t)));
        out.addAll(tables);
        StandardTexts.closing(in).forEach(t -> out.add(new Para(null, t)));
        out.add(new Signatures(StandardTexts.listSignatures(in.type())));
        if (in.type().numbered()) {
            out.add(new Seal(in.unitName(), in.date()));
        } else if (in.has(DocumentFields.DATE)) {
            out.add(new Para(null, in.date()));
        }
        return out;
    }

    /** Forms (登记表、审核表、报告): every field in a two-column form; tables below; the seal. */
    static List<Block> form(LayoutInput in) {
        List<Block> out = new ArrayList<>();
        StandardTexts.intro(in).ifPresent(t -> out.add(new Para(null, t)));
        List<Row> rows = new ArrayList<>();
        List<Block> tables = new ArrayList<>();
        for (DocumentField f : in.type().fields()) {
            if (f.kind() == FieldKind.ROWS) {
                DocumentModel.Table t = in.table(f);
                if (t != null) {
                    tables.add(t);
                }
            } else if (f.printed() && !f.key().equals(DocumentFields.DATE)) {
                rows.add(new Row(f.label(), in.print(f)));
            }
        }
        out.add(new Form(rows));
        out.addAll(tables);
        StandardTexts.closing(in).forEach(t -> out.add(new Para(null, t)));
        if (in.type() == DocumentType.COMMITMENT_LETTER || in.type() == DocumentType.SERVICE_ADDRESS_CONFIRMATION) {
            out.add(new Signatures(List.of("当事人签名（盖章）")));
            out.add(new Para(null, in.date()));
        } else {
            out.add(new Seal(in.unitName(), in.date()));
        }
        return out;
    }

    /** The given keys and those the type's standard sentences print (so that no fact is printed twice). */
    private static Set<String> excluded(LayoutInput in, String... keys) {
        Set<String> out = new java.util.HashSet<>(Set.of(keys));
        out.addAll(StandardTexts.inSentences(in.type()));
        return out;
    }

    /** Every field not excluded, in order, as a labelled paragraph or table. */
    private static void body(LayoutInput in, List<Block> out, Set<String> excluded) {
        for (DocumentField f : in.type().fields()) {
            if (excluded.contains(f.key()) || f.kind() == FieldKind.FLAG || !f.printed() || !in.has(f.key())) {
                continue;
            }
            if (f.kind() == FieldKind.ROWS) {
                DocumentModel.Table t = in.table(f);
                if (t != null) {
                    out.add(t);
                }
            } else if (f.kind() == FieldKind.QA) {
                out.add(in.qa(f));
            } else {
                out.add(new Para(f.label(), in.print(f)));
            }
        }
    }
}
