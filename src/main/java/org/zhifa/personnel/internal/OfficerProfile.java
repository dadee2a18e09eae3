package org.zhifa.personnel.internal;

import java.util.List;

/** Everything the detail page and the API show about one person. */
public record OfficerProfile(Officer officer, String unitName, String username, String responsibleOfficerName,
        List<EnforcementCertificate> certificates, List<CancellationTask> cancellations, boolean hasPhoto,
        boolean editable) {
}
