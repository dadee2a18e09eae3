package org.zhifa.inspection.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhifa.common.Actor;

/** The inspection ledger (检查台账) as an Excel sheet, for the actor's scope and filter. */
@Service
public class InspectionLedger {

    static final int MAX_ROWS = 100_000;
    static final List<String> HEADER = List.of("检查日期", "检查单位", "类型", "检查对象", "对象类型", "地点", "执法人员",
            "结论", "改正期限", "整改情况", "案件编号", "公示状态", "公示期限");

    private final InspectionQueries queries;

    InspectionLedger(InspectionQueries queries) {
        this.queries = queries;
    }

    public byte[] export(InspectionQueries.Filter filter, Actor actor) {
        List<List<String>> rows = new ArrayList<>();
        String cursor = null;
        do {
            var slice = queries.list(filter, cursor, 200, actor);
            for (Inspection i : slice.items()) {
                rows.add(List.of(i.inspectedOn().toString(), i.unitName(), i.kindLabel(), i.targetName(),
                        org.zhifa.inspection.TargetKind.valueOf(i.targetKind()).label(), InspectionOutcomes.place(i),
                        i.officerNames(), i.outcome().label(),
                        i.correctionDeadline() == null ? "" : i.correctionDeadline().toString(), i.correctionStateLabel(),
                        i.caseId() == null ? "" : Long.toString(i.caseId()), i.published() ? "已公示" : "待公示",
                        i.publicationDue() == null ? "" : i.publicationDue().toString()));
            }
            cursor = slice.next();
        } while (cursor != null && rows.size() < MAX_ROWS);
        return Sheets.write("检查台账", HEADER, rows, List.of());
    }
}
