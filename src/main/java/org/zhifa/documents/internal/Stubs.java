package org.zhifa.documents.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhifa.documents.DocumentField;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.internal.DocumentModel.Row;
import org.zhifa.documents.internal.DocumentModel.Stub;

/**
 * The second part of the forms printed in two parts. The forms of the national 交通运输行政执法文书式样 that end with
 * "本文书一式两份：一份存根，一份交当事人或其代理人" are issued from a book whose 存根 stays with the unit and carries the
 * party's receipt (docs/documents.md, "Two-part forms"); the 当场行政处罚决定书 is the one handed over on the spot
 * (《行政处罚法》第五十二条). The stub repeats the document's own fields, never anything else.
 */
final class Stubs {

    /** Per two-part type, the fields its stub repeats between the party and the date, in this order. */
    static final Map<DocumentType, List<String>> TWO_PART = twoPart();

    private Stubs() {
    }

    private static Map<DocumentType, List<String>> twoPart() {
        Map<DocumentType, List<String>> m = new EnumMap<>(DocumentType.class);
        m.put(DocumentType.ON_THE_SPOT_DECISION, List.of("actTime", DocumentFields.PLACE, DocumentFields.FACTS,
                DocumentFields.PENALTY_BASIS, DocumentFields.PENALTY, DocumentFields.FINE_FEN, "decisionPlace",
                DocumentFields.OFFICERS));
        m.put(DocumentType.PENALTY_DECISION, List.of(DocumentFields.PENALTY_BASIS, DocumentFields.PENALTY,
                DocumentFields.FINE_FEN));
        m.put(DocumentType.VIOLATION_NOTICE, List.of(DocumentFields.VIOLATED_PROVISION, "proposedPenalty"));
        m.put(DocumentType.REMINDER, List.of(DocumentFields.ORIGINAL_DECISION, "amountFen", "surchargeFen"));
        m.put(DocumentType.INSTALMENT_NOTICE, List.of(DocumentFields.ORIGINAL_DECISION, DocumentFields.FINE_FEN));
        m.put(DocumentType.EVIDENCE_PRESERVATION_LIST, List.of(DocumentFields.PLACE, "storagePlace",
                "handlingDeadline", DocumentFields.OFFICERS));
        m.put(DocumentType.COMPULSORY_MEASURE_DECISION, List.of("measure", "period"));
        m.put(DocumentType.EXTEND_COMPULSORY_MEASURE, List.of(DocumentFields.ORIGINAL_DECISION, "newDeadline"));
        m.put(DocumentType.HEARING_NOTICE, List.of("hearingTime", "hearingPlace", "presidingOfficer"));
        m.put(DocumentType.CORRECTION_ORDER, List.of(DocumentFields.VIOLATED_PROVISION, "correctionDeadline"));
        m.put(DocumentType.SAMPLING_VOUCHER, List.of("samplingTime", DocumentFields.PLACE, DocumentFields.OFFICERS));
        // 式样之七、十、二十、二十二 end with the same two-part note
        m.put(DocumentType.RELEASE_EVIDENCE_PRESERVATION, List.of("preservationNumber"));
        m.put(DocumentType.RELEASE_COMPULSORY_MEASURE, List.of(DocumentFields.ORIGINAL_DECISION));
        m.put(DocumentType.ENFORCEMENT_DECISION, List.of(DocumentFields.ORIGINAL_DECISION, "enforcementTime"));
        m.put(DocumentType.EXECUTION_SUSPENSION_NOTICE, List.of(DocumentFields.ORIGINAL_DECISION, "action"));
        m.put(DocumentType.SUBSTITUTE_PERFORMANCE_DECISION, List.of(DocumentFields.ORIGINAL_DECISION, "substitute",
                "costEstimateFen"));
        return m;
    }

    static Optional<Stub> of(LayoutInput in) {
        List<String> keys = TWO_PART.get(in.type());
        if (keys == null) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        if (in.number() != null) {
            rows.add(new Row("文号", in.number()));
        }
        if (in.caseNumber() != null && !in.caseNumber().equals(in.number())) {
            rows.add(new Row("案号", in.caseNumber()));
        }
        add(rows, "当事人", in.has(DocumentFields.PARTY) ? in.partyName(DocumentFields.PARTY) : null);
        for (String key : keys) {
            add(rows, label(in.type(), key), in.has(key) ? in.print(key) : null);
        }
        boolean onTheSpot = in.type() == DocumentType.ON_THE_SPOT_DECISION;
        add(rows, onTheSpot || in.type().family() == org.zhifa.documents.DocumentFamily.DECISION ? "决定日期" : "出具日期",
                in.has(DocumentFields.DATE) ? in.date() : null);
        return Optional.of(new Stub(in.type().title() + "（存根）", rows,
                List.of(onTheSpot ? "当事人签收" : "当事人（代理人）签收")));
    }

    private static String label(DocumentType type, String key) {
        return type.fields().stream().filter(f -> f.key().equals(key)).findFirst().map(DocumentField::label)
                .orElse(key);
    }

    private static void add(List<Row> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new Row(label, value));
        }
    }
}
