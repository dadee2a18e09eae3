package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.CaseProperties;
import org.zhifa.cases.rules.HearingThreshold;
import org.zhifa.common.ConflictException;
import org.zhifa.common.LegalBasis;
import org.zhifa.documents.DocumentType;

/**
 * 制作违法行为通知书 (《行政处罚法》第四十四条): the facts, evidence, the provision violated and the penalty provision,
 * the proposed penalty and the rights — the right to a hearing stated wherever the proposed penalty reaches the
 * threshold of 第六十三条. The periods run from its service (serve-notice).
 */
@Component
public class IssueNotice extends CaseStep<IssueNotice.Input> {

    public static final Transition TRANSITION = Transition.named("issue-notice", "制作违法行为通知书")
            .in(Procedure.ORDINARY).from(CaseState.NOTICE).byHandler().issues(DocumentType.VIOLATION_NOTICE)
            .input(Input.class);

    @Schema(name = "IssueNoticeInput", description = "制作违法行为通知书")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "制作日期") @NotNull(message = "请填写制作日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason) implements StepInput {
    }

    private final CaseProperties settings;

    IssueNotice(CaseProperties settings) {
        super(TRANSITION);
        this.settings = settings;
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        var n = k.notice();
        if (n.issued() && !n.issuedOn().isBefore(k.proposal().concludedOn())) {
            throw new ConflictException("本次处理意见的违法行为通知书已于" + n.issuedOn() + "制作（文号 " + n.noticeNumber() + "）");
        }
        var p = k.proposal();
        boolean hearing = HearingThreshold.applies(k.party().kind(), p.kinds(), p.amountFen(), settings);
        String number = run.nextNumber(DocumentType.VIOLATION_NOTICE);
        k.issueNotice(run.check(), number, hearing);
        run.issue(DocumentType.VIOLATION_NOTICE, Present.fields("proposedPenalty", p.penaltyText(),
                "statementWorkingDays", LegalBasis.numeral(settings.statementWorkingDays()),
                "hearingWorkingDays", LegalBasis.numeral(settings.hearingRequestWorkingDays()),
                "hearingOffered", hearing), number);
    }
}
