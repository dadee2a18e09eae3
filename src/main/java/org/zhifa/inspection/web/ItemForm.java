package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhifa.inspection.internal.ItemInput;

/**
 * The spot-check item page's form, bound by Spring; the checklist is one textarea, a line per item
 * ("检查内容 | 依据条款"). The item's own rules (required fields, lengths) are {@link ItemInput}'s, the same for the API.
 */
record ItemForm(
        @Schema(description = "事项编码") String code,
        @Schema(description = "事项名称") String name,
        @Schema(description = "执法事项") String matterCode,
        @Schema(description = "检查对象类型") String targetKind,
        @Schema(description = "检查方式") String method,
        @Schema(description = "检查依据") String basis,
        @Schema(description = "执法门类") String category,
        @Schema(description = "重点事项") Boolean keyItem,
        @Schema(description = "检查内容") String checklist,
        @Schema(description = "版本号") Integer version) {

    ItemInput input() {
        return new ItemInput(null, code, name, matterCode, targetKind, method, basis, category,
                Boolean.TRUE.equals(keyItem), DirectoryPageController.lines(checklist), version);
    }
}
