package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.AddressConfirmation;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;

/**
 * 送达地址确认书 (《行政处罚法》第六十一条第二款): the address, recipient and phone for service the party confirmed,
 * whether the party agrees to electronic service (传真、电子邮件等) and at which address, who signed and on which day, as
 * the party entered them. Electronic service of any later document relies on a confirmation that agrees to it, signed
 * on or before the day of service (the {@code SERVICE_METHOD} guard of the service steps).
 */
@Component
public class ConfirmServiceAddress extends CaseStep<ConfirmServiceAddress.Input> {

    public static final Transition TRANSITION = Transition.named("confirm-service-address", "签署送达地址确认书")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(EnumSet.range(CaseState.INVESTIGATION, CaseState.EXECUTION))
            .byHandler().issues(DocumentType.SERVICE_ADDRESS_CONFIRMATION).input(Input.class);

    @Schema(name = "ConfirmServiceAddressInput", description = "送达地址确认书（当事人填写并签名）")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "签署日期") @NotNull(message = "请填写当事人签署的日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason,
            @Schema(description = "送达地址") @NotBlank(message = "请填写当事人确认的送达地址") String address,
            @Schema(description = "邮政编码") String postalCode,
            @Schema(description = "收件人") @NotBlank(message = "请填写收件人") String recipient,
            @Schema(description = "联系电话") @NotBlank(message = "请填写联系电话") String contactPhone,
            @Schema(description = "是否同意电子送达") @NotNull(message = "请选择当事人是否同意电子送达")
            Boolean acceptsElectronicService,
            @Schema(description = "电子送达地址（传真号码、电子邮箱等，同意电子送达时填写）") String electronicAddress,
            @Schema(description = "确认人（签名的受送达人）") @NotBlank(message = "请填写签名的确认人") String signedBy)
            implements StepInput {
    }

    ConfirmServiceAddress() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        Input in = run.input();
        boolean agrees = in.acceptsElectronicService();
        String electronic = in.electronicAddress() == null || in.electronicAddress().isBlank() ? null
                : in.electronicAddress().trim();
        if (agrees && electronic == null) {
            throw new InvalidInputException("同意电子送达的，须填写电子送达地址",
                    Map.of("electronicAddress", "请填写电子送达地址（传真号码、电子邮箱等）"));
        }
        if (!agrees && electronic != null) {
            throw new InvalidInputException("当事人不同意电子送达，不应填写电子送达地址",
                    Map.of("electronicAddress", "不同意电子送达的，不填写电子送达地址"));
        }
        String postal = in.postalCode() == null || in.postalCode().isBlank() ? null : in.postalCode().trim();
        var form = run.issue(DocumentType.SERVICE_ADDRESS_CONFIRMATION, Present.fields("address", in.address().trim(),
                "postalCode", postal, "recipient", in.recipient().trim(), "contactPhone", in.contactPhone().trim(),
                "acceptsElectronicService", agrees, "electronicAddress", electronic, "signedBy", in.signedBy().trim()));
        run.kase().confirmServiceAddress(run.check(), new AddressConfirmation(run.on(), in.address().trim(), postal,
                in.recipient().trim(), agrees, electronic, in.signedBy().trim(), form.id()));
    }
}
