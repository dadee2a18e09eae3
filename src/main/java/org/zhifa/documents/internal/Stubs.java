package org.zhifa.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.internal.DocumentModel.Row;
import org.zhifa.documents.internal.DocumentModel.Stub;

/**
 * The second part of the forms printed in two parts. The 当场行政处罚决定书 is handed to the party on the spot
 * (《行政处罚法》第五十二条) from a pre-numbered book whose 存根 stays with the unit and carries the party's receipt;
 * the stub repeats the decision's own facts, never anything else.
 */
final class Stubs {

    private Stubs() {
    }

    static Optional<Stub> of(LayoutInput in) {
        if (in.type() != DocumentType.ON_THE_SPOT_DECISION) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        if (in.number() != null) {
            rows.add(new Row("文号", in.number()));
        }
        add(rows, "当事人", in.has(DocumentFields.PARTY) ? in.partyName(DocumentFields.PARTY) : null);
        add(rows, "违法事实", in.print(DocumentFields.FACTS));
        add(rows, "处罚依据", in.print(DocumentFields.PENALTY_BASIS));
        add(rows, "处罚种类和数额", in.print(DocumentFields.PENALTY));
        add(rows, "罚款金额", in.print(DocumentFields.FINE_FEN));
        add(rows, "处罚地点", in.print(DocumentFields.PLACE));
        add(rows, "执法人员", in.print(DocumentFields.OFFICERS));
        add(rows, "决定日期", in.has(DocumentFields.DATE) ? in.date() : null);
        return Optional.of(new Stub(in.type().title() + "（存根）", rows, List.of("当事人签收")));
    }

    private static void add(List<Row> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new Row(label, value));
        }
    }
}
