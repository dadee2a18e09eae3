package org.zhifa.cases.domain;

import java.time.LocalDate;

/**
 * A 送达地址确认书 the party signed (《行政处罚法》第六十一条第二款), as the party entered it: the address, postal code and
 * recipient for service, whether the party agrees to electronic service and at which address, who signed and when, and
 * the number of the issued form. The contact phone is kept only in the issued form (stored encrypted there).
 */
public record AddressConfirmation(LocalDate signedOn, String address, String postalCode, String recipient,
        boolean acceptsElectronicService, String electronicAddress, String signedBy, long documentId) {
}
