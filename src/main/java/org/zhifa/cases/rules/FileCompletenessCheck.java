package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.common.PolicyDecision;

/**
 * Before archiving, the file is checked automatically: the documents required by the path the case took, the
 * service proof, the order of the dates and the consistency of the amounts (程序规定 第九十一条: 结案后按规定立卷归档).
 */
public class FileCompletenessCheck implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.FILE_COMPLETE;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        List<String> missing = missing(ctx.kase(), ctx.facts().issuedDocumentTypes(ctx.kase().id()));
        return missing.isEmpty() ? PolicyDecision.allowed() : refuse("案卷不完整，不能归档：" + String.join("；", missing));
    }

    /** What is missing or inconsistent, in Chinese; empty when the file is complete. */
    public static List<String> missing(PenaltyCase c, Set<String> issued) {
        Map<String, String> required = new LinkedHashMap<>();
        var d = c.decision();
        if (c.procedure() == Procedure.SIMPLIFIED) {
            required.put("ON_THE_SPOT_DECISION", "当场行政处罚决定书");
        } else if (c.state() == CaseState.NOT_FILED) {
            required.put("FILING_REGISTER", "立案登记表");
        } else if (c.execution().transferredOn() != null) {
            required.put("FILING_REGISTER", "立案登记表");
            required.put("CRIMINAL_TRANSFER", "涉嫌犯罪案件移送书");
            required.put("CLOSURE_REPORT", "结案报告");
        } else {
            required.put("FILING_REGISTER", "立案登记表");
            required.put("INVESTIGATION_REPORT", "调查终结报告");
            required.put("VIOLATION_NOTICE", "违法行为通知书");
            required.put(d.outcome() == DecisionOutcome.PENALTY ? "PENALTY_DECISION" : "NO_PENALTY_DECISION",
                    d.outcome() == DecisionOutcome.PENALTY ? "行政处罚决定书" : "不予行政处罚决定书");
            required.put("PROOF_OF_SERVICE", "送达回证");
            required.put("CLOSURE_REPORT", "结案报告");
            if (c.review().legalReviewRequired()) {
                required.put("LEGAL_REVIEW_OPINION", "法制审核意见书");
            }
            if (c.notice().hearingHeldOn() != null) {
                required.put("HEARING_NOTICE", "听证通知书");
                required.put("HEARING_RECORD", "听证笔录");
            }
            if (c.review().discussionHeld()) {
                required.put("COLLECTIVE_DISCUSSION_RECORD", "集体讨论记录");
            }
            if (d.outcome() == DecisionOutcome.NO_PENALTY_MINOR) {
                required.put("EDUCATION_RECORD", "教育记录");
                required.put("COMMITMENT_LETTER", "承诺书");
            }
            if (d.major()) {
                required.put("MAJOR_DECISION_FILING_REPORT", "重大行政处罚决定备案报告");
            }
        }
        List<String> missing = new ArrayList<>();
        required.forEach((type, title) -> {
            if (!issued.contains(type)) {
                missing.add("缺少" + title);
            }
        });
        datesInOrder(c, missing);
        if (d.fine() && c.execution().courtAppliedOn() == null && c.execution().paidFen() != d.amountFen()) {
            missing.add("缴款金额（" + c.execution().paidFen() / 100.0 + "元）与决定书罚款金额不一致");
        }
        return missing;
    }

    private static void datesInOrder(PenaltyCase c, List<String> missing) {
        LocalDate[] dates = {c.act().actDate(), c.filedOn(), c.notice().servedOn(), c.decision().decidedOn(),
                c.execution().servedOn(), c.execution().closedOn()};
        String[] names = {"违法行为日期", "立案日期", "告知日期", "决定日期", "送达日期", "结案日期"};
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
