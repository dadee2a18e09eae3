package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.catalog.Money;
import org.zhifa.common.PolicyDecision;
import org.zhifa.documents.DocumentType;

/**
 * Before archiving, the file is checked for the path the case took: each required document, a proof of service for
 * each document that was served (notice, hearing notice, decision, reminder), the order of the dates and the amounts
 * paid (程序规定: 结案后立卷归档). A case not filed (不予立案) archives with its own short file.
 */
public class FileCompletenessCheck implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.FILE_COMPLETE;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        List<String> missing = missing(ctx.kase(), ctx.facts().issuedDocuments(ctx.kase().id()));
        return missing.isEmpty() ? PolicyDecision.allowed() : refuse("案卷不完整，不能归档：" + String.join("；", missing));
    }

    /** What is missing or inconsistent, in Chinese; empty when the file is complete. */
    public static List<String> missing(PenaltyCase c, Map<String, Long> issued) {
        Map<DocumentType, Integer> required = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        var d = c.decision();
        var n = c.notice();
        var e = c.execution();
        int services = 0;
        if (c.state() == CaseState.NOT_FILED) {
            required.put(DocumentType.CASE_SOURCE_REGISTER, 1);
        } else if (c.procedure() == Procedure.SIMPLIFIED) {
            required.put(DocumentType.ON_THE_SPOT_DECISION, 1);
            required.put(DocumentType.CLOSURE_REPORT, 1);
        } else if (c.transfer().done()) {
            required.put(DocumentType.FILING_REGISTER, 1);
            required.put(DocumentType.LEGAL_REVIEW_OPINION, 1);
            required.put(DocumentType.CRIMINAL_TRANSFER, 1);
            required.put(DocumentType.CLOSURE_REPORT, 1);
        } else {
            required.put(DocumentType.FILING_REGISTER, 1);
            required.put(DocumentType.INVESTIGATION_REPORT, 1);
            required.put(DocumentType.CASE_REVIEW_FORM, 1);
            required.put(DocumentType.VIOLATION_NOTICE, 1);
            required.put(d.outcome() == DecisionOutcome.PENALTY ? DocumentType.PENALTY_DECISION
                    : DocumentType.NO_PENALTY_DECISION, 1);
            required.put(DocumentType.CLOSURE_REPORT, 1);
            services = 2;
            if (c.review().legalReviewRequired() || !c.review().reviews().isEmpty()) {
                required.put(DocumentType.LEGAL_REVIEW_OPINION, 1);
            }
            if (n.hearing() != null && n.hearing().heldOn() != null) {
                required.put(DocumentType.HEARING_NOTICE, 1);
                required.put(DocumentType.HEARING_RECORD, 1);
                services++;
            }
            if (c.review().discussionHeld()) {
                required.put(DocumentType.COLLECTIVE_DISCUSSION_RECORD, 1);
            }
            if (d.outcome() == DecisionOutcome.NO_PENALTY_MINOR) {
                required.put(DocumentType.EDUCATION_RECORD, 1);
                required.put(DocumentType.COMMITMENT_LETTER, 1);
            }
            if (d.major()) {
                required.put(DocumentType.MAJOR_DECISION_FILING_REPORT, 1);
            }
            if (e.reminderNumber() != null) {
                required.put(DocumentType.REMINDER, 1);
                services++;
            }
            if (services > 0) {
                required.put(DocumentType.PROOF_OF_SERVICE, services);
            }
            servicesRecorded(c, missing);
        }
        required.forEach((type, count) -> {
            long have = issued.getOrDefault(type.name(), 0L);
            if (have < count) {
                missing.add("缺少" + type.title() + (count > 1 ? "（应有" + count + "份，现有" + have + "份）" : ""));
            }
        });
        datesInOrder(c, missing);
        if (c.state() != CaseState.NOT_FILED && !c.transfer().done() && e.courtAppliedOn() == null
                && e.paidFen() != d.payableFen()) {
            missing.add("缴款金额（" + Money.yuan(e.paidFen()) + "元）与决定应缴金额（" + Money.yuan(d.payableFen()) + "元）不一致");
        }
        return missing;
    }

    private static void servicesRecorded(PenaltyCase c, List<String> missing) {
        if (c.notice().service() == null) {
            missing.add("违法行为通知书没有送达记录");
        }
        if (c.execution().service() == null) {
            missing.add("决定书没有送达记录");
        }
        var h = c.notice().hearing();
        if (h != null && h.heldOn() != null && h.noticeService() == null) {
            missing.add("听证通知书没有送达记录");
        }
        if (c.execution().reminderNumber() != null && c.execution().reminderService() == null) {
            missing.add("催告书没有送达记录");
        }
    }

    private static void datesInOrder(PenaltyCase c, List<String> missing) {
        LocalDate[] dates = {c.act().actDate(), c.act().discoveredOn(), c.filedOn(), c.notice().servedOn(),
                c.decision().decidedOn(), c.execution().servedOn(), c.closure().approvedOn()};
        String[] names = {"违法行为日期", "发现日期", "立案日期", "告知送达日期", "决定日期", "决定书送达日期", "结案日期"};
        LocalDate last = null;
        String lastName = null;
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            if (last != null && dates[i].isBefore(last)) {
                missing.add(names[i] + "（" + dates[i] + "）早于" + lastName + "（" + last + "）");
            }
            last = dates[i];
            lastName = names[i];
        }
    }
}
