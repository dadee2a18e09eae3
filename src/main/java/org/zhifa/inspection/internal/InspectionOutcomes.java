package org.zhifa.inspection.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.InspectionCaseIntake;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.UnitRemedies;
import org.zhifa.catalog.ViolationCatalog;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Law;
import org.zhifa.common.LegalBasis;
import org.zhifa.common.Rejection;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentRequest;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.inspection.InspectionOutcome;
import org.zhifa.personnel.OfficerView;

/**
 * What follows an inspection: the 现场检查笔录 issued from exactly the facts entered; an order to correct (责令改正通知书)
 * whose deadline is counted in working days on the official calendar and is closed by a follow-up inspection; a case
 * source in cases (案源, linked both ways); and for a follow-up, the original order met or not met.
 */
@Component
class InspectionOutcomes {

    static final String CORRECTION_RULE = "《行政处罚法》第二十八条";
    /** The reconsideration body of a department: the people's government at its level (行政复议法 (2023)). */
    static final LegalBasis RECONSIDERATION_BODY = Law.RECONSIDERATION.article(24).paragraph(1).item(1);

    private final JdbcClient jdbc;
    private final EnforcementDocuments documents;
    private final WorkingDayCalendar calendar;
    private final InspectionCaseIntake cases;
    private final ViolationCatalog violations;
    private final InspectionQueries queries;
    private final UnitRemedies remedies;

    InspectionOutcomes(JdbcClient jdbc, EnforcementDocuments documents, WorkingDayCalendar calendar,
            InspectionCaseIntake cases, ViolationCatalog violations, InspectionQueries queries,
            UnitRemedies remedies) {
        this.remedies = remedies;
        this.jdbc = jdbc;
        this.documents = documents;
        this.calendar = calendar;
        this.cases = cases;
        this.violations = violations;
        this.queries = queries;
    }

    void apply(long id, InspectionRecords.Subject s, InspectionInput in, InspectionOutcome outcome,
            List<OfficerView> officers, List<OfficerView> auxiliaries, Actor actor) {
        Inspection inspection = queries.require(id);
        List<Inspection.Answer> answers = queries.answers(id);
        String conclusion = outcome.label();
        if (outcome == InspectionOutcome.CORRECTION) {
            LocalDate deadline = calendar.addWorkingDays(in.inspectedOn(), in.correctionWorkingDays());
            conclusion += "：" + in.correctionRequirement().strip() + "，限 " + deadline + " 前改正（"
                    + in.correctionWorkingDays() + " 个工作日）";
            Map<String, Object> fields = correctionFields(s, in, answers, deadline);
            UnitRemedies.Remedies r = remediesOf(remedies, actor.unitId());
            fields.put(DocumentFields.RECONSIDERATION_BODY, r.reconsiderationBody());
            fields.put(DocumentFields.COURT, r.court());
            var order = documents.issue(DocumentRequest.of(DocumentType.CORRECTION_ORDER, actor.unitId(),
                    "INSPECTION:" + id, fields));
            jdbc.sql("""
                    update inspection set correction_requirement = :r, correction_working_days = :d,
                           correction_deadline = :deadline, correction_document_id = :doc, correction_state = 'RUNNING'
                    where id = :id""")
                    .param("r", in.correctionRequirement().strip()).param("d", in.correctionWorkingDays())
                    .param("deadline", deadline).param("doc", order.id()).param("id", id).update();
        }
        if (outcome == InspectionOutcome.CASE_SOURCE) {
            var violation = violations.find(in.violationCode().strip()).orElseThrow(() -> new InvalidInputException(
                    "违法行为编码不存在", Map.of("violationCode", "违法行为编码不存在")));
            conclusion += "：涉嫌" + violation.name();
            Target t = s.target();
            long caseId = cases.register(new InspectionCaseIntake.Request(actor.unitId(), "INSPECTION:" + id,
                    inspection.kindLabel() + " 检查记录 " + id,
                    s.items().isEmpty() ? EnforcementCategory.ROAD_TRANSPORT : s.items().get(0).category(), violation.code(), in.inspectedOn(), place(inspection),
                    t.creditCode() != null ? PartyKind.ORGANISATION : PartyKind.CITIZEN, t.name(), t.creditCode(),
                    t.address(), t.plateNumber(), in.caseFacts().strip(),
                    officers.stream().map(OfficerView::id).toList(),
                    queries.evidence(id).stream().map(Inspection.EvidenceRef::evidenceId).toList(), actor.userId()));
            jdbc.sql("update inspection set case_id = :c where id = :id").param("c", caseId).param("id", id).update();
        }
        var record = documents.issue(DocumentRequest.of(DocumentType.ON_SITE_INSPECTION_RECORD, actor.unitId(),
                "INSPECTION:" + id, recordFields(s, in, inspection, answers, officers, auxiliaries, conclusion)));
        jdbc.sql("update inspection set document_id = :d where id = :id").param("d", record.id()).param("id", id)
                .update();
        if (s.original() != null) {
            boolean corrected = true;
            for (Inspection.Answer before : queries.answers(s.original().id())) {
                if ("NON_COMPLIANT".equals(before.answer())) {
                    corrected &= answers.stream().anyMatch(a -> a.checklistItemId() == before.checklistItemId()
                            && !"NON_COMPLIANT".equals(a.answer()));
                }
            }
            jdbc.sql("""
                    update inspection set correction_state = :s, correction_closed_on = :on, follow_up_id = :f,
                           version = version + 1
                    where id = :id""")
                    .param("s", corrected ? "MET" : "NOT_MET").param("on", in.inspectedOn()).param("f", id)
                    .param("id", s.original().id()).update();
        }
    }

