package org.zhifa.nonsite.internal;

import org.zhifa.cases.PartyKind;

/** A vehicle's owner from the imported directory, decrypted for use in a case. */
public record VehicleOwner(String plate, String plateColour, PartyKind kind, String name, String idNumber,
        String address, String phone, String enterpriseName, String enterpriseCode) {

    /** ID number masked for screens: first 4 and last 4 characters. */
    public String maskedId() {
        if (idNumber == null || idNumber.length() < 9) {
            return idNumber == null ? null : "****";
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }

    public String maskedPhone() {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
