package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhifa.cases.PartyKind;
import org.zhifa.personnel.IdCardNumber;

/** The party as entered: kind, name, ID number or credit code, address, phone. */
@Schema(name = "PartyFacts", description = "当事人")
public record PartyFacts(
        @Schema(description = "当事人类型") @NotNull(message = "请选择当事人类型") PartyKind kind,
        @Schema(description = "姓名或名称") @NotBlank(message = "请填写当事人姓名或名称") String name,
        @Schema(description = "身份证号码或统一社会信用代码") String idNumber,
        @Schema(description = "住址或住所") String address,
        @Schema(description = "联系电话") @Pattern(regexp = "[0-9+\\- ]{7,20}", message = "电话号码格式不正确") String phone) {

    /** ID number checks by kind (GB 11643 for citizens, GB 32100 for organisations), field → message. */
    public Map<String, String> problems(String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        if (idNumber != null && !idNumber.isBlank() && kind != null) {
            String p = kind == PartyKind.CITIZEN ? IdCardNumber.problem(idNumber) : CreditCode.problem(idNumber);
            if (p != null) {
                m.put(prefix + "idNumber", p);
            }
        }
        return m;
    }

    public Party toParty() {
        return new Party(kind, name.trim(), blank(idNumber) ? null : idNumber.trim().toUpperCase(),
                blank(address) ? null : address.trim(), blank(phone) ? null : phone.trim());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
