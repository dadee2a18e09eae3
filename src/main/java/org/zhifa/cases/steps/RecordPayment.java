package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.Choices.PaymentChannel;
import org.zhifa.cases.domain.ExecutionRecord.Payment;
import org.zhifa.cases.domain.InstalmentStatus;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.PenaltyText;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;

/**
 * 登记缴款 (罚缴分离, 《行政处罚法》第六十七条): a payment the party made at a bank or online, with its reference; the unit
 * never records cash here (cash exists only in the on-the-spot path, 第六十八条、第六十九条). Paid instalments and the
 * payment clock stop when covered.
 */
@Component
public class RecordPayment extends CaseStep<RecordPayment.Input> {

    public static final Transition TRANSITION = Transition.named("record-payment", "登记缴款")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.EXECUTION).byHandler().input(Input.class);

    @Schema(name = "RecordPaymentInput", description = "登记缴款")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "缴款日期") @NotNull(message = "请填写缴款日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "缴款金额（元）") @NotNull(message = "请填写缴款金额") @Positive(message = "缴款金额应大于零")
            @Digits(integer = 12, fraction = 2, message = "金额最多保留两位小数") BigDecimal amountYuan,
            @Schema(description = "缴款渠道") @NotNull(message = "请选择缴款渠道") PaymentChannel channel,
            @Schema(description = "银行或电子缴款凭证号") @NotBlank(message = "请填写缴款凭证号") String reference)
            implements StepInput {
    }

    RecordPayment() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        PenaltyCase k = run.kase();
        Input in = run.input();
        k.pay(run.check(), new Payment(run.on(), PenaltyText.fen(in.amountYuan()), in.channel().name(),
                in.reference().trim()));
        for (int no : InstalmentStatus.covered(k.execution())) {
            run.clocks().stopInstalment(k.id(), no, run.on());
        }
        if (k.execution().paidFen() >= k.decision().payableFen()) {
            run.clocks().stop(k.id(), ClockKind.PAYMENT, run.on(), null);
        }
    }
}
