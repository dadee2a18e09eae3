package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.ProblemLine;
import org.zhifa.cases.domain.ReviewRecord.Stage;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;
import org.zhifa.identity.Role;

/** 移送案件法制审核意见 (《行政处罚法》第五十八条): agree, or the problems found with their suggestions. */
@Component
public class ReviewTransfer extends CaseStep<ReviewTransfer.Input> {

    public static final Transition TRANSITION = Transition.named("review-transfer", "移送案件法制审核")
            .in(Procedure.ORDINARY).from(CaseState.TRANSFER_APPROVAL).by(Role.LEGAL_REVIEWER)
            .guards(GuardName.REVIEWER_INDEPENDENT).issues(DocumentType.LEGAL_REVIEW_OPINION).input(Input.class);

    @Schema(name = "ReviewTransferInput", description = "移送案件法制审核")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "审核日期") @NotNull(message = "请填写审核日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "同意移送") @NotNull(message = "请选择审核结论") Boolean agree,
            @Schema(description = "法制审核意见") @NotBlank(message = "请填写法制审核意见") String opinion,
            @Schema(description = "发现的问题及处理建议（不同意时）") List<@Valid ProblemLine> problems) implements StepInput {
    }

    ReviewTransfer() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        if (!in.agree() && (in.problems() == null || in.problems().isEmpty())) {
            throw new InvalidInputException("请列明审核发现的问题", Map.of("problems", "请列明审核发现的问题"));
        }
        LegalReviews.record(run, Stage.TRANSFER, in.agree(), in.opinion(), in.agree() ? null : in.problems());
    }
}
