package org.zhifa.cases.procedure;

import static org.zhifa.cases.procedure.CaseState.*;
import static org.zhifa.cases.procedure.ClockKind.*;
import static org.zhifa.cases.procedure.GuardName.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The two procedures in code (design.md: the procedure is law, not user-drawn flow). Ordinary: 处罚法 Chapter V
 * section 3 and 程序规定; simplified: section 2 (Art. 51–52). Criminal transfer: 国务院令第310号.
 */
public final class Procedures {

    static final String OFFICER = "OFFICER";
    static final String HEAD = "UNIT_HEAD";
    static final String REVIEWER = "LEGAL_REVIEWER";
    static final String SUPERVISOR = "SUPERVISOR";

    public static final ProcedureDefinition ORDINARY = ordinary();
    public static final ProcedureDefinition SIMPLIFIED = simplified();

    private Procedures() {
    }

    private static ProcedureDefinition ordinary() {
        List<Transition> t = new ArrayList<>();
        t.add(step("submit-filing", "提交立案审批", Set.of(REGISTERED), FILING_APPROVAL, handler(),
                List.of(TWO_OFFICERS, RECUSAL, LIMITATION), List.of(), List.of()));
        t.add(step("approve-filing", "批准立案", Set.of(FILING_APPROVAL), INVESTIGATION, roles(HEAD),
                List.of(LIMITATION), List.of(CASE_LIMIT), List.of(FILING_DECISION)));
        t.add(new Transition("refuse-filing", "不予立案", Set.of(FILING_APPROVAL), NOT_FILED, Set.of(HEAD), false,
                List.of(), List.of(), List.of(FILING_DECISION), true, true, false));
        t.add(step("record-investigation", "记录调查取证", Set.of(INVESTIGATION), INVESTIGATION, handler(),
                List.of(TWO_OFFICERS, RECUSAL, CONTINUOUS_RECORDING), List.of(), List.of()));
        t.add(step("release-measure", "解除保存或强制措施", Set.of(INVESTIGATION, INVESTIGATION_CONCLUDED), null,
                handler(), List.of(), List.of(), List.of()));
        t.add(new Transition("extend-time-limit", "延长办案期限", EnumSet.range(INVESTIGATION, DECISION), null,
                Set.of(HEAD), false, List.of(EXTENSION_LIMIT), List.of(), List.of(), true, false, false));
        t.add(step("assign-officer", "增加承办人员", EnumSet.of(REGISTERED, FILING_APPROVAL, INVESTIGATION), null,
                roles(OFFICER, HEAD), List.of(), List.of(), List.of()));
        t.add(new Transition("recuse-officer", "决定执法人员回避", EnumSet.range(FILING_APPROVAL, DECISION), null,
                Set.of(HEAD), false, List.of(), List.of(), List.of(), true, true, false));
        t.add(step("conclude-investigation", "调查终结", Set.of(INVESTIGATION), INVESTIGATION_CONCLUDED, handler(),
                List.of(TWO_OFFICERS, RECUSAL, ONE_ACT_ONE_FINE, DISCRETION_REASON), List.of(), List.of()));
        t.add(step("submit-review", "提交案件审核", Set.of(INVESTIGATION_CONCLUDED), CASE_REVIEW, handler(),
                List.of(), List.of(), List.of()));
        t.add(step("send-to-legal-review", "送法制审核", Set.of(CASE_REVIEW), LEGAL_REVIEW, roles(HEAD),
                List.of(LEGAL_REVIEW_APPLIES), List.of(), List.of()));
        t.add(step("approve-notice", "审核通过，拟告知", Set.of(CASE_REVIEW), NOTICE, roles(HEAD),
                List.of(LEGAL_REVIEW_PASSED), List.of(), List.of()));
        t.add(step("legal-review-agree", "法制审核同意", Set.of(LEGAL_REVIEW), NOTICE, roles(REVIEWER),
                List.of(REVIEWER_INDEPENDENT), List.of(), List.of()));
        t.add(new Transition("legal-review-problems", "法制审核提出问题（退回）", Set.of(LEGAL_REVIEW), INVESTIGATION,
                Set.of(REVIEWER), false, List.of(REVIEWER_INDEPENDENT), List.of(), List.of(), true, true, false));
        t.add(step("serve-notice", "送达违法行为通知书", Set.of(NOTICE), STATEMENT, handler(),
                List.of(HEARING_RIGHTS_STATED), List.of(STATEMENT_WINDOW, HEARING_REQUEST), List.of()));
        t.add(step("record-statement", "记录陈述申辩", Set.of(STATEMENT), STATEMENT, handler(),
                List.of(), List.of(), List.of()));
        t.add(step("waive", "当事人明确放弃陈述申辩和听证", Set.of(STATEMENT), STATEMENT, handler(),
                List.of(), List.of(), List.of(STATEMENT_WINDOW, HEARING_REQUEST)));
        t.add(step("request-hearing", "当事人申请听证", Set.of(STATEMENT), STATEMENT, handler(),
                List.of(HEARING_REQUEST_WINDOW), List.of(), List.of(HEARING_REQUEST)));
        t.add(step("schedule-hearing", "安排听证并送达听证通知书", Set.of(STATEMENT), STATEMENT, roles(OFFICER, HEAD),
                List.of(HEARING_NOTICE_PERIOD, PRESIDING_NOT_INVESTIGATOR), List.of(), List.of()));
        t.add(step("record-hearing", "记录听证（听证笔录）", Set.of(STATEMENT), STATEMENT, roles(OFFICER, HEAD),
                List.of(HEARING_HELD, CONTINUOUS_RECORDING), List.of(), List.of()));
        t.add(step("to-discussion", "提交集体讨论", Set.of(STATEMENT), COLLECTIVE_DISCUSSION, roles(OFFICER, HEAD),
                List.of(STATEMENT_CONCLUDED), List.of(), List.of()));
        t.add(step("ready-for-decision", "陈述申辩结束，报请决定", Set.of(STATEMENT), DECISION, roles(OFFICER, HEAD),
                List.of(STATEMENT_CONCLUDED, COLLECTIVE_DISCUSSION_HELD), List.of(), List.of()));
        t.add(step("record-discussion", "记录集体讨论", Set.of(COLLECTIVE_DISCUSSION), DECISION, roles(HEAD),
                List.of(), List.of(), List.of()));
        t.add(step("decide", "作出决定", Set.of(DECISION), SERVICE, roles(HEAD),
                List.of(STATEMENT_CONCLUDED, NO_RAISE_AFTER_STATEMENT, HEARING_RECORD_CITED, LEGAL_REVIEW_PASSED,
                        COLLECTIVE_DISCUSSION_HELD, CASE_TIME_LIMIT, ONE_ACT_ONE_FINE, DISCRETION_REASON,
                        EXEMPTION_RECORDS),
                List.of(DECISION_SERVICE, MAJOR_FILING), List.of(CASE_LIMIT)));
        t.add(step("serve-decision", "送达决定书", Set.of(SERVICE), EXECUTION, handler(),
                List.of(SERVICE_METHOD), List.of(PAYMENT), List.of(DECISION_SERVICE)));
        t.add(step("file-major-decision", "重大行政处罚决定备案", Set.of(SERVICE, EXECUTION, CLOSED), null, roles(OFFICER, HEAD),
                List.of(MAJOR_DECISION), List.of(), List.of(MAJOR_FILING)));
        t.add(step("acknowledge-filing", "签收备案", Set.of(SERVICE, EXECUTION, CLOSED, ARCHIVED), null,
                roles(HEAD, SUPERVISOR), List.of(SUPERIOR_UNIT), List.of(), List.of()));
        executionSteps(t);
        t.add(new Transition("propose-transfer", "涉嫌犯罪，提请移送", Set.of(INVESTIGATION, INVESTIGATION_CONCLUDED,
                CASE_REVIEW), TRANSFER_APPROVAL, Set.of(OFFICER), true, List.of(TWO_OFFICERS, RECUSAL), List.of(TRANSFER_DECISION),
                List.of(), true, false, false));
        t.add(step("review-transfer", "移送案件法制审核意见", Set.of(TRANSFER_APPROVAL), null, roles(REVIEWER),
                List.of(REVIEWER_INDEPENDENT), List.of(), List.of()));
        t.add(step("approve-transfer", "批准移送", Set.of(TRANSFER_APPROVAL), TRANSFERRED, roles(HEAD),
                List.of(LEGAL_REVIEW_PASSED), List.of(TRANSFER_HANDOVER), List.of(TRANSFER_DECISION, CASE_LIMIT)));
        t.add(step("complete-transfer", "移送完成（公安机关签收）", Set.of(TRANSFERRED), CLOSED, handler(),
                List.of(), List.of(), List.of(TRANSFER_HANDOVER)));
        t.add(step("close", "结案", Set.of(EXECUTION), CLOSED, handler(), List.of(EXECUTION_COMPLETE), List.of(),
                List.of(PAYMENT)));
        t.add(new Transition("archive", "归档", Set.of(CLOSED, NOT_FILED), ARCHIVED, Set.of(OFFICER, HEAD), false,
                List.of(FILE_COMPLETE), List.of(), List.of(), false, true, false));
        t.add(new Transition("return", "退回", EnumSet.of(FILING_APPROVAL, INVESTIGATION, INVESTIGATION_CONCLUDED,
                CASE_REVIEW, LEGAL_REVIEW, NOTICE, STATEMENT, COLLECTIVE_DISCUSSION, DECISION, TRANSFER_APPROVAL),
                null, Set.of(HEAD, REVIEWER), false, List.of(RETURN_TO_EARLIER), List.of(), List.of(), true, true, true));
        List<CaseState> states = List.of(REGISTERED, FILING_APPROVAL, INVESTIGATION, INVESTIGATION_CONCLUDED,
                CASE_REVIEW, LEGAL_REVIEW, NOTICE, STATEMENT, COLLECTIVE_DISCUSSION, DECISION, SERVICE, EXECUTION,
                TRANSFER_APPROVAL, TRANSFERRED, NOT_FILED, CLOSED, ARCHIVED);
        return new ProcedureDefinition(Procedure.ORDINARY, "2021-07-15/1", REGISTERED, states, t);
    }

