package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * A 第三人 or another participant of a hearing (证人、鉴定人、翻译人员等), as the 听证笔录 asks of each (式样之十三): the name,
 * and the sex, age and 工作单位及职务 when entered.
 */
@Schema(name = "HearingParticipant", description = "听证参加人（第三人或其他参与人员）")
public record HearingParticipant(
        @Schema(description = "姓名") @NotBlank(message = "请填写姓名") String name,
        @Schema(description = "性别") Choices.Sex sex,
        @Schema(description = "年龄") @Min(value = 0, message = "年龄不能为负数") @Max(value = 150, message = "请填写实际年龄")
        Integer age,
        @Schema(description = "工作单位及职务") String workplace) {

    /** 姓名　性别：男　年龄：45　工作单位及职务：… — the form's labels, each only when entered. */
    public String printed() {
        StringBuilder b = new StringBuilder(name.strip());
        if (sex != null) {
            b.append("　性别：").append(sex.label());
        }
        if (age != null) {
            b.append("　年龄：").append(age);
        }
        if (workplace != null && !workplace.isBlank()) {
            b.append("　工作单位及职务：").append(workplace.strip());
        }
        return b.toString();
    }
}
