package org.zhifa.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentType;

/**
 * The check of a document against the record before it is issued (the documents module checks the fields themselves:
 * required ones present, well-formed): a document that would contradict what the case holds is refused, naming the
 * field, e.g. a waiver of the statement printed where the party made a statement, or an amount other than the one
 * decided. A refusal is a 400: the record or the document is wrong, no law is in question.
 */
public final class DocumentRecordCheck {

    private DocumentRecordCheck() {
    }

    public static void check(PenaltyCase c, DocumentType type, Map<String, Object> fields) {
        Map<String, String> e = new LinkedHashMap<>();
        boolean decision = type == DocumentType.PENALTY_DECISION || type == DocumentType.NO_PENALTY_DECISION;
        if (decision && c.notice() != null && !c.notice().statements().isEmpty() && c.notice().statementWaiver() != null) {
            e.put("statementReview", "陈述申辩（听证）及采纳情况与案卷矛盾：案卷载有当事人的" + c.notice().statements().size()
                    + "次陈述、申辩，不能同时载明当事人放弃陈述、申辩");
        }
        Object fine = fields.get(DocumentFields.FINE_FEN);
        if (fine != null && c.decision() != null && c.decision().outcome() != null
                && (type == DocumentType.PENALTY_DECISION || type == DocumentType.ON_THE_SPOT_DECISION)
                && ((Number) fine).longValue() != c.decision().amountFen()) {
            e.put(DocumentFields.FINE_FEN, "罚款金额与案卷记载的决定金额不一致");
        }
        if (type == DocumentType.EXTEND_COMPULSORY_MEASURE) {
            // 式样之九: the measure extended is a seizure of this case in force, printed as it was taken
            Object number = fields.get(DocumentFields.ORIGINAL_DECISION);
            var m = c.investigation().openMeasure(number == null ? "" : number.toString())
                    .filter(x -> ClockKind.COMPULSORY_MEASURE.name().equals(x.clockKind()));
            if (m.isEmpty()) {
                e.put(DocumentFields.ORIGINAL_DECISION, "案卷中没有该文号的未解除行政强制措施");
            } else {
                Object day = fields.get("measureDate");
                if (day != null && !day.toString().equals(m.get().startedOn().toString())) {
                    e.put("measureDate", "采取强制措施日期与案卷记载（" + m.get().startedOn() + "）不一致");
                }
                Object kind = fields.get("measure");
                if (kind != null && !kind.toString().equals(m.get().kind())) {
                    e.put("measure", "强制措施种类与案卷记载不一致");
                }
            }
        }
        Object party = fields.get(DocumentFields.PARTY);
        if (party instanceof Map<?, ?> p && !String.valueOf(p.get("name")).equals(c.party().name())) {
            e.put(DocumentFields.PARTY, "当事人与案卷记载的当事人不一致");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(type.title() + "与案卷记载矛盾，不予出具：" + String.join("；", e.values()), e);
        }
    }
}
