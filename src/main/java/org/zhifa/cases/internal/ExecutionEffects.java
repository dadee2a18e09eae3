package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseClosed;
import org.zhifa.cases.domain.CaseSteps;
import org.zhifa.cases.domain.ExecutionRecord;
import org.zhifa.cases.domain.InstalmentStatus;
import org.zhifa.cases.domain.LateSurcharge;
import org.zhifa.cases.domain.TransitionRequest;
import org.zhifa.cases.procedure.ClockState;
import org.zhifa.cases.rules.InstalmentScheduleRule;
import org.zhifa.catalog.Money;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.rules.GuardContext;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Rejection;
import org.zhifa.documents.DocumentType;

/** 执行 (Art. 66–73; 强制法 Art. 53–54), the simplified copy, 结案 and 归档. */
@Component
class ExecutionEffects implements StepEffect {

    private final CaseDocuments documents;
    private final CaseClocks clocks;

    ExecutionEffects(CaseDocuments documents, CaseClocks clocks) {
        this.documents = documents;
        this.clocks = clocks;
    }

    @Override
    public boolean apply(StepContext s) {
        switch (s.transition.name()) {
            case "record-payment" -> payment(s);
            case "approve-deferral" -> deferral(s);
            case "pause-surcharge" -> {
                String kind = s.required(s.request.pauseKind(), "pauseKind", "请选择行政复议或行政诉讼");
                if (s.kase.execution().pausePending()) {
                    throw Rejection.of(LateSurcharge.ARTICLE, "已有未结束的复议或诉讼暂停期间").exception();
                }
                CaseSteps.pause(s.kase, kind, s.on);
            }
            case "resume-surcharge" -> {
                if (!CaseSteps.resume(s.kase, s.on)) {
                    throw Rejection.of(LateSurcharge.ARTICLE, "没有正在暂停的加处罚款计算").exception();
                }
            }
            case "send-reminder" -> reminder(s);
            case "apply-court-enforcement" -> CaseSteps.courtApplied(s.kase, s.on);
            case "file-copy" -> CaseSteps.copyFiled(s.kase, s.on);
            case "close", "complete-transfer" -> close(s);
            case "archive" -> s.record("archivedOn", s.on);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void payment(StepContext s) {
        long amount = GuardContext.fen(s.request.amountYuan());
        if (amount <= 0) {
            throw new InvalidInputException("请填写缴款金额", Map.of("amountYuan", "请填写缴款金额"));
        }
        String channel = s.required(s.request.paymentChannel(), "paymentChannel", "请选择缴款方式");
        String reference = s.required(s.request.paymentReference(), "paymentReference", "请填写银行或电子缴款凭证号");
        CaseSteps.pay(s.kase, new ExecutionRecord.Payment(s.on, amount, channel, reference));
        // payments are applied to the instalments in order; each one covered stops its clock (Art. 66)
        for (int no : InstalmentStatus.covered(s.kase.execution())) {
            clocks.stopInstalment(s.kase.id(), no, s.on);
        }
        if (s.kase.execution().paidFen() >= s.kase.decision().amountFen()) {
            clocks.stop(s.kase.id(), ClockKind.PAYMENT, s.on, null);
        }
    }

    private void deferral(StepContext s) {
        var requested = s.request.instalments();
        if (requested != null && !requested.isEmpty()) {
            instalments(s, requested);
            return;
        }
        LocalDate due = s.request.newDueDate();
        if (due == null || s.kase.execution().paymentDue() != null && !due.isAfter(s.kase.execution().paymentDue())) {
            throw new InvalidInputException("请填写晚于原缴款期限的新期限", Map.of("newDueDate", "新期限应晚于原期限"));
        }
        String arrangement = s.required(s.request.reason(), "reason", "请填写当事人确有经济困难的情况和延期（分期）安排");
        CaseSteps.defer(s.kase, due, arrangement);
        clocks.moveDue(s.kase.id(), ClockKind.PAYMENT, due);
        documents.issue(s.kase, DocumentType.INSTALMENT_NOTICE, s.on, Map.of("originalDecision",
                s.kase.decision().number(), "fineAmountFen", s.kase.decision().amountFen(),
                "arrangement", arrangement + "；缴款期限延至" + due + "。"));
    }

    /**
     * 分期缴纳 (Art. 66): the head approves the party's application with its reason and the schedule; each instalment
     * is a clock; the fine as a whole is due with the last one. A new schedule replaces an earlier one.
     */
    private void instalments(StepContext s, List<TransitionRequest.Instalment> requested) {
        String reason = s.required(s.request.reason(), "reason", "请填写当事人申请分期缴纳的理由（确有经济困难的情况）");
        List<ExecutionRecord.Instalment> schedule = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            var r = requested.get(i);
            if (r == null || r.dueOn() == null || r.amountYuan() == null) {
                errors.put("instalments", "第" + (i + 1) + "期应填写缴款期限和金额");
                continue;
            }
            schedule.add(new ExecutionRecord.Instalment(i + 1, r.dueOn(), GuardContext.fen(r.amountYuan())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("分期安排填写不完整", errors);
        }
        long fine = s.kase.decision().amountFen();
        InstalmentScheduleRule.check(fine, schedule, s.on).orThrow();
        String plan = schedule.stream().map(i -> "第" + i.no() + "期" + Money.yuan(i.amountFen()) + "元，" + i.dueOn() + "前缴纳")
                .collect(Collectors.joining("；"));
        String arrangement = reason + "。经批准分" + schedule.size() + "期缴纳：" + plan;
        CaseSteps.instalments(s.kase, schedule, arrangement);
        clocks.stop(s.kase.id(), ClockKind.INSTALMENT, s.on, ClockState.STOPPED);
        for (ExecutionRecord.Instalment i : schedule) {
            clocks.startInstalment(s.kase.id(), i.no(), s.on, i.dueOn());
        }
        // payments already made count toward the first instalments
        for (int no : InstalmentStatus.covered(s.kase.execution())) {
            clocks.stopInstalment(s.kase.id(), no, s.on);
        }
        clocks.moveDue(s.kase.id(), ClockKind.PAYMENT, s.kase.execution().paymentDue());
        documents.issue(s.kase, DocumentType.INSTALMENT_NOTICE, s.on, Map.of("originalDecision",
                s.kase.decision().number(), "fineAmountFen", fine, "arrangement", arrangement + "。"));
        s.record("instalments", schedule.size());
    }

    private void reminder(StepContext s) {
        CaseClocks.Due due = clocks.due(ClockKind.REMINDER, s.on);
        CaseSteps.remind(s.kase, s.on, due.date());
        var e = s.kase.execution();
        var surcharge = e.instalments().isEmpty()
                ? LateSurcharge.compute(s.kase.decision().amountFen(), e.paymentDue(), s.on, pauses(s.kase))
                : InstalmentStatus.surcharge(s.kase.decision().amountFen(), e, s.on, pauses(s.kase));
        documents.issue(s.kase, DocumentType.REMINDER, s.on, Map.of("originalDecision", s.kase.decision().number(),
                "obligation", "缴纳罚款及加处罚款", "performanceDeadline", due.date(),
                "amountFen", s.kase.decision().amountFen() - e.paidFen(), "surchargeFen", surcharge.surchargeFen()));
        s.record("surchargeFen", surcharge.surchargeFen());
    }

    static java.util.List<LateSurcharge.Pause> pauses(PenaltyCase c) {
        return c.execution().pauses().stream().map(p -> new LateSurcharge.Pause(p.start(), p.end())).toList();
    }

    private void close(StepContext s) {
        PenaltyCase c = s.kase;
        String report = s.request.text(s.request.content()).isEmpty() ? "案件已办理终结，建议结案。" : s.request.content().trim();
        CaseSteps.close(c, s.on, report);
        String execution = c.execution().transferredOn() != null ? "已于" + c.execution().transferredOn() + "移送"
                + c.execution().transferRecipient() : c.decision().fine() ? "已缴纳罚款" + c.execution().paidFen() / 100 + "元"
                + (c.execution().courtAppliedOn() == null ? "" : "；已于" + c.execution().courtAppliedOn() + "申请人民法院强制执行")
                : "无需执行";
        documents.issue(c, DocumentType.CLOSURE_REPORT, s.on, Map.of("decisionSummary",
                c.execution().transferredOn() != null ? "涉嫌犯罪，移送司法机关" : c.decision().penaltyText(),
                "execution", execution, "handlerOpinion", report));
        Set<String> codes = c.violations().stream().map(ViolationRef::code).collect(Collectors.toSet());
        Set<String> matters = c.violations().stream().map(ViolationRef::matterCode).filter(m -> m != null)
                .collect(Collectors.toSet());
        s.events.add(new CaseClosed(c.id(), c.caseNumber(), c.unitId(), s.on, c.source().name(), c.plateNumber(),
                matters, codes, c.execution().transferredOn() != null
                        ? org.zhifa.cases.DecisionOutcome.TRANSFER_TO_JUDICIAL : c.decision().outcome()));
    }

}