    private static ProcedureDefinition simplified() {
        List<Transition> t = new ArrayList<>();
        t.add(step("file-copy", "当场处罚决定书报所属行政机关备案", Set.of(EXECUTION), null, handler(), List.of(),
                List.of(), List.of(SIMPLIFIED_FILING)));
        executionSteps(t);
        t.add(step("close", "结案", Set.of(EXECUTION), CLOSED, handler(),
                List.of(SIMPLIFIED_COPY_FILED, EXECUTION_COMPLETE), List.of(), List.of(PAYMENT)));
        t.add(new Transition("archive", "归档", Set.of(CLOSED), ARCHIVED, Set.of(OFFICER, HEAD), false,
                List.of(FILE_COMPLETE), List.of(), List.of(), false, true, false));
        return new ProcedureDefinition(Procedure.SIMPLIFIED, "2021-07-15/1", EXECUTION,
                List.of(EXECUTION, CLOSED, ARCHIVED), t);
    }

    /** Execution steps shared by both procedures (处罚法 Art. 66–73; 强制法 Art. 53–54). */
    private static void executionSteps(List<Transition> t) {
        t.add(step("record-payment", "登记缴款", Set.of(EXECUTION), null, handler(), List.of(), List.of(), List.of()));
        t.add(step("approve-deferral", "批准延期（分期）缴纳", Set.of(EXECUTION), null, roles(HEAD), List.of(),
                List.of(), List.of()));
        t.add(step("pause-surcharge", "复议/诉讼期间暂停加处罚款", Set.of(EXECUTION), null, roles(OFFICER, HEAD),
                List.of(), List.of(), List.of()));
        t.add(step("resume-surcharge", "复议/诉讼结束，恢复计算", Set.of(EXECUTION), null, roles(OFFICER, HEAD),
                List.of(), List.of(), List.of()));
        t.add(step("send-reminder", "送达催告书", Set.of(EXECUTION), null, handler(), List.of(PAYMENT_OVERDUE),
                List.of(REMINDER, COURT_APPLICATION), List.of()));
        t.add(step("apply-court-enforcement", "申请人民法院强制执行", Set.of(EXECUTION), null, roles(HEAD),
                List.of(REMINDER_ELAPSED), List.of(), List.of(REMINDER, COURT_APPLICATION)));
    }

    private record Who(Set<String> roles, boolean handlerOnly) {
    }

    private static Who handler() {
        return new Who(Set.of(OFFICER), true);
    }

    private static Who roles(String... roles) {
        return new Who(Set.of(roles), false);
    }

    /** A non-destructive step; {@code to == null} keeps the state (a recording step). */
    private static Transition step(String name, String label, Set<CaseState> from, CaseState to, Who who,
            List<GuardName> guards, List<ClockKind> starts, List<ClockKind> stops) {
        return new Transition(name, label, from, to, who.roles(), who.handlerOnly(), guards, starts, stops,
                false, false, false);
    }
}
