package org.zhifa.inspection.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A spot-check item as entered; the checklist lines each quote the article they check. */
public record ItemInput(Long unitId,
        @NotBlank(message = "请填写事项编码") @Size(max = 40, message = "事项编码不超过40字") String code,
        @NotBlank(message = "请填写事项名称") @Size(max = 200, message = "事项名称不超过200字") String name,
        @NotBlank(message = "请选择执法事项") String matterCode,
        @NotBlank(message = "请选择检查对象类型") String targetKind,
        @NotBlank(message = "请填写检查方式") @Size(max = 100, message = "检查方式不超过100字") String method,
        @NotBlank(message = "请填写检查依据") @Size(max = 1000, message = "检查依据不超过1000字") String basis,
        @NotBlank(message = "请选择执法门类") String category, Boolean keyItem,
        @NotEmpty(message = "请至少填写一项检查内容") List<@Valid Line> checklist, Integer version) {

    /** A checklist line. */
    public record Line(@NotBlank(message = "请填写检查内容") @Size(max = 500, message = "检查内容不超过500字") String text,
            @NotBlank(message = "请填写检查内容所依据的条款") @Size(max = 300, message = "条款不超过300字") String article) {
    }
}
