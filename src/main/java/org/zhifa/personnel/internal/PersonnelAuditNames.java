package org.zhifa.personnel.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditActionNames;
import org.zhifa.personnel.CertificateChangeReason;

/** The audit names of certificate changes (CERTIFICATE_RENEWAL → 执法证换证). */
@Component
class PersonnelAuditNames implements AuditActionNames {

    @Override
    public Map<String, String> actionNames() {
        return Arrays.stream(CertificateChangeReason.values())
                .collect(Collectors.toMap(r -> "CERTIFICATE_" + r.name(), r -> "执法证" + r.label()));
    }
}
