package org.zhifa.cases.domain;

import org.zhifa.cases.PartyKind;

/**
 * The party (当事人). The ID number (citizen: GB 11643; organisation: unified social credit code, GB 32100) is kept
 * in clear only in memory: the repository stores it SM4-encrypted with a blind index and a masked copy.
 */
public record Party(PartyKind kind, String name, String idNumber, String address, String phone) {

    /** The masked ID number for lists and public pages. */
    public String maskedId() {
        if (idNumber == null || idNumber.length() < 8) {
            return idNumber;
        }
        return kind == PartyKind.CITIZEN
                ? idNumber.substring(0, 6) + "********" + idNumber.substring(14)
                : idNumber.substring(0, 8) + "******" + idNumber.substring(14);
    }
}
