package org.zhifa.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.zhifa.catalog.model.CatalogStatus;
import org.zhifa.catalog.model.EnforcementMatter;
import org.zhifa.catalog.store.MatterStore;

/** Enforcement matters by code for other modules (an inspection item is a matter of the catalogue). */
@Service
public class MatterCatalog {

    private final MatterStore matters;

    MatterCatalog(MatterStore matters) {
        this.matters = matters;
    }

    /**
     * A matter as another module needs it.
     *
     * @param code       matter code, e.g. M-JC-01
     * @param name       name
     * @param kindLabel  kind in Chinese (行政检查, 行政处罚 …)
     * @param inspection true for a 行政检查 matter
     * @param legalBasis the quoted legal basis
     * @param inForce    false when suspended or cancelled
     */
    public record MatterSummary(String code, String name, String kindLabel, boolean inspection, String legalBasis,
            boolean inForce) {
    }

    public Optional<MatterSummary> find(String code) {
        return code == null ? Optional.empty() : matters.findByCode(code.strip()).map(MatterCatalog::summary);
    }

    /** Matters in force, by code. */
    public List<MatterSummary> inForce() {
        return matters.all().stream().filter(m -> m.status() == CatalogStatus.IN_FORCE).map(MatterCatalog::summary)
                .toList();
    }

    private static MatterSummary summary(EnforcementMatter m) {
        return new MatterSummary(m.code(), m.name(), m.kind().label(),
                m.kind() == org.zhifa.catalog.model.MatterKind.INSPECTION, m.legalBasis(),
                m.status() == CatalogStatus.IN_FORCE);
    }
}
