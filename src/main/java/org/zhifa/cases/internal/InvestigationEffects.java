package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.CaseSteps;
import org.zhifa.cases.domain.Extension;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.LegalReviewRequirement;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;

/** 立案, 调查取证, 延长, 退回 and the criminal transfer (国务院令第310号). */
@Component
class InvestigationEffects implements StepEffect {

    private final CaseDocuments documents;
    private final CaseClocks clocks;
    private final ProposalFactory proposals;
    private final CaseProperties settings;
    private final org.zhifa.personnel.OfficerEligibility personnel;
    private final org.zhifa.identity.DataScope scope;

    InvestigationEffects(CaseDocuments documents, CaseClocks clocks, ProposalFactory proposals,
            CaseProperties settings, org.zhifa.personnel.OfficerEligibility personnel,
            org.zhifa.identity.DataScope scope) {
        this.personnel = personnel;
        this.scope = scope;
        this.documents = documents;
        this.clocks = clocks;
        this.proposals = proposals;
        this.settings = settings;
    }

    @Override
    public boolean apply(StepContext s) {
        switch (s.transition.name()) {
            case "submit-filing" -> s.record("opinion", s.request.text(s.request.content()));
            case "approve-filing" -> approveFiling(s);
            case "refuse-filing" -> s.required(s.request.reason(), "reason", "请填写不予立案的理由");
            case "record-investigation" -> investigation(s);
            case "release-measure" -> release(s);
            case "extend-time-limit" -> extend(s);
            case "conclude-investigation" -> proposals.conclude(s);
            case "submit-review" -> s.record("opinion", s.request.text(s.request.content()));
            case "propose-transfer" -> proposeTransfer(s);
            case "approve-transfer" -> approveTransfer(s);
            case "return" -> s.required(s.request.reason(), "reason", "请填写退回理由");
            case "recuse-officer" -> recuse(s);
            case "assign-officer" -> assign(s);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void approveFiling(StepContext s) {
        String number = documents.nextNumber(s.kase.unitId(), DocumentType.FILING_REGISTER, s.on.getYear());
        CaseClocks.Due due = clocks.due(ClockKind.CASE_LIMIT, s.on);
        CaseSteps.approveFiling(s.kase, number, s.on, due.date());
        documents.issue(s.kase, DocumentType.FILING_REGISTER, s.on, Map.of(
                "caseSource", s.kase.source().label(), "discoveredOn", discovered(s),
                "handlerOpinion", "建议立案调查", "headOpinion", "同意立案。" + s.request.text(s.request.content())), number);
        s.record("caseNumber", number);
    }

    private static LocalDate discovered(StepContext s) {
        return s.kase.act().discoveredOn() == null ? s.kase.act().actDate() : s.kase.act().discoveredOn();
    }

    private void investigation(StepContext s) {
        String kind = s.required(s.request.recordKind(), "recordKind", "请选择调查取证记录类型");
        String content = s.required(s.request.content(), "content", "请填写记录内容");
        LocalDateTime start = s.on.atTime(9, 0);
        Map<String, Object> f = new HashMap<>();
        f.put("startTime", start);
        f.put("endTime", start.plusMinutes(40));
        f.put("recorder", s.kase.actingOfficers().get(0).name());
        List<Map<String, Object>> items = List.of(Map.of("name", content, "quantity", "1", "unit", "件"));
        DocumentType type;
        switch (kind) {
            case "INQUIRY" -> {
                type = DocumentType.INQUIRY_RECORD;
                f.put("interviewee", CaseDocuments.party(s.kase));
                f.put("qa", List.of(Map.of("q", "请陈述有关情况。", "a", content)));
            }
            case "INSPECTION" -> {
                type = DocumentType.INSPECTION_RECORD;
                f.put("object", s.kase.plateNumber() == null ? s.kase.act().place() : s.kase.plateNumber());
                f.put("content", content);
            }
            case "SITE" -> {
                type = DocumentType.SITE_RECORD;
                f.put("content", content);
            }
            case "SAMPLING" -> {
                type = DocumentType.SAMPLING_VOUCHER;
                f.put("items", items);
            }
            case "PRESERVATION" -> {
                type = DocumentType.EVIDENCE_PRESERVATION_LIST;
                f.put("items", items);
                f.put("storagePlace", "执法大队证据保管室");
                long clock = clocks.start(s.kase.id(), ClockKind.EVIDENCE_PRESERVATION, s.on);
                s.record("clockId", clock);
            }
            case "COMPULSORY_MEASURE" -> {
                type = DocumentType.COMPULSORY_MEASURE_DECISION;
                f.put("basis", CaseDocuments.basis(s.kase));
                f.put("measure", "扣押");
                f.put("period", "30日");
                f.put("items", items);
                long clock = clocks.start(s.kase.id(), ClockKind.COMPULSORY_MEASURE, s.on);
                s.record("clockId", clock);
            }
            default -> throw new InvalidInputException("调查取证记录类型不正确", Map.of("recordKind", "类型不正确"));
        }
        var doc = documents.issue(s.kase, type, s.on, f);
        s.record("documentId", doc.id());
    }

    private void release(StepContext s) {
        if (s.request.clockId() == null) {
            throw new InvalidInputException("请选择要解除的证据登记保存或强制措施", Map.of("clockId", "请选择"));
        }
        String reason = s.required(s.request.reason(), "reason", "请填写解除理由");
        clocks.stopOne(s.request.clockId(), s.on);
        documents.issue(s.kase, DocumentType.RELEASE_EVIDENCE_PRESERVATION, s.on, Map.of(
                "preservationNumber", "见证据登记保存清单", "reason", reason));
    }

    private void extend(StepContext s) {
        String reason = s.required(s.request.reason(), "reason", "请填写延长理由");
        Extension e = new Extension(s.on, s.actor.displayName(), reason, s.kase.timeLimitDue(),
                s.request.newDueDate(), s.request.flag(s.request.collectiveDecision()));
        CaseSteps.extend(s.kase, e);
        clocks.moveDue(s.kase.id(), ClockKind.CASE_LIMIT, e.newDue());
        s.record("newDue", e.newDue());
    }

    /** Adds an officer (e.g. the second officer of a non-site draft); a recused officer cannot come back. */
    private void assign(StepContext s) {
        Long officerId = s.request.officerId();
        var o = officerId == null ? null : personnel.find(officerId).orElse(null);
        if (o == null || !scope.canSee(s.actor, o.unitId())) {
            throw new InvalidInputException("请选择数据范围内的执法人员", Map.of("officerId", "请选择执法人员"));
        }
        if (s.kase.officers().stream().anyMatch(x -> x.officerId() == officerId && x.recused())) {
            throw org.zhifa.common.Rejection.of("《行政处罚法》第四十三条", "该执法人员已在本案回避，不得再参与办理").exception();
        }
        CaseSteps.assign(s.kase, new org.zhifa.cases.domain.CaseOfficer(o.id(), o.userId(), o.name(), o.auxiliary(),
                o.certificateNumber(), false));
        s.record("officerId", officerId);
    }

    /** 回避 (《行政处罚法》第四十三条): decided by the head; the investigation continues meanwhile. */
    private void recuse(StepContext s) {
        Long officerId = s.request.officerId();
        if (officerId == null || s.kase.officers().stream().noneMatch(o -> o.officerId() == officerId && !o.recused())) {
            throw new InvalidInputException("请选择本案中需要回避的执法人员", Map.of("officerId", "请选择需要回避的执法人员"));
        }
        s.required(s.request.reason(), "reason", "请填写回避理由（当事人申请或本人申请的事由）");
        CaseSteps.recuse(s.kase, officerId);
        s.record("officerId", officerId);
    }

    private void proposeTransfer(StepContext s) {
        s.required(s.request.reason(), "reason", "请填写涉嫌犯罪的事实和移送理由");
        List<String> reasons = LegalReviewRequirement.reasons(s.kase.party().kind(), s.kase.proposal(), true, settings);
        reasons.forEach(r -> CaseSteps.requireLegalReview(s.kase, r));
    }

    private void approveTransfer(StepContext s) {
        String recipient = s.request.recipient() == null || s.request.recipient().isBlank() ? "公安机关"
                : s.request.recipient().trim();
        CaseSteps.transferred(s.kase, s.on, recipient);
        documents.issue(s.kase, DocumentType.CRIMINAL_TRANSFER, s.on, Map.of("recipient", recipient,
                "basis", "《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第三条",
                "facts", s.request.text(s.request.reason()).isEmpty() ? CaseDocuments.cause(s.kase) : s.request.reason(),
                "attachments", List.of(Map.of("name", "涉嫌犯罪案件调查报告", "pages", "1"),
                        Map.of("name", "涉案物品清单", "pages", "1"))));
    }
}