    /**
     * The remedies the 责令改正违法行为通知书 states (交通运输行政执法文书式样之十六), from the unit settings the case decisions
     * use; without a reconsideration body the order cannot say where to apply (《行政复议法》第二十四条第一款第（一）项).
     */
    static UnitRemedies.Remedies remediesOf(UnitRemedies remedies, long unitId) {
        return remedies.of(unitId).orElseThrow(() -> Rejection.of(RECONSIDERATION_BODY,
                "本单位未设置行政复议机关（本级人民政府），责令改正违法行为通知书无法载明申请行政复议的途径；请系统管理员设置 "
                        + "zhifa.cases.units.<单位代码>.reconsideration-body").exception());
    }

    static String place(Inspection i) {
        StringBuilder p = new StringBuilder(i.place());
        if (i.roadCode() != null && i.stakeM() != null) {
            p.append("（").append(i.roadCode()).append(" ").append(i.stake()).append("）");
        }
        if (i.longitude() != null) {
            p.append("（经度 ").append(i.longitude().toPlainString()).append("，纬度 ")
                    .append(i.latitude().toPlainString()).append("）");
        }
        return p.toString();
    }

    private static Map<String, Object> party(Target t) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", t.name());
        p.put("kind", t.creditCode() != null ? "ORGANISATION" : "CITIZEN");
        if (t.creditCode() != null) {
            p.put("idNumber", t.creditCode());
        }
        if (t.address() != null) {
            p.put("address", t.address());
        }
        if (t.plateNumber() != null) {
            p.put("plateNumber", t.plateNumber());
        }
        return p;
    }

    private static Map<String, Object> recordFields(InspectionRecords.Subject s, InspectionInput in, Inspection i,
            List<Inspection.Answer> answers, List<OfficerView> officers, List<OfficerView> auxiliaries,
            String conclusion) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("inspectionItems", String.join("；", s.items().stream().map(x -> x.code() + " " + x.name()).toList()));
        f.put(DocumentFields.START_TIME, LocalDateTime.of(in.inspectedOn(), in.startTime()));
        f.put(DocumentFields.END_TIME, LocalDateTime.of(in.inspectedOn(), in.endTime()));
        f.put(DocumentFields.PLACE, place(i));
        List<Map<String, Object>> people = new ArrayList<>();
        for (OfficerView o : officers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", o.name());
            m.put("certificateNumber", o.certificateNumber() == null ? "" : o.certificateNumber());
            people.add(m);
        }
        f.put(DocumentFields.OFFICERS, people);
        if (!auxiliaries.isEmpty()) {
            f.put("auxiliaries", String.join("、", auxiliaries.stream().map(OfficerView::name).toList()));
        }
        f.put(DocumentFields.PARTY, party(s.target()));
        f.put("representative", in.representativeName().strip() + "（" + in.representativeRole().strip() + "）");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Inspection.Answer a : answers) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("text", a.text());
            r.put("article", a.article());
            r.put("answer", a.answerLabel());
            r.put("note", a.note() == null ? "" : a.note());
            rows.add(r);
        }
        f.put("checklist", rows);
        if (in.findings() != null && !in.findings().isBlank()) {
            f.put("findings", in.findings().strip());
        }
        f.put(DocumentFields.CONCLUSION, conclusion);
        f.put("signature", "SIGNED".equals(in.signature())
                ? in.representativeName().strip() + " 已在移动终端上签名（签名图像作为电子数据存证）"
                : "拒绝签名：" + in.refusalReason().strip()
                        + (in.refusalWitness() == null || in.refusalWitness().isBlank() ? ""
                                : "；见证人：" + in.refusalWitness().strip())
                        + "（由执法人员在笔录上注明）");
        f.put(DocumentFields.DATE, in.inspectedOn());
        return f;
    }

    private static Map<String, Object> correctionFields(InspectionRecords.Subject s, InspectionInput in,
            List<Inspection.Answer> answers, LocalDate deadline) {
        List<Inspection.Answer> found = answers.stream().filter(a -> "NON_COMPLIANT".equals(a.answer())).toList();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put(DocumentFields.PARTY, party(s.target()));
        f.put(DocumentFields.FACTS, in.inspectedOn() + " 现场检查发现：" + String.join("；", found.stream()
                .map(a -> a.text() + "——" + a.note()).toList()));
        f.put(DocumentFields.VIOLATED_PROVISION, String.join("；", found.stream().map(Inspection.Answer::article)
                .distinct().toList()));
        f.put(DocumentFields.BASIS, CORRECTION_RULE + "；" + String.join("；", s.items().stream()
                .map(SpotCheckItem::basis).distinct().toList()));
        f.put("correction", in.correctionRequirement().strip());
        f.put("correctionDeadline", deadline);
        f.put(DocumentFields.DATE, in.inspectedOn());
        return f;
    }
}
