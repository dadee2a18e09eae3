package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseClosed;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.catalog.Money;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/**
 * 批准结案 (程序规定: 结案报告经负责人批准): the head's opinion on the 结案报告, which records the decision and how it
 * was performed from the record; the case is closed (event {@link CaseClosed}).
 */
@Component
public class ApproveClosure extends CaseStep<ApproveClosure.Input> {

    public static final Transition TRANSITION = Transition.named("approve-closure", "批准结案")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.CLOSURE_APPROVAL).to(CaseState.CLOSED)
            .by(Role.UNIT_HEAD).ends(ClockKind.PAYMENT).issues(DocumentType.CLOSURE_REPORT).input(Input.class);

    @Schema(name = "ApproveClosureInput", description = "批准结案")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "批准日期") @NotNull(message = "请填写批准日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "负责人审批意见") @NotBlank(message = "请填写负责人审批意见") String opinion) implements StepInput {
    }

    ApproveClosure() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        k.approveClosure(run.check(), run.actor().displayName(), run.input().opinion().trim(), ApproveClosure::closed);
        run.issue(DocumentType.CLOSURE_REPORT, Present.fields("decisionSummary", k.transfer().done()
                ? "涉嫌犯罪，移送" + k.transfer().recipient() : k.decision().number() + "：" + k.decision().penaltyText(),
                "execution", execution(k), "handlerOpinion", k.closure().handlerOpinion(),
                "headOpinion", k.closure().headOpinion()));
    }

    /** How the decision was performed, from the record. */
    static String execution(PenaltyCase k) {
        var e = k.execution();
        if (k.transfer().done()) {
            return k.transfer().transferredOn() + "移送" + k.transfer().recipient() + "，" + k.transfer().receivedOn()
                    + "由" + k.transfer().receivedBy() + "签收";
        }
        List<String> parts = new ArrayList<>();
        e.payments().forEach(p -> parts.add(p.paidOn() + "缴纳" + Money.yuan(p.amountFen()) + "元（凭证号" + p.reference() + "）"));
        if (e.cash() != null && e.cash().handedInOn() != null) {
            parts.add(e.cash().handedInOn() + "当场收缴的罚款交付" + e.cash().handedInTo());
        }
        if (e.courtAppliedOn() != null) {
            parts.add(e.courtAppliedOn() + "申请" + e.court() + "强制执行");
        }
        if (k.decision().payableFen() == 0) {
            parts.add("决定不涉及缴纳款项");
        }
        return String.join("；", parts);
    }

    private static Object closed(PenaltyCase c) {
        Set<String> codes = c.violations().stream().map(ViolationRef::code).collect(Collectors.toSet());
        Set<String> matters = c.violations().stream().map(ViolationRef::matterCode).filter(m -> m != null)
                .collect(Collectors.toSet());
        return new CaseClosed(c.id(), c.caseNumber(), c.unitId(), c.closure().approvedOn(), c.source().name(),
                c.plateNumber(), matters, codes, c.transfer().done() ? DecisionOutcome.TRANSFER_TO_JUDICIAL
                        : c.decision().outcome());
    }
}
