package org.zhifa.inspection.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.evidence.EvidenceTargetDirectory;
import org.zhifa.evidence.EvidenceTargetType;

/**
 * Inspections and patrol findings as evidence link targets ({@link EvidenceTargetType#INSPECTION}): an inspection by
 * its id ({@code 12}), a patrol finding as {@code PF7}; each belongs to the unit that recorded it.
 */
@Component
class InspectionEvidenceTargets implements EvidenceTargetDirectory {

    private final JdbcClient jdbc;

    InspectionEvidenceTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EvidenceTargetType type() {
        return EvidenceTargetType.INSPECTION;
    }

    @Override
    public Optional<Target> find(String id) {
        if (id.matches("\\d{1,18}")) {
            return jdbc.sql("select id, unit_id from inspection where id = :id").param("id", Long.parseLong(id))
                    .query((rs, n) -> new Target(Long.toString(rs.getLong(1)), rs.getLong(2))).optional();
        }
        if (id.matches("PF\\d{1,17}")) {
            return jdbc.sql("""
                    select f.id, p.unit_id from patrol_finding f join patrol_log p on p.id = f.patrol_id where f.id = :id""")
                    .param("id", Long.parseLong(id.substring(2)))
                    .query((rs, n) -> new Target("PF" + rs.getLong(1), rs.getLong(2))).optional();
        }
        return Optional.empty();
    }
}
