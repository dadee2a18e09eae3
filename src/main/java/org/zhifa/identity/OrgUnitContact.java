package org.zhifa.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The address and contact of an enforcement unit, printed at the foot of the notices whose national form ends with
 * them (违法行为通知书, 听证通知书: 地址、邮编、联系人、联系电话). Entered by the system administrator on 单位管理; a
 * value not entered is null, never a default. Also the form of that page (Spring binding and Bean Validation, the
 * field names of {@link Schema}).
 *
 * @param address       地址
 * @param postalCode    邮政编码, six digits
 * @param contactPerson 联系人
 * @param phone         联系电话, digits and hyphens
 */
public record OrgUnitContact(
        @Schema(description = "地址") @Size(max = 200) String address,
        @Schema(description = "邮政编码") @Pattern(regexp = "[0-9]{6}", message = "{zhifa.postalCode.message}")
        String postalCode,
        @Schema(description = "联系人") @Size(max = 50) String contactPerson,
        @Schema(description = "联系电话") @Size(max = 20)
        @Pattern(regexp = "[0-9]+(-[0-9]+)*", message = "{zhifa.phone.message}") String phone) {

    /** Blank values are not entered values: stored and shown as none. */
    public OrgUnitContact {
        address = entered(address);
        postalCode = entered(postalCode);
        contactPerson = entered(contactPerson);
        phone = entered(phone);
    }

    public static OrgUnitContact none() {
        return new OrgUnitContact(null, null, null, null);
    }

    /** The values not entered, keyed by component name, with their Chinese names (地址, 邮政编码, 联系人, 联系电话). */
    public Map<String, String> missing() {
        Map<String, String> out = new LinkedHashMap<>();
        labelled().forEach((key, entry) -> {
            if (entry.getValue() == null) {
                out.put(key, entry.getKey());
            }
        });
        return out;
    }

    /** Each component by name: its Chinese name and its value (null when not entered), in the printed order. */
    public Map<String, Map.Entry<String, String>> labelled() {
        Map<String, Map.Entry<String, String>> out = new LinkedHashMap<>();
        out.put("address", new java.util.AbstractMap.SimpleImmutableEntry<>("地址", address));
        out.put("postalCode", new java.util.AbstractMap.SimpleImmutableEntry<>("邮政编码", postalCode));
        out.put("contactPerson", new java.util.AbstractMap.SimpleImmutableEntry<>("联系人", contactPerson));
        out.put("phone", new java.util.AbstractMap.SimpleImmutableEntry<>("联系电话", phone));
        return out;
    }

    private static String entered(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
