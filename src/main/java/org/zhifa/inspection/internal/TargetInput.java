package org.zhifa.inspection.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An object as entered in the form, the API or one row of a sheet.
 *
 * @param unitId        the unit responsible (null: the user's unit)
 * @param naturalPerson for a vehicle: whether its owner is a person (required); for others derived from the code
 * @param note          why it changed (for an edit)
 */
public record TargetInput(Long unitId, @NotNull(message = "请选择对象类型") String kind,
        @NotBlank(message = "请填写名称") @Size(max = 200, message = "名称不超过200字") String name,
        String creditCode, String plateNumber, Boolean naturalPerson,
        @Size(max = 300, message = "地址不超过300字") String address,
        @NotBlank(message = "请选择信用等级") String creditClass, Integer version,
        @Size(max = 500, message = "说明不超过500字") String note) {
}
