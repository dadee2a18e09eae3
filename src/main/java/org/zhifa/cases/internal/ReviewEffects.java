package org.zhifa.cases.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.CaseSteps;
import org.zhifa.cases.domain.Proposal;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.ClockState;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.HearingThreshold;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;

/** 案件审核, 法制审核, 告知, 陈述申辩, 听证 and 集体讨论. */
@Component
class ReviewEffects implements StepEffect {

    private final CaseDocuments documents;
    private final CaseClocks clocks;
    private final CaseProperties settings;
    private final org.zhifa.personnel.OfficerEligibility personnel;

    ReviewEffects(CaseDocuments documents, CaseClocks clocks, CaseProperties settings,
            org.zhifa.personnel.OfficerEligibility personnel) {
        this.personnel = personnel;
        this.documents = documents;
        this.clocks = clocks;
        this.settings = settings;
    }

    @Override
    public boolean apply(StepContext s) {
        switch (s.transition.name()) {
            case "send-to-legal-review", "approve-notice" -> caseReview(s);
            case "legal-review-agree", "legal-review-problems", "review-transfer" -> legalReview(s);
            case "serve-notice" -> serveNotice(s);
            case "record-statement" -> CaseSteps.statement(s.kase, s.on,
                    s.required(s.request.content(), "content", "请填写当事人陈述申辩的内容"), s.request.text(s.request.reason()));
            case "waive" -> {
                CaseSteps.waive(s.kase, s.on);
                clocks.stop(s.kase.id(), ClockKind.STATEMENT_WINDOW, s.on, ClockState.STOPPED);
                clocks.stop(s.kase.id(), ClockKind.HEARING_REQUEST, s.on, ClockState.STOPPED);
            }
            case "request-hearing" -> CaseSteps.requestHearing(s.kase, s.on);
            case "schedule-hearing" -> scheduleHearing(s);
            case "record-hearing" -> hearing(s);
            case "to-discussion", "ready-for-decision" -> s.record("note", s.request.text(s.request.content()));
            case "record-discussion" -> discussion(s);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void caseReview(StepContext s) {
        String opinion = s.request.text(s.request.content()).isEmpty() ? "同意承办人意见" : s.request.content().trim();
        CaseSteps.caseReviewed(s.kase, s.on, opinion);
        if (s.request.flag(s.request.complexCase())) {
            CaseSteps.requireLegalReview(s.kase, "案件审核认为案情疑难复杂");
        }
        documents.issue(s.kase, DocumentType.CASE_REVIEW_FORM, s.on, Map.of("proposal", proposal(s.kase.proposal()),
                "opinion", opinion, "reviewer", s.actor.displayName()));
    }

    private static String proposal(Proposal p) {
        return p == null ? "移送司法机关" : p.penaltyText();
    }

    private void legalReview(StepContext s) {
        boolean agree = "legal-review-agree".equals(s.transition.name())
                || "review-transfer".equals(s.transition.name()) && !"PROBLEMS".equals(s.request.opinion());
        List<String> problems = s.request.problems() == null ? List.of() : s.request.problems().stream()
                .filter(p -> p != null && !p.isBlank()).toList();
        if (!agree && problems.isEmpty()) {
            throw new InvalidInputException("请列明审核发现的问题", Map.of("problems", "请列明审核发现的问题"));
        }
        String opinion = agree ? (s.request.text(s.request.content()).isEmpty() ? "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当，同意。"
                : s.request.content().trim()) : "存在以下问题，退回补正：" + String.join("；", problems);
        CaseSteps.legalReview(s.kase, s.on, s.actor.userId(), s.actor.displayName(), agree, opinion, problems);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("proposal", proposal(s.kase.proposal()));
        f.put("conclusion", agree ? "同意" : "存在问题，退回");
        f.put("opinion", opinion);
        f.put("reviewer", s.actor.displayName());
        if (!problems.isEmpty()) {
            f.put("problems", problems.stream().map(p -> Map.<String, Object>of("item", p, "suggestion", "补正后重新报审")).toList());
        }
        documents.issue(s.kase, DocumentType.LEGAL_REVIEW_OPINION, s.on, f);
        s.record("opinion", opinion);
    }

    private void serveNotice(StepContext s) {
        Proposal p = s.kase.proposal();
        boolean applies = HearingThreshold.applies(s.kase.party().kind(), p.kinds(), p.amountFen(), settings);
        CaseClocks.Due statement = clocks.due(ClockKind.STATEMENT_WINDOW, s.on);
        CaseClocks.Due hearing = clocks.due(ClockKind.HEARING_REQUEST, s.on);
        CaseSteps.serveNotice(s.kase, s.on, applies, s.request.flag(s.request.hearingRightStated()), statement.date(),
                hearing.date());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("proposedPenalty", p.penaltyText());
        f.put("statementWorkingDays", settings.statementWorkingDays().toString());
        f.put("hearingOffered", applies);
        documents.issue(s.kase, DocumentType.VIOLATION_NOTICE, s.on, f);
        s.record("hearingApplies", applies);
        s.record("statementDue", statement.date());
    }

    private void scheduleHearing(StepContext s) {
        long presiding = s.request.presidingOfficerId();
        String name = personnel.find(presiding).map(org.zhifa.personnel.OfficerView::name)
                .orElseThrow(() -> new InvalidInputException("听证主持人不存在", Map.of("presidingOfficerId", "听证主持人不存在")));
        CaseSteps.scheduleHearing(s.kase, s.on, s.request.hearingDate(), presiding, name);
        documents.issue(s.kase, DocumentType.HEARING_NOTICE, s.on, Map.of("hearingTime",
                s.request.hearingDate().atTime(9, 30), "hearingPlace", "本机关听证室", "presidingOfficer", name,
                "publicHearing", true));
    }

    private void hearing(StepContext s) {
        String record = s.request.content().trim();
        CaseSteps.hearingHeld(s.kase, s.on, record);
        documents.issue(s.kase, DocumentType.HEARING_RECORD, s.on, Map.of("startTime", s.on.atTime(9, 30),
                "endTime", s.on.atTime(11, 0), "presidingOfficer", s.kase.notice().presidingOfficerName(),
                "recorder", s.actor.displayName(), "investigators", s.kase.actingOfficers().stream()
                        .map(o -> o.name()).reduce((a, b) -> a + "、" + b).orElse(""),
                "qa", List.of(Map.of("speaker", "当事人", "text", record))));
    }

    private void discussion(StepContext s) {
        List<String> attendees = s.request.attendees() == null ? List.of() : s.request.attendees().stream()
                .filter(a -> a != null && !a.isBlank()).toList();
        if (attendees.size() < 2) {
            throw new InvalidInputException("集体讨论应有两名以上负责人出席", Map.of("attendees", "请填写出席的负责人（至少两名）"));
        }
        String opinions = s.required(s.request.content(), "content", "请填写讨论意见");
        String conclusion = s.required(s.request.conclusion(), "conclusion", "请填写讨论决定");
        CaseSteps.discussion(s.kase, s.on, attendees, opinions, conclusion);
        documents.issue(s.kase, DocumentType.COLLECTIVE_DISCUSSION_RECORD, s.on, Map.of(
                "startTime", s.on.atTime(15, 0), "endTime", s.on.atTime(16, 0), "presiding", attendees.get(0),
                "attendees", String.join("、", attendees), "recorder", s.actor.displayName(),
                "qa", List.of(Map.of("speaker", "出席人员", "text", opinions)), "conclusion", conclusion));
    }
}
