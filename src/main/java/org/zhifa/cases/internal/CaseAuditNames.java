package org.zhifa.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditActionNames;

/** The audit names of the case steps (CASE_APPROVE_FILING → 办案：批准立案), from the step classes. */
@Component
class CaseAuditNames implements AuditActionNames {

    private final ProcedureCatalog catalog;

    CaseAuditNames(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<String, String> actionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.steps().forEach(s -> names.put(CaseWorkflow.auditAction(s.name()), "办案：" + s.transition().label()));
        return names;
    }
}
